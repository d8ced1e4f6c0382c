// Live: a note saved while the watcher runs shows in the open page without a reload; pages come
// from a per-build cache whose policy is hashes of the page's own scripts, and a new build serves
// new pages. Its own notes, database, watcher and server (the app is the one the suite built).

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

const ROOT = path.resolve(__dirname, "../..");
const PORT = Number(process.env.E2E_PORT ?? 3210) + 30;
const BASE = `http://localhost:${PORT}`;

let work: string;
let watcher: ChildProcess | undefined;
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(path.join(tmpdir(), "kg-live-"));
  cpSync(path.join(ROOT, "notes"), path.join(work, "notes"), { recursive: true });
  const env = { ...process.env, NOTES_DIR: path.join(work, "notes"), DATABASE_URL: `file:${path.join(work, "graph.db")}`, CI: "1" };
  const built = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph"], { cwd: ROOT, env, encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  watcher = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph", "--watch"], { cwd: ROOT, env, stdio: "ignore" });
  server = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "serve"], { cwd: ROOT, env: { ...env, PORT: String(PORT), NODE_ENV: "production" }, stdio: "ignore" });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${BASE}/api/build`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error("the live server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  // The watcher's own first build lands too: wait for it to settle.
  await new Promise((r) => setTimeout(r, 3000));
});

test.afterAll(() => {
  watcher?.kill();
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

test("pages come from a per-build cache, under a policy of their scripts' hashes", async ({ request }) => {
  const first = await request.get(`${BASE}/concept/sqs`);
  expect(first.status()).toBe(200);
  const again = await request.get(`${BASE}/concept/sqs`);
  expect(again.headers()["x-page-cache"]).toBe("hit");
  const csp = again.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
  expect(csp).not.toMatch(/nonce-|unsafe-inline'.*script|unsafe-eval/);
  const html = await again.text();
  expect(html).not.toMatch(/ nonce="/);
  expect(html).toContain("SQS");
  // Another language is another page.
  const ja = await request.get(`${BASE}/concept/sqs`, { headers: { "accept-language": "ja" } });
  expect(ja.headers()["x-page-cache"]).toBe("miss");
  // The API is never cached this way.
  expect((await request.get(`${BASE}/api/concepts/sqs`)).headers()["x-page-cache"]).toBeUndefined();
});

test("a note saved while the watcher runs shows in the open page, without a reload; the new build's pages are new", async ({ page, request }) => {
  await page.goto(`${BASE}/concept/sqs`);
  await expect(page.locator(".canvas")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const before = ((await (await request.get(`${BASE}/api/build`)).json()) as { build: number }).build;
  appendFileSync(path.join(work, "notes", "aws-notes.md"), "\n## SQS\nSQSはライブ更新を確かめるための一文を持つ。\n");
  await expect(page.locator("#panel")).toContainText("ライブ更新を確かめるための一文", { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  const after = ((await (await request.get(`${BASE}/api/build`)).json()) as { build: number }).build;
  expect(after).toBeGreaterThan(before);
  const fresh = await request.get(`${BASE}/concept/sqs`);
  expect(await fresh.text()).toContain("ライブ更新を確かめるための一文");
});

test("a page asked for while the app still loads a new build is not kept as that build's page", async ({ request }) => {
  test.setTimeout(60_000);
  const buildOf = async () => ((await (await request.get(`${BASE}/api/build`)).json()) as { build: number }).build;
  const before = await buildOf();
  appendFileSync(path.join(work, "notes", "aws-notes.md"), "\n## SQS\nSQSはページの作り置きを確かめるための一文を持つ。\n");
  // Ask for the page all through the rebuild: the server learns of the new build a moment before
  // the app has loaded it, and a page rendered then shows the build before.
  let seenAt = 0;
  for (let i = 0; i < 300; i++) {
    const page = await request.get(`${BASE}/concept/sqs`);
    expect(page.status()).toBe(200);
    if (!seenAt && (await buildOf()) > before) seenAt = Date.now();
    if (seenAt && Date.now() - seenAt > 3000) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(seenAt).toBeGreaterThan(0);
  const now = await buildOf();
  const kept = await request.get(`${BASE}/concept/sqs`);
  const html = await kept.text();
  expect(kept.headers()["x-page-cache"]).toBe("hit");
  expect(html).toContain(`<meta name="graph-build" content="${now}"`);
  expect(html).toContain("ページの作り置きを確かめるための一文");
});
