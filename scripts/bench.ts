// npm run bench — how fast the whole thing is at every size, on this machine:
//   builds of corpora 1×, 10×, 100×, 1000× the seed notes (through the real command line): time,
//   peak memory, database size, and a rebuild after changing one file;
//   search latency p50/p95 in Node and in headless Chromium;
//   navigation → first drawn graph in headless Chromium at about 200, 2,000 and 10,000 nodes
//   (and drawing every node from stored positions), and the JavaScript shipped;
//   a load test of the API and concept pages from a second process (autocannon).
//   with --notes DIR[,DIR…]: any folder of notes instead — a cold build, a rebuild after one file
//   changed, save-to-server with the watcher running, peak memory.
// Options: --sizes 1,10,100,1000  --browser-sizes 1,40,175  --runs 3  --no-browser  --no-load
//   --notes DIR[,DIR…]
// Writes bench/results/latest.json (or notes.json); with --update-readme, the tables in README.md.

import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { aimRows, folderAims, sizeAims, type FolderMeasures, type SizeMeasures } from "../lib/bench/aims";
import { generateCorpus } from "../lib/bench/generate-corpus";
import { markdownTable, median, percentile } from "../lib/bench/stats";
import { readVocabulary } from "../lib/io/read-vocabulary";
import { GraphSearch, type SearchPayload } from "../lib/search/graph-search";
import { currentBuild, loadArtifact } from "../lib/store/graph-store";
import { openStore } from "../lib/store/open-store";
import { compileLexicon } from "../lib/vocab/lexicon";
import { runCli } from "./cli/run-cli";

const ROOT = process.cwd();
const SEED = path.join(ROOT, "tests/fixtures/seed/aws-notes.txt");
const log = (s: string) => process.stderr.write(`${s}\n`);

interface BuildStats {
  seconds: number;
  wallSeconds: number;
  maxRssMB: number;
  nodes: number;
  edges: number;
  /** Time per stage, as the build reports it. */
  stagesMs: Record<string, number>;
}

/**
 * The command line is bundled when its code changed (scripts/run.mjs): done here once, so that no
 * timed build includes it (a cold build of the vault measured 6.5 s with it, 3.8 s without).
 */
function bundleCommandLine() {
  for (const name of ["build-graph", "serve"]) {
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), name], { cwd: ROOT, env: { ...process.env, RUN_BUNDLE_ONLY: "1" }, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`bundling ${name} failed: ${r.stderr.slice(-500)}`);
  }
}

/** One build through the command line, as a user runs it. */
function cliBuild(notesDir: string, db: string, statsFile: string): BuildStats {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph"], {
    cwd: ROOT,
    env: { ...process.env, NOTES_DIR: notesDir, DATABASE_URL: `file:${db}`, BUILD_STATS_FILE: statsFile, CI: "1" },
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build of ${notesDir} failed: ${r.stderr.slice(-800)}`);
  const s = JSON.parse(readFileSync(statsFile, "utf8")) as { seconds: number; maxRssMB: number; summary: { nodes: number; edges: number; timingsMs: Record<string, number> } };
  return { seconds: s.seconds, wallSeconds, maxRssMB: s.maxRssMB, nodes: s.summary.nodes, edges: s.summary.edges, stagesMs: s.summary.timingsMs };
}

function removeDb(db: string) {
  // A database file goes with its write-ahead log: a stale -wal beside a new file corrupts it.
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
}

function dbMegabytes(db: string): number {
  return [db, `${db}-wal`].reduce((a, f) => a + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6;
}

async function nodeSearch(db: string, queries: string[], rounds: number): Promise<{ p50: number; p95: number; loadMs: number }> {
  const store = await openStore(`file:${db}`);
  try {
    const build = (await currentBuild(store.db))!;
    const body = (await loadArtifact(store.db, build.id, "search"))!;
    const t0 = performance.now();
    const search = new GraphSearch(JSON.parse(body) as SearchPayload);
    const loadMs = performance.now() - t0;
    for (const q of queries) search.search(q);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      for (const q of queries) {
        const t = performance.now();
        search.search(q);
        times.push(performance.now() - t);
      }
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), loadMs };
  } finally {
    await store.close();
  }
}

async function withServer<T>(db: string, port: number, f: (url: string) => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "serve"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NODE_ENV: "production" },
    stdio: "ignore",
  });
  try {
    const url = `http://localhost:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${url}/api/build`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 300) throw new Error("the app server did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
    return await f(url);
  } finally {
    server.kill();
    await new Promise((r) => setTimeout(r, 300));
  }
}

