// The Content-Security-Policy of every page, whichever way its scripts are allowed: a per-request
// nonce (pages rendered on demand, proxy.ts) or the hashes of its inline scripts (pages served
// from the per-build cache, page-cache.ts).

/** The policy with `scriptSources` as its script-src (after 'self'). */
export function pagePolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources}`.trim(),
    // Inline style attributes (React style props, Cytoscape's container) but no inline scripts.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
