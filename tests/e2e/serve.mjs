#!/usr/bin/env node
// The servers the end-to-end tests run against: the production build of the app, on a graph built
// from the bundled notes plus a note of hostile HTML. With --postgres, the same app on PostgreSQL
// (PG_TEST_URL), started once the SQLite one is up (they share one build of the app).

import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const postgres = process.argv.includes("--postgres");
// --overview: the same app and notes, opening on the overview as a large graph does.
const overview = process.argv.includes("--overview");
const work = path.join(root, ".cache", postgres ? "e2e-postgres" : overview ? "e2e-overview" : "e2e");
const notes = path.join(work, "notes");
rmSync(work, { recursive: true, force: true });
mkdirSync(notes, { recursive: true });
for (const f of readdirSync(path.join(root, "notes"))) copyFileSync(path.join(root, "notes", f), path.join(notes, f));
copyFileSync(path.join(root, "tests/e2e/fixtures/hostile.md"), path.join(notes, "hostile.md"));

let databaseUrl = `file:${path.join(work, "graph.db")}`;
if (postgres || overview) {
  // Wait for the first SQLite server: it builds the app all of them use.
  const first = `http://localhost:${process.env.E2E_PORT ?? "3210"}/api/build`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(first)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 600) throw new Error(`the SQLite test server at ${first} did not come up`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
if (postgres) {
  const admin = new pg.Client({ connectionString: process.env.PG_TEST_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "kg_e2e" WITH (FORCE)');
  await admin.query('CREATE DATABASE "kg_e2e"');
  await admin.end();
  const url = new URL(process.env.PG_TEST_URL);
  url.pathname = "/kg_e2e";
  databaseUrl = url.toString();
}

// (NEXT_PUBLIC_TEST_HOOKS: the app built for these tests exposes its canvas on window.)
const env = { ...process.env, NOTES_DIR: notes, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", CI: "1", NEXT_PUBLIC_TEST_HOOKS: "1", ...(overview ? { OVERVIEW_THRESHOLD: "100" } : {}) };
const step = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step(["scripts/run.mjs", "build-graph"]);
if (!postgres && !overview && !process.env.E2E_SKIP_NEXT_BUILD) step([path.join(root, "scripts/start.mjs"), "--app-only"]);
const port = postgres ? (process.env.E2E_PG_PORT ?? "3211") : overview ? (process.env.E2E_OVERVIEW_PORT ?? "3212") : (process.env.E2E_PORT ?? "3210");
const server = spawn(process.execPath, [path.join(root, "scripts/run.mjs"), "serve"], { cwd: root, env: { ...env, PORT: port, NODE_ENV: "production" }, stdio: "inherit" });
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => server.kill(s));
server.on("exit", (code) => process.exit(code ?? 0));
