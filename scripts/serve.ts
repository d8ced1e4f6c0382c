// Serves the production build of the app on PORT (default 3000): Next.js behind a thin guard that
// answers what Next.js would turn into a bare 500 (malformed paths, methods other than GET/HEAD,
// impossible Host headers) with a 4xx, and puts the security headers on every answer.
// Run by npm start (scripts/start.mjs) after the graph and the app are built.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { LOCALE_COOKIE, negotiateLocale } from "../lib/i18n/messages";
import { PageCache, pageKey, pageToKeep } from "../lib/serve/page-cache";
import { onStoreFilesChange } from "../lib/serve/store-changes";
import { checkRequest, DEFAULT_CSP, SECURITY_HEADERS } from "../lib/serve/request-guard";
import { currentBuild } from "../lib/store/graph-store";
import { openStore, type Store } from "../lib/store/open-store";
import { runCli, UsageError } from "./cli/run-cli";

runCli("serve", async () => {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`PORT must be a number from 1 to 65535 (got "${process.env.PORT}")`);
  const site = process.env.SITE_URL;
  if (site) {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(site).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`SITE_URL must be an http(s) address such as https://notes.example.org (got "${site}")`);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const app = next({ dev: false, dir: root, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pages = process.env.PAGE_CACHE === "0" ? null : new PageCache();
  const build = buildWatcher();
  const server = createServer((req, res) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    // Pages replace this with their own nonce policy (proxy.ts); everything else keeps it.
    res.setHeader("Content-Security-Policy", DEFAULT_CSP);
    const refusal = checkRequest(req.method, req.url, req.headers.host);
    if (refusal) {
      res.writeHead(refusal.status, refusal.headers);
      res.end(req.method === "HEAD" ? undefined : refusal.body);
      return;
    }
    void answer(req, res);
  });
  /** From the page cache when the page of this build and language is there, else through Next.js (filling it). */
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const id = pages ? await build.current() : null;
    const locale = negotiateLocale(cookie(req.headers.cookie, LOCALE_COOKIE), req.headers["accept-language"]);
    const key = pages && id !== null ? pageKey(req, id, locale) : null;
    if (pages && key) {
      pages.useBuild(id!);
      const page = pages.get(key);
      if (page) {
        const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
        const body = gzip ? page.gzipped : page.body;
        res.writeHead(page.status, { ...page.headers, ...(gzip ? { "content-encoding": "gzip" } : {}), "content-length": String(body.length), "x-page-cache": "hit" });
        res.end(req.method === "HEAD" ? undefined : body);
        return;
      }
      // Rendered plain (the cache compresses it once), and kept when it is a whole HTML page.
      delete req.headers["accept-encoding"];
      res.setHeader("x-page-cache", "miss");
      capture(res, (status, headers, body) => {
        const kept = pageToKeep(id!, status, headers, body);
        if (kept) pages.set(key, kept);
      });
    }
    await handle(req, res).catch((e: unknown) => {
      process.stderr.write(`serve: ${req.method} ${req.url?.slice(0, 200)}: ${e instanceof Error ? e.message : String(e)}\n`);
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        res.end("500 the server could not answer this request\n");
      } else res.end();
    });
  };
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => reject(e.code === "EADDRINUSE" ? new UsageError(`port ${port} is already in use (set PORT to another)`) : e));
    server.listen(port, () => resolve());
  });
  process.stdout.write(`serving on http://localhost:${port}\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
  return new Promise<never>(() => {});
});

/** A cookie's value from a Cookie header. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** Keeps what a response sends, and hands it over once it has ended. */
function capture(res: ServerResponse, done: (status: number, headers: Record<string, string>, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== "function") keep(chunk);
    const out = end(chunk, ...rest);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.getHeaders())) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
    done(res.statusCode, headers, Buffer.concat(chunks));
    return out;
  }) as typeof res.end;
}

/**
 * The build being served, as the page cache keys pages by it: read from the store at most every
 * 200 ms, and at once when a SQLite store's files change (a build committed) — as the app itself
 * learns of a new build (lib/serve/graph-service.ts). Read once a second, it lagged the app: a
 * page asked for just after an open page had shown a save could be the build before's, kept.
 */
function buildWatcher(): { current(): Promise<number | null> } {
  let store: Promise<Store> | undefined;
  let known: { id: number | null; at: number } = { id: null, at: 0 };
  let pending: Promise<number | null> | undefined;
  let watching = false;
  return {
    current() {
      if (Date.now() - known.at < 200) return Promise.resolve(known.id);
      pending ??= (async () => {
        try {
          store ??= openStore(process.env.DATABASE_URL);
          const opened = await store;
          if (!watching) watching = onStoreFilesChange(opened, () => (known.at = 0), () => (watching = false));
          const b = await currentBuild(opened.db);
          known = { id: b?.id ?? null, at: Date.now() };
        } catch {
          store = undefined;
          known = { id: null, at: Date.now() };
        }
        pending = undefined;
        return known.id;
      })();
      return pending;
    },
  };
}