interface BrowserStats {
  firstDrawMs: number;
  drawnNodes: number;
  allDrawMs: number | null;
  /** Frames per second painted while the user drags and wheel-zooms, every node drawn. */
  panFps: number | null;
  jsFirstKB: number;
  jsGraphKB: number;
  searchP50: number;
  searchP95: number;
}

async function browserStats(url: string, queries: string[], runs: number, all: boolean): Promise<BrowserStats> {
  const { chromium } = await import("playwright");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const draw = async (pagePath: string) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}${pagePath}`);
    const drawn = await page.evaluate(
      () =>
        new Promise<{ ms: number; nodes: number }>((resolve, reject) => {
          window.addEventListener("graph:drawn", (e) => resolve((e as CustomEvent<{ ms: number; nodes: number }>).detail), { once: true });
          setTimeout(() => reject(new Error("the graph was not drawn within 120 s")), 120_000);
        }),
    );
    return { page, context, drawn };
  };
  try {
    const firsts: { ms: number; nodes: number }[] = [];
    let js = { first: 0, graph: 0 };
    let search = { p50: NaN, p95: NaN };
    for (let i = 0; i <= runs; i++) {
      const { page, context, drawn } = await draw("/");
      // The first run warms the server's caches; it is not counted.
      if (i > 0) firsts.push(drawn);
      if (i === runs) {
        const loadEnd = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd);
        const scripts = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => r.name.endsWith(".js")).map((r) => ({ bytes: r.encodedBodySize, start: r.startTime })));
        js = { first: scripts.filter((s) => s.start <= loadEnd).reduce((a, s) => a + s.bytes, 0) / 1024, graph: scripts.filter((s) => s.start > loadEnd).reduce((a, s) => a + s.bytes, 0) / 1024 };
        // Search in the browser: the same module, on the index the build prepared.
        await page.getByRole("searchbox").focus();
        await page.waitForFunction(() => "__graphSearch" in window, null, { timeout: 120_000 });
        search = await page.evaluate((qs) => {
          const s = (window as unknown as { __graphSearch: { search(q: string): unknown } }).__graphSearch;
          for (const q of qs) s.search(q);
          const times: number[] = [];
          for (let r = 0; r < 10; r++) for (const q of qs) {
            const t = performance.now();
            s.search(q);
            times.push(performance.now() - t);
          }
          times.sort((a, b) => a - b);
          return { p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]! };
        }, queries);
      }
      await context.close();
    }
    let allDrawMs: number | null = null;
    let panFps: number | null = null;
    if (all) {
      const { page, context, drawn } = await draw("/?all=1");
      allDrawMs = drawn.ms;
      // A user's gestures (Cytoscape lightens its drawing while they last): drag the view around,
      // then zoom in and out with the wheel, counting the frames the page paints meanwhile.
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        const w = window as unknown as { __frames: number; __raf: number };
        w.__frames = 0;
        const count = () => {
          w.__frames++;
          w.__raf = requestAnimationFrame(count);
        };
        w.__raf = requestAnimationFrame(count);
      });
      const t0 = performance.now();
      await page.mouse.move(500, 450);
      await page.mouse.down();
      for (let i = 0; i < 40; i++) await page.mouse.move(500 + Math.sin(i / 5) * 200, 450 + Math.cos(i / 7) * 150);
      await page.mouse.up();
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i % 2 ? 120 : -120);
      const elapsed = performance.now() - t0;
      const frames = await page.evaluate(() => {
        const w = window as unknown as { __frames: number; __raf: number };
        cancelAnimationFrame(w.__raf);
        return w.__frames;
      });
      panFps = (frames * 1000) / elapsed;
      await context.close();
    }
    return { firstDrawMs: median(firsts.map((f) => f.ms)), drawnNodes: firsts[0]!.nodes, allDrawMs, panFps, jsFirstKB: js.first, jsGraphKB: js.graph, searchP50: search.p50, searchP95: search.p95 };
  } finally {
    await browser.close();
  }
}

interface LoadStats {
  route: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** autocannon in its own process: 10 connections for 8 s per route. */
function loadTest(url: string, route: string): LoadStats {
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/autocannon/autocannon.js"), "-c", "10", "-d", "8", "-j", `${url}${route}`], { encoding: "utf8", maxBuffer: 64 << 20 });
  const out = JSON.parse(r.stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  return { route, rps: Math.round(out.requests.average), p50: out.latency.p50, p99: out.latency.p99, errors: out.errors + out.non2xx };
}

/** The notes files of a folder, at any depth, in order. */
function noteFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(md|markdown|txt)$/i.test(f) && statSync(path.join(dir, f)).isFile()).sort();
}

/** Waits for the server's next build event after `since` (server-sent events), in milliseconds from `t0`. */
async function nextBuildEvent(url: string, since: number, t0: () => number, timeoutMs: number): Promise<number | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(`${url}/api/build/events`, { signal: controller.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
      for (const m of buffer.matchAll(/event: build\ndata: (\{[^\n]*\})/g)) if ((JSON.parse(m[1]!) as { build: number }).build > since) return t0();
    }
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** Saves timed with the watcher running (the median is reported; each is kept in notes.json). */
const WATCH_SAVES = 3;

/** A folder of notes as a user has it: cold build, one changed file, the watcher's save-to-server. */
async function benchFolder(dir: string, work: string, port: number): Promise<Record<string, unknown>> {
  const name = path.basename(path.resolve(dir));
  const copy = path.join(work, `notes-${name}`);
  cpSync(dir, copy, { recursive: true });
  const files = noteFiles(copy);
  const megabytes = files.reduce((a, f) => a + statSync(path.join(copy, f)).size, 0) / 1e6;
  const db = path.join(work, `${name}.db`);
  log(`${name}: cold build (${files.length} files, ${megabytes.toFixed(1)} MB)…`);
  const cold = cliBuild(copy, db, path.join(work, `${name}.json`));
  appendFileSync(path.join(copy, files[0]!), "\nSQS:ベンチマークで追記した一行\n");
  log(`${name}: rebuild after one file changed…`);
  const rebuild = cliBuild(copy, db, path.join(work, `${name}-re.json`));
  // The watcher and the server, as npm run dev has them: save a note, time until the server serves it.
  log(`${name}: save to server, with the watcher running…`);
  const env = { ...process.env, NOTES_DIR: copy, DATABASE_URL: `file:${db}`, NEXT_TELEMETRY_DISABLED: "1", CI: "1" };
  const watcher = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph", "--watch"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "ignore"] });
  // Its own account of each build ("Built the graph from N files in 1.23 s"): the second one is
  // the rebuild after the save, in a process that keeps what the build before worked out.
  const builds: number[] = [];
  const built = (n: number) =>
    new Promise<void>((resolve) => {
      const check = () => (builds.length >= n ? resolve() : setTimeout(check, 50));
      check();
    });
  let out = "";
  watcher.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
    for (let m = /Built the graph from \d+ files? in ([\d.]+) s/.exec(out); m; m = /Built the graph from \d+ files? in ([\d.]+) s/.exec(out)) {
      builds.push(Number(m[1]));
      out = out.slice(m.index + m[0].length);
    }
  });
  // Several saves, each to another note, a second apart: a learner saves again and again, and the
  // first rebuild after the watcher starts is slower than the rest (its code is not yet optimised).
  const saves: { toServerMs: number | null; toGraphMs: number | null; rebuildSeconds: number | null }[] = [];
  try {
    await Promise.race([built(1), new Promise((r) => setTimeout(r, 60_000 + cold.wallSeconds * 3000))]); // its first build
    await withServer(db, port, async (url) => {
      for (let i = 0; i < WATCH_SAVES; i++) {
        const before = ((await (await fetch(`${url}/api/build`)).json()) as { build: number }).build;
        const t = performance.now();
        const event = nextBuildEvent(url, before, () => performance.now() - t, 120_000);
        appendFileSync(path.join(copy, files[(1 + i * 7) % files.length]!), `\nSNS:ウォッチ中に保存した一行 ${i + 1}\n`);
        const toServerMs = await event;
        let toGraphMs: number | null = null;
        if (toServerMs !== null) {
          await (await fetch(`${url}/api/graph`)).arrayBuffer();
          toGraphMs = performance.now() - t;
        }
        await Promise.race([built(i + 2), new Promise((r) => setTimeout(r, 10_000))]);
        saves.push({ toServerMs, toGraphMs, rebuildSeconds: builds[i + 1] ?? null });
        await new Promise((r) => setTimeout(r, 1000));
      }
    });
  } finally {
    watcher.kill();
  }
  // (A save that never reached the server leaves its column empty.)
  const medianOfSaves = (xs: (number | null)[]) => (xs.length && xs.every((x): x is number => x !== null) ? median(xs) : null);
  const saveToServerMs = medianOfSaves(saves.map((x) => x.toServerMs));
  const saveToGraphMs = medianOfSaves(saves.map((x) => x.toGraphMs));
  const watchRebuildSeconds = medianOfSaves(saves.map((x) => x.rebuildSeconds));
  return { folder: name, files: files.length, megabytes, nodes: cold.nodes, edges: cold.edges, coldSeconds: cold.wallSeconds, maxRssMB: cold.maxRssMB, rebuildSeconds: rebuild.wallSeconds, rebuildRssMB: rebuild.maxRssMB, watchRebuildSeconds, stagesMs: cold.stagesMs, rebuildStagesMs: rebuild.stagesMs, saveToServerMs, saveToGraphMs, saves };
}

runCli("bench", async () => {
  const { values } = parseArgs({
    options: {
      notes: { type: "string" },
      "update-readme": { type: "boolean" },
      runs: { type: "string" },
      sizes: { type: "string" },
      "browser-sizes": { type: "string" },
      "no-browser": { type: "boolean" },
      "no-load": { type: "boolean" },
    },
  });
  const runs = Number(values.runs ?? 3);
  const sizes = (values.sizes ?? "1,10,100,1000").split(",").map(Number);
  const browserSizes = (values["browser-sizes"] ?? "1,40,175").split(",").map(Number);
  const work = mkdtempSync(path.join(tmpdir(), "kg-bench-"));
  const lex = compileLexicon(readVocabulary());
  const seedText = readFileSync(SEED, "utf8");
  const queries = readFileSync(path.join(ROOT, "bench/queries.txt"), "utf8").split("\n").filter(Boolean);
  const f1 = (x: unknown, d = 1) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(d) : "—");
  const when = new Date().toISOString().slice(0, 10);

  // ---- any folder of notes ----
  if (values.notes) {
    log("bringing the app build up to date…");
    const b = spawnSync(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--app-only"], { cwd: ROOT, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`next build failed: ${b.stderr.slice(-500)}`);
    bundleCommandLine();
    const rows: Record<string, unknown>[] = [];
    for (const dir of values.notes.split(",").filter(Boolean)) rows.push(await benchFolder(dir, work, 3401));
    rmSync(work, { recursive: true, force: true });
    const table = [
      `Measured ${when} on this machine (2 cores, ${process.platform}, Node ${process.version}); one run each, the watcher's columns the median of ${WATCH_SAVES} saves.`,
      "",
      markdownTable(
        ["notes folder", "files", "nodes", "edges", "cold build", "peak memory", "rebuild, one file changed: new process / watching", "save → served (watching) / → graph fetched"],
        rows.map((r) => [`${r.folder} (${f1(r.megabytes)} MB)`, r.files as number, r.nodes as number, r.edges as number, `${f1(r.coldSeconds)} s`, `${r.maxRssMB} MB`, `${f1(r.rebuildSeconds)} s / ${f1(r.watchRebuildSeconds, 2)} s`, `${f1(typeof r.saveToServerMs === "number" ? (r.saveToServerMs as number) / 1000 : null)} s / ${f1(typeof r.saveToGraphMs === "number" ? (r.saveToGraphMs as number) / 1000 : null)} s`]),
      ),
      "",
      "Against the aims for a real vault:",
      "",
      markdownTable(["aim", "measured", ""], aimRows(rows.flatMap((r) => folderAims(r as unknown as FolderMeasures)))),
    ].join("\n");
    mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
    writeFileSync(path.join(ROOT, "bench/results/notes.json"), `${JSON.stringify({ date: when, folders: rows }, null, 2)}\n`);
    process.stdout.write(`${table}\n`);
    if (values["update-readme"]) replaceBlock("bench-notes", table);
    return;
  }

  const corpus = (copies: number) => {
    const dir = path.join(work, `corpus-${copies}`);
    if (statSync(dir, { throwIfNoEntry: false })) return dir;
    mkdirSync(dir);
    const files = copies === 1 ? [{ file: "aws-notes.txt", bytes: readFileSync(SEED) }] : generateCorpus(lex, seedText, copies);
    for (const f of files) writeFileSync(path.join(dir, f.file), f.bytes);
    return dir;
  };
  const sizeOf = (dir: string) => readdirSync(dir).reduce((a, f) => a + statSync(path.join(dir, f)).size, 0);
  bundleCommandLine();

  // ---- builds and search in Node ----
  const builds: Record<string, unknown>[] = [];
  const dbs = new Map<number, string>();
  for (const copies of [...new Set([...sizes, ...(values["no-browser"] ? [] : browserSizes)])].sort((a, b) => a - b)) {
    const dir = corpus(copies);
    const db = path.join(work, `${copies}.db`);
    dbs.set(copies, db);
    const measured = sizes.includes(copies);
    const n = !measured ? 1 : copies >= 100 ? 1 : runs;
    log(`building ${copies}× (${(sizeOf(dir) / 1e6).toFixed(1)} MB) ${n}×…`);
    const results: BuildStats[] = [];
    for (let i = 0; i < n; i++) {
      removeDb(db);
      // Cold: nothing parsed or matched before (the caches are per notes folder).
      for (const cache of [".cache/parse", ".cache/match"]) rmSync(path.join(ROOT, cache), { recursive: true, force: true });
      results.push(cliBuild(dir, db, path.join(work, `${copies}.json`)));
    }
    if (!measured) continue;
    // A rebuild after one note changed: its parse is redone, the rest comes from the cache.
    const first = readdirSync(dir).sort()[0]!;
    appendFileSync(path.join(dir, first), "\nSQS:ベンチマークで追記した一行\n");
    const rebuild = cliBuild(dir, db, path.join(work, `${copies}-re.json`));
    log(`searching ${copies}×…`);
    const search = await nodeSearch(db, queries, copies >= 100 ? 10 : 50);
    const pick = (f: (r: BuildStats) => number) => median(results.map(f));
    builds.push({
      size: `${copies}×`,
      megabytes: sizeOf(dir) / 1e6,
      nodes: results[0]!.nodes,
      edges: results[0]!.edges,
      runs: n,
      wallSeconds: pick((r) => r.wallSeconds),
      inProcessSeconds: pick((r) => r.seconds),
      maxRssMB: pick((r) => r.maxRssMB),
      databaseMB: dbMegabytes(db),
      rebuildSeconds: rebuild.wallSeconds,
      stagesMs: results[0]!.stagesMs,
      rebuildStagesMs: rebuild.stagesMs,
      searchLoadMs: search.loadMs,
      searchP50: search.p50,
      searchP95: search.p95,
    });
  }

  // ---- the browser, and load ----
  const browser: Record<string, unknown>[] = [];
  let load: LoadStats[] = [];
  if (!values["no-browser"]) {
    log("bringing the app build up to date…");
    const b = spawnSync(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--app-only"], { cwd: ROOT, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`next build failed: ${b.stderr.slice(-500)}`);
    for (const copies of browserSizes) {
      log(`headless Chromium on ${copies}×…`);
      const stats = await withServer(dbs.get(copies)!, 3400, async (url) => {
        const s = await browserStats(url, queries, runs, copies > 1);
        if (copies === 1 && !values["no-load"]) {
          log("load test…");
          load = ["/concept/alias-record", "/api/concepts/sqs", "/api/search?q=ALIAS%20record", "/api/graph"].map((route) => loadTest(url, route));
        }
        return s;
      });
      const nodes = (builds.find((x) => x.size === `${copies}×`)?.nodes as number | undefined) ?? Number(JSON.parse(readFileSync(path.join(work, `${copies}.json`), "utf8")).summary.nodes);
      browser.push({ size: `${copies}×`, nodes, ...stats });
    }
  }
  rmSync(work, { recursive: true, force: true });

  // ---- report ----
  const table = [
    `Measured ${when} on this machine (2 cores, ${process.platform}, Node ${process.version}): medians of ${runs} runs (one run from 100× up).`,
    "",
    markdownTable(
      ["corpus", "notes", "nodes", "edges", "build (end to end)", "peak memory", "database", "rebuild, one file changed", "search p50 / p95 (Node)"],
      builds.map((b) => [b.size as string, `${f1(b.megabytes)} MB`, b.nodes as number, b.edges as number, `${f1(b.wallSeconds)} s`, `${b.maxRssMB} MB`, `${f1(b.databaseMB)} MB`, `${f1(b.rebuildSeconds)} s`, `${f1(b.searchP50, 2)} / ${f1(b.searchP95, 2)} ms`]),
    ),
    ...(browser.length
      ? [
          "",
          markdownTable(
            ["graph (headless Chromium)", "nodes", "first graph drawn", "nodes drawn first", "every node drawn (?all=1)", "pan and zoom, every node", "search p50 / p95 (browser)", "JS first load / graph (compressed)"],
            browser.map((b) => [b.size as string, b.nodes as number, `${Math.round(b.firstDrawMs as number)} ms`, b.drawnNodes as number, b.allDrawMs ? `${Math.round(b.allDrawMs as number)} ms` : "(same)", b.panFps ? `${Math.round(b.panFps as number)} fps` : "—", `${f1(b.searchP50, 2)} / ${f1(b.searchP95, 2)} ms`, `${Math.round(b.jsFirstKB as number)} KB / ${Math.round(b.jsGraphKB as number)} KB`]),
          ),
        ]
      : []),
    ...(load.length
      ? ["", markdownTable(["route (seed graph; 10 connections, 8 s, autocannon)", "requests/s", "latency p50 / p99", "errors"], load.map((l) => [`\`${l.route}\``, l.rps, `${l.p50} / ${l.p99} ms`, l.errors]))]
      : []),
    ...((checks) => (checks.length ? ["", "Against the aims:", "", markdownTable(["aim", "measured", ""], aimRows(checks))] : []))(
      sizeAims({ builds: builds as unknown as SizeMeasures["builds"], browser: browser as unknown as SizeMeasures["browser"], load }),
    ),
  ].join("\n");
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench/results/latest.json"), `${JSON.stringify({ date: when, builds, browser, load }, null, 2)}\n`);
  process.stdout.write(`${table}\n`);
  if (values["update-readme"]) replaceBlock("bench", table);
});

/** Rewrites the README's <!-- NAME:start --> … <!-- NAME:end --> block. */
function replaceBlock(name: string, table: string): void {
  const readmePath = path.join(ROOT, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!readme.includes(start) || !readme.includes(end)) throw new Error(`README.md has no ${start} … ${end} block`);
  writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));
}
