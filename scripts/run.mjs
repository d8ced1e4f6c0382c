#!/usr/bin/env node
// Runs a command-line script (scripts/<name>.ts) as plain JavaScript: each script is bundled with
// esbuild into .cache/cli/ whenever a source under lib/, scripts/ or vocab-free code changed, so a
// run starts in Node's time instead of a TypeScript compiler's. Usage: node scripts/run.mjs <name> [args]

import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [name, ...args] = process.argv.slice(2);
const entry = path.join(root, "scripts", `${name}.ts`);
if (!name || !existsSync(entry)) {
  process.stderr.write(`run: no script scripts/${name ?? "<name>"}.ts\n`);
  process.exit(1);
}
const out = path.join(root, ".cache", "cli", `${name}.mjs`);

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|mjs|json)$/.test(e.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

// A script may have a worker of its own (scripts/<name>-worker.ts), bundled beside it.
const workerEntry = path.join(root, "scripts", `${name}-worker.ts`);
const workerOut = path.join(root, ".cache", "cli", `${name}-worker.mjs`);
const hasWorker = existsSync(workerEntry);
const newestCode = Math.max(newestSource(path.join(root, "lib")), newestSource(path.join(root, "scripts")));
const stale = !existsSync(out) || statSync(out).mtimeMs < newestCode || (hasWorker && (!existsSync(workerOut) || statSync(workerOut).mtimeMs < newestCode));
if (stale) {
  const { build } = await import("esbuild");
  if (hasWorker)
    await build({
      entryPoints: [workerEntry],
      outfile: workerOut,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      logLevel: "error",
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "error",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
// (npm run bench bundles first, so that a timed run does not include it.)
if (process.env.RUN_BUNDLE_ONLY === "1") process.exit(0);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(out).href);
