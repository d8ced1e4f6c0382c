#!/usr/bin/env node
// npm start: build the graph from NOTES_DIR if it is missing or older than the notes, build the app
// if it is missing or older than its sources, then serve it on PORT (default 3000).
// --app-only: only bring the app build up to date (used by npm run bench).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT || "3000";
const notesDir = path.resolve(process.env.NOTES_DIR || "notes");

function newest(target, skip = new Set()) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const e of readdirSync(target, { withFileTypes: true })) {
    if (e.name.startsWith(".") || skip.has(e.name)) continue;
    latest = Math.max(latest, newest(path.join(target, e.name), skip));
  }
  return latest;
}

function run(label, command, args) {
  process.stdout.write(`\n› ${label}\n`);
  const r = spawnSync(command, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    process.stderr.write(`start: ${label} failed (exit ${r.status ?? r.signal}); see the messages above\n`);
    process.exit(r.status ?? 1);
  }
}

const appOnly = process.argv.includes("--app-only");

// 1. The graph. (For PostgreSQL the build cannot be dated from a file: it is rebuilt every start.)
const url = process.env.DATABASE_URL || "file:./data/graph.db";
const dbFile = /^(file|sqlite):/i.test(url) ? path.resolve(url.replace(/^(file|sqlite):/i, "").replace(/\?.*$/, "")) : null;
const vocabDir = path.resolve(process.env.VOCAB_DIR || "vocab");
const sources = Math.max(newest(notesDir), newest(vocabDir));
// (Which folders the graph was built from, beside it: a graph of the bundled notes is not up to
// date for another NOTES_DIR whose files are older than it.)
const builtFrom = JSON.stringify({ notesDir, vocabDir });
const builtFromFile = dbFile ? `${dbFile}.built-from.json` : null;
const sameSources = builtFromFile !== null && existsSync(builtFromFile) && readFileSync(builtFromFile, "utf8").trim() === builtFrom;
if (appOnly) {
  // the caller brings its own graph
} else if (!dbFile || !existsSync(dbFile) || statSync(dbFile).mtimeMs < sources || !sameSources) {
  run("building the graph from the notes", process.execPath, ["scripts/run.mjs", "build-graph"]);
  if (builtFromFile) writeFileSync(builtFromFile, `${builtFrom}\n`);
} else process.stdout.write("› the graph is up to date with the notes\n");

// 2. The app.
const buildId = path.join(root, ".next", "BUILD_ID");
const appSources = Math.max(...["app", "components", "lib", "public", "next.config.js", "proxy.ts", "package-lock.json"].map((p) => newest(path.join(root, p), new Set(["generated"]))));
// A build made for the end-to-end tests (NEXT_PUBLIC_TEST_HOOKS=1: the canvas exposed on window)
// is not the one to serve otherwise, and the other way round.
const hooks = process.env.NEXT_PUBLIC_TEST_HOOKS === "1" ? "1" : "0";
const hooksFile = path.join(root, ".next", "test-hooks");
const builtHooks = existsSync(hooksFile) ? readFileSync(hooksFile, "utf8").trim() : "0";
if (!existsSync(buildId) || statSync(buildId).mtimeMs < appSources || builtHooks !== hooks) {
  run("building the app", process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"]);
  writeFileSync(hooksFile, hooks);
} else process.stdout.write("› the app is up to date\n");

if (appOnly) process.exit(0);

// 3. Serve.
process.stdout.write(`\n› starting the server\n`);
const server = spawn(process.execPath, [path.join(root, "scripts/run.mjs"), "serve"], { stdio: "inherit", env: { ...env, PORT: port, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
