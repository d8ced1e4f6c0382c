// Pages rendered once per build: a concept, comparison, path or note page is the same for every
// reader of one build in one language, so the server keeps its HTML and answers from memory. A
// per-request nonce cannot survive that, so a cached page carries a Content-Security-Policy of
// hashes of its own inline scripts instead. A new build starts a new set of pages.

import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { pagePolicy } from "./page-policy";

/** Paths whose pages depend only on the build, the language and the address. */
const CACHEABLE = /^\/(?:$|concept\/|compare\/|path\/|notes\/|questions$|concepts$)/;

export interface PageRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** The cache key of a request, or null when its answer must be rendered for it alone. */
export function pageKey(req: PageRequest, build: number, locale: string): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  const path = url.split("?")[0] ?? "";
  if (!CACHEABLE.test(path)) return null;
  // Client-side navigations and prefetches ask for the React Server Components payload, not HTML.
  const h = req.headers;
  if (h["rsc"] || h["next-router-prefetch"] || h["next-router-state-tree"] || h["purpose"] === "prefetch" || h["next-action"]) return null;
  return `${build}|${locale}|${url}`;
}

/** The policy for a page whose inline scripts are exactly these (React's payload, Next's bootstrap). */
export function hashPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`'sha256-${createHash("sha256").update(m[1] ?? "", "utf8").digest("base64")}'`);
  }
  return pagePolicy([...hashes].join(" "));
}

/**
 * The build a page was rendered from, as it says (`<meta name="graph-build">`, set by the explorer's
 * layout). The server learns of a new build a moment before the app has loaded it: a page rendered
 * in between shows the build before and must not be kept as the new build's page.
 */
export function renderedBuild(html: string): number | undefined {
  const m = /<meta name="graph-build" content="(\d+)"/.exec(html);
  return m ? Number(m[1]) : undefined;
}

export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzipped: Buffer;
}

/**
 * A page as rendered, made fit to serve to anyone: the per-request nonce taken out of its tags and
 * its policy, hashes of its inline scripts in their place.
 */
export function cacheablePage(status: number, headers: Record<string, string>, html: string): CachedPage {
  const body = html.replace(/ nonce="[^"]*"/g, "");
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const name = k.toLowerCase();
    if (["content-security-policy", "content-length", "content-encoding", "transfer-encoding", "connection", "date", "set-cookie", "x-nonce"].includes(name)) continue;
    kept[name] = v;
  }
  kept["content-security-policy"] = hashPolicy(body);
  const raw = Buffer.from(body, "utf8");
  return { status, headers: kept, body: raw, gzipped: gzipSync(raw) };
}

/**
 * The page to keep for `build` from a response, if it is one to keep: a whole HTML page, rendered
 * from that very build.
 */
export function pageToKeep(build: number, status: number, headers: Record<string, string>, body: Buffer): CachedPage | undefined {
  if (status !== 200 || !/text\/html/.test(headers["content-type"] ?? "") || headers["content-encoding"]) return undefined;
  const html = body.toString("utf8");
  return renderedBuild(html) === build ? cacheablePage(status, headers, html) : undefined;
}

/** A bounded store of pages (least recently used out first), emptied of other builds' pages. */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private build = -1;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** Forgets the pages of earlier builds. */
  useBuild(build: number): void {
    if (build === this.build) return;
    this.build = build;
    this.pages.clear();
    this.bytes = 0;
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (!key.startsWith(`${this.build}|`)) return;
    const size = page.body.length + page.gzipped.length;
    if (size > this.maxBytes / 8) return;
    const old = this.pages.get(key);
    if (old) this.bytes -= old.body.length + old.gzipped.length;
    this.pages.set(key, page);
    this.bytes += size;
    for (const [k, p] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(k);
      this.bytes -= p.body.length + p.gzipped.length;
    }
  }

  get size(): number {
    return this.pages.size;
  }
}
