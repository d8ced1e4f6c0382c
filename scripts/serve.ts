// Serves the production build of the app on PORT (default 3000): Next.js behind a thin guard that
// answers what Next.js would turn into a bare 500 (malformed paths, methods other than GET/HEAD,
// impossible Host headers) with a 4xx, and puts the security headers on every answer.
// Run by npm start (scripts/start.mjs) after the graph and the app are built.

import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { checkRequest, DEFAULT_CSP, SECURITY_HEADERS } from "../lib/serve/request-guard";
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
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(`serve: ${req.method} ${req.url?.slice(0, 200)}: ${e instanceof Error ? e.message : String(e)}\n`);
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        res.end("500 the server could not answer this request\n");
      } else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => reject(e.code === "EADDRINUSE" ? new UsageError(`port ${port} is already in use (set PORT to another)`) : e));
    server.listen(port, () => resolve());
  });
  process.stdout.write(`serving on http://localhost:${port}\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
  return new Promise<never>(() => {});
});
