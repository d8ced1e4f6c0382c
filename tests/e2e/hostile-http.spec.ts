// Hostile requests against the production server: every answer a 2xx, 3xx or 4xx with the
// security headers, never a 500, never a redirect to another site, never a page that names a host
// it was told about in a header. Raw HTTP (node:http), so paths reach the server byte for byte.

import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer, Socket, type Server } from "node:net";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const ROOT = path.resolve(__dirname, "../..");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(pathAndQuery: string, options: { method?: string; headers?: Record<string, string>; port?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: options.port ?? PORT, path: pathAndQuery, method: options.method ?? "GET", headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}

function expectSecurityHeaders(a: Answer, what: string) {
  expect(a.headers["x-content-type-options"], what).toBe("nosniff");
  expect(a.headers["x-frame-options"], what).toBe("DENY");
  expect(String(a.headers["content-security-policy"]), what).toContain("frame-ancestors 'none'");
}

test.describe("hostile requests", () => {
  test("the language switch never leads to another site", async () => {
    for (const next of ["/%09/evil.example", "/%0a/evil.example", "/%0d/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/", "/%09%09/evil.example/x", "%2F%2Fevil.example"]) {
      const a = await raw(`/lang/ja?next=${next}`);
      expect(a.status, next).toBe(303);
      const location = String(a.headers.location);
      expect(location, next).toMatch(/^\/(?![/\\])/);
      expect(location, next).not.toContain("evil.example");
      expectSecurityHeaders(a, next);
    }
    const ok = await raw(`/lang/ja?next=${encodeURIComponent("/concept/sqs?depth=2#x")}`);
    expect(ok.headers.location).toBe("/concept/sqs?depth=2#x");
  });

  test("malformed percent-encoding in any dynamic segment is a 400, not a 500", async () => {
    const routes = ["/concept/", "/api/concepts/", "/compare/sqs/", "/compare/", "/path/sqs/", "/path/", "/lang/"];
    for (const route of routes) {
      for (const bad of ["%FF", "%", "%zz", "%C0%AF", "%E3%81"]) {
        const suffix = route === "/compare/" || route === "/path/" ? `${bad}/sqs` : bad;
        const a = await raw(route + suffix);
        expect(a.status, route + suffix).toBe(400);
        expect(a.body, route + suffix).toMatch(/malformed percent-encoding/);
        expect(a.body, route + suffix).not.toMatch(/at .*\.js:\d+/);
        expectSecurityHeaders(a, route + suffix);
      }
    }
    const query = await raw("/api/search?q=%FF");
    expect(query.status).toBe(400);
  });

  test("methods other than GET and HEAD are refused with 405 and the security headers", async () => {
    for (const route of ["/", "/concept/sqs", "/api/search?q=sqs", "/api/graph", "/lang/ja"]) {
      for (const method of ["TRACE", "PUT", "DELETE", "POST"]) {
        const a = await raw(route, { method });
        expect(a.status, `${method} ${route}`).toBe(405);
        expect(a.headers.allow).toBe("GET, HEAD");
        expectSecurityHeaders(a, `${method} ${route}`);
      }
    }
    expect((await raw("/concept/sqs", { method: "HEAD" })).status).toBe(200);
  });

  test("404 pages outside the pages' matcher carry a Content-Security-Policy", async () => {
    for (const url of ["/api/nothing-here", "/_next/static/nothing.js", "/favicon.ico"]) {
      const a = await raw(url);
      expect(a.status, url).toBe(404);
      expectSecurityHeaders(a, url);
    }
  });

  test("Host and X-Forwarded-Host never become the page's own address", async () => {
    const forged: Record<string, string>[] = [{ Host: "attacker.example" }, { "X-Forwarded-Host": "attacker.example" }, { Host: "attacker.example", "X-Forwarded-Proto": "https" }];
    for (const headers of forged) {
      const a = await raw("/concept/sqs", { headers });
      expect(a.status).toBe(200);
      expect(a.body).toContain('rel="canonical"');
      expect(a.body).not.toContain("attacker.example");
    }
    const bad = await raw("/concept/sqs", { headers: { Host: "localhost:99999" } });
    expect(bad.status).toBe(400);
    expectSecurityHeaders(bad, "bad host");
  });
});

/** A TCP relay to PostgreSQL that can be cut, as a stopped database is to the app. */
async function relay(target: URL): Promise<{ port: number; cut(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(Number(target.port || 5432), target.hostname);
    client.pipe(upstream).pipe(client);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => s.destroy());
      s.on("close", () => sockets.delete(s));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    cut: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "serve"], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" }, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    try {
      await raw("/api/build", { port });
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill();
  throw new Error("the server did not start");
}

test.describe("a PostgreSQL store that stops", () => {
  test.skip(!process.env.PG_TEST_URL, "needs PG_TEST_URL (CI starts a PostgreSQL server)");
  test.setTimeout(180_000);

  test("the loaded graph goes on being served, and a server with nothing loaded says the store is unreachable", async () => {
    const admin = new pg.Client({ connectionString: process.env.PG_TEST_URL });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS "kg_outage" WITH (FORCE)');
    await admin.query('CREATE DATABASE "kg_outage"');
    await admin.end();
    const target = new URL(process.env.PG_TEST_URL!);
    target.pathname = "/kg_outage";
    const link = await relay(target);
    const viaRelay = new URL(target);
    viaRelay.hostname = "127.0.0.1";
    viaRelay.port = String(link.port);
    const env = { DATABASE_URL: viaRelay.toString(), NOTES_DIR: path.join(ROOT, "notes") };
    const build = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "ignore" });
    expect(await new Promise((r) => build.on("exit", r))).toBe(0);

    const loaded = await startServer(PORT + 20, env);
    try {
      expect((await raw("/api/concepts/sqs", { port: PORT + 20 })).status).toBe(200);
      await link.cut();
      await new Promise((r) => setTimeout(r, 1500)); // past the server's once-a-second check
      for (const url of ["/api/build", "/api/concepts/sqs", "/api/search?q=SQS", "/concept/sqs"]) {
        const a = await raw(url, { port: PORT + 20 });
        expect(a.status, url).toBe(200);
      }
    } finally {
      loaded.kill();
    }
    const empty = await startServer(PORT + 21, env);
    try {
      const a = await raw("/api/build", { port: PORT + 21 });
      expect(a.status).toBe(503);
      expect(JSON.parse(a.body).error).toMatch(/cannot be reached/);
      expect(JSON.parse(a.body).error).not.toMatch(/no graph has been built/);
    } finally {
      empty.kill();
    }
  });
});
