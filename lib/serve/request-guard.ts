// What the server checks before Next.js sees a request, and the headers every answer carries.
// Next.js answers some requests it cannot parse (a path with malformed percent-encoding, a TRACE)
// with a bare 500 and none of the headers next.config.js sets; here they get a 4xx that says why,
// with the same security headers as any page.

/** Headers on every response (pages add their own nonce Content-Security-Policy in proxy.ts). */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/**
 * The policy of every response that no page policy replaces (JSON, 404 pages outside the proxy's
 * matcher, error answers): no scripts at all.
 */
export const DEFAULT_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function refuse(status: number, message: string, path: string, extra: Record<string, string> = {}): Refusal {
  const json = path.startsWith("/api/");
  return {
    status,
    headers: { "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra },
    body: json ? JSON.stringify({ error: message }) : `${status} ${message}\n`,
  };
}

/** A Host header as RFC 9110 allows it: a name or an IP address, and a port that exists. */
export function isValidHost(host: string): boolean {
  const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?)(?::(\d{1,5}))?$/.exec(host);
  if (!m) return false;
  const port = m[2];
  return port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
}

function malformed(part: string): string {
  const bad = /%(?![0-9a-fA-F]{2}).{0,2}|%[0-9a-fA-F]{2}(?:%[0-9a-fA-F]{2})*/.exec(part)?.[0] ?? part;
  return bad.slice(0, 24);
}

/** Why the path cannot be read, or undefined: every %-escape must be one, and decode to UTF-8 without control characters. */
export function pathProblem(path: string): string | undefined {
  for (const segment of path.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return `the path has malformed percent-encoding (${malformed(segment)}): each %XX must be a hex byte, and together they must spell UTF-8`;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return "the path holds control characters";
  }
  return undefined;
}

/** Why the query string cannot be read, or undefined (a browser never sends a malformed one). */
export function queryProblem(query: string): string | undefined {
  for (const part of query.split("&")) {
    try {
      decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return `the query has malformed percent-encoding (${malformed(part)}): each %XX must be a hex byte, and together they must spell UTF-8`;
    }
  }
  return undefined;
}

/** A refusal for a request that must not reach Next.js, or undefined to let it through. */
export function checkRequest(method: string | undefined, url: string | undefined, host: string | undefined): Refusal | undefined {
  const raw = url ?? "/";
  const path = raw.split("?")[0]!.split("#")[0]!;
  if (!ALLOWED_METHODS.includes((method ?? "") as (typeof ALLOWED_METHODS)[number])) {
    return refuse(405, `method ${String(method).slice(0, 16)} is not allowed (only GET and HEAD)`, path, { Allow: ALLOWED_METHODS.join(", ") });
  }
  if (!path.startsWith("/")) return refuse(400, "the request target must be a path", "/");
  if (host !== undefined && !isValidHost(host)) return refuse(400, "the Host header is not a host name with an optional port (1–65535)", path);
  const query = raw.includes("?") ? raw.slice(raw.indexOf("?") + 1).split("#")[0]! : "";
  const problem = pathProblem(path) ?? queryProblem(query);
  if (problem) return refuse(400, problem, path);
  return undefined;
}

/**
 * Where a "next" parameter may lead: a path of this site, or "/" when it is anything else.
 * Browsers drop tabs and line breaks inside URLs (WHATWG URL), so "/\t/evil.example" would be
 * "//evil.example", another site: the path is judged after the browser's own clean-up.
 */
export function sameSitePath(next: string | null | undefined): string {
  if (!next) return "/";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  if (!next.startsWith("/") || next.startsWith("//")) return "/";
  const base = "http://same.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
