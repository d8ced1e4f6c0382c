#!/usr/bin/env node
// The server the end-to-end tests run against: the production build of the app, on a graph
// built from the bundled notes plus a note of hostile HTML.

import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const work = path.join(root, ".cache", "e2e");
const notes = path.join(work, "notes");
rmSync(work, { recursive: true, force: true });
mkdirSync(notes, { recursive: true });
for (const f of readdirSync(path.join(root, "notes"))) copyFileSync(path.join(root, "notes", f), path.join(notes, f));
copyFileSync(path.join(root, "tests/e2e/fixtures/hostile.md"), path.join(notes, "hostile.md"));

const env = { ...process.env, NOTES_DIR: notes, DATABASE_URL: `file:${path.join(work, "graph.db")}`, NEXT_TELEMETRY_DISABLED: "1", CI: "1" };
const step = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step(["scripts/run.mjs", "build-graph"]);
if (!process.env.E2E_SKIP_NEXT_BUILD) step([path.join(root, "node_modules/next/dist/bin/next"), "build"]);
const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", process.env.E2E_PORT ?? "3210"], { cwd: root, env, stdio: "inherit" });
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => server.kill(s));
server.on("exit", (code) => process.exit(code ?? 0));
