#!/usr/bin/env node
// Runs a command-line script (scripts/<name>.ts) as plain JavaScript: each script is bundled with
// esbuild into .cache/cli/ whenever a source under lib/ or scripts/ changed, so a
// run starts in Node's time instead of a TypeScript compiler's. Usage: node scripts/run.mjs <name> [args]

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [name, ...args] = process.argv.slice(2);
const entry = path.join(root, "scripts", `${name}.ts`);
if (!name || !existsSync(entry)) {
  process.stderr.write(`run: no script scripts/${name ?? "<name>"}.ts\n`);
  process.exit(1);
}
const out = path.join(root, ".cache", "cli", `${name}.cjs`);

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
// Packages are bundled in too: resolving and compiling some two hundred small ES modules (micromark's
// and unified's) took a tenth of a second of every run. What cannot be bundled stays outside: native
// addons, Prisma's runtime and adapters (its engine is a 5 MB module loaded on demand), and tools
// only some commands load.
const EXTERNAL = ["@prisma/*", "better-sqlite3", "pg", "esbuild", "playwright", "playwright-core", "next"];
// The script runs as CommonJS in a vm.Script, so that V8 can keep the code it compiled for the next
// run (Node 20 keeps no compile cache for ES modules): a seed build spent 0.1 s compiling the bundle.
// import() inside a vm.Script compiled from a code cache loses its loader, so the bundle's dynamic
// imports of packages left outside call a function the wrapper passes in (same length as "import",
// so that the source map still lines up).
const DYNAMIC_IMPORT = "__dimp";
// V8 checks a code cache against its source's length only, so each cache is named after the bundle
// it was made from: a process still running an older bundle cannot leave its cache to a newer one.
const codeCacheOf = (bundle) => `${out}.${bundle.size}-${Math.round(bundle.mtimeMs)}.v8cache`;
// Each file is written beside its place and renamed into it: another command started at the same
// moment (two builds, a watcher and an export) reads the old bundle or the new one, never half of one.
const writeWhole = (file, contents) => {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
};
if (stale) {
  const { build } = await import("esbuild");
  mkdirSync(path.dirname(out), { recursive: true });
  const worker = hasWorker
    ? await build({
      entryPoints: [workerEntry],
      outfile: workerOut,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      external: EXTERNAL,
      logLevel: "error",
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      write: false,
    })
    : undefined;
  const bundled = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: EXTERNAL,
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "error",
  });
  const code = bundled.outputFiles.find((f) => f.path === out);
  const expected = Object.values(bundled.metafile.outputs).flatMap((o) => o.imports).filter((i) => i.kind === "dynamic-import" && i.external).length;
  const calls = /(?<![\w$.])import\(/g;
  const found = code.text.match(calls)?.length ?? 0;
  if (found !== expected || code.text.includes(DYNAMIC_IMPORT)) {
    // (A message, not a stack: the bundle was left as it was.)
    process.stderr.write(`run: cannot bundle scripts/${name}.ts: ${found} "import(" in the bundle, ${expected} dynamic imports of external packages\n`);
    process.exit(1);
  }
  for (const f of readdirSync(path.dirname(out))) if (f.startsWith(`${name}.cjs.`) && f.endsWith(".v8cache")) rmSync(path.join(path.dirname(out), f), { force: true });
  for (const f of worker?.outputFiles ?? []) writeWhole(f.path, f.contents);
  for (const f of bundled.outputFiles) writeWhole(f.path, f === code ? code.text.replace(calls, `${DYNAMIC_IMPORT}(`) : f.contents);
}
// (npm run bench bundles first, so that a timed run does not include it.)
if (process.env.RUN_BUNDLE_ONLY === "1") process.exit(0);
process.argv = [process.argv[0], entry, ...args];

const codeCache = codeCacheOf(statSync(out));
let cachedData;
try {
  cachedData = readFileSync(codeCache);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, ${DYNAMIC_IMPORT}) {${readFileSync(out, "utf8")}\n})`, { filename: out, cachedData });
if (cachedData === undefined || script.cachedDataRejected)
  // Kept after the run, so that the functions it compiled are in the cache; written whole or not at all.
  process.once("exit", () => {
    try {
      const temporary = `${codeCache}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, codeCache);
    } catch {
      // No cache: the next run compiles again.
    }
  });
const bundleModule = new Module(out);
bundleModule.filename = out;
bundleModule.paths = Module._nodeModulePaths(path.dirname(out));
script.runInThisContext()(bundleModule.exports, createRequire(out), bundleModule, out, path.dirname(out), (specifier) => import(specifier));
