// npm run bench — build time of the seed notes and of a generated corpus 100× their size (through
// the real command line, median of repeated runs), and search latency p50/p95. Writes
// bench/results/latest.json; with --update-readme, the table in README.md.

import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../lib/bench/generate-corpus";
import { markdownTable, median, percentile } from "../lib/bench/stats";
import { readVocabulary } from "../lib/io/read-vocabulary";
import { runPipeline } from "../lib/pipeline/run-pipeline";
import { GraphSearch } from "../lib/search/graph-search";
import { compileLexicon } from "../lib/vocab/lexicon";
import { runCli } from "./cli/run-cli";

const ROOT = process.cwd();
const SEED = path.join(ROOT, "tests/fixtures/seed/aws-notes.txt");

interface BuildRun {
  seconds: number;
  wallSeconds: number;
  maxRssMB: number;
  nodes: number;
  edges: number;
  bytes: number;
}

function cliBuild(notesDir: string, work: string, label: string): BuildRun {
  const db = path.join(work, `${label}.db`);
  const stats = path.join(work, `${label}.json`);
  // A database file goes with its write-ahead log: a stale -wal beside a new file corrupts it.
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph"], {
    cwd: ROOT,
    env: { ...process.env, NOTES_DIR: notesDir, DATABASE_URL: `file:${db}`, BUILD_STATS_FILE: stats, CI: "1" },
    encoding: "utf8",
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build of ${label} failed: ${r.stderr}`);
  const s = JSON.parse(readFileSync(stats, "utf8")) as { seconds: number; maxRssMB: number; summary: { nodes: number; edges: number } };
  return { seconds: s.seconds, wallSeconds, maxRssMB: s.maxRssMB, nodes: s.summary.nodes, edges: s.summary.edges, bytes: 0 };
}

function medianRun(runs: BuildRun[]): BuildRun {
  const pick = (f: (r: BuildRun) => number) => median(runs.map(f));
  return { seconds: pick((r) => r.seconds), wallSeconds: pick((r) => r.wallSeconds), maxRssMB: pick((r) => r.maxRssMB), nodes: runs[0]!.nodes, edges: runs[0]!.edges, bytes: runs[0]!.bytes };
}

function searchLatency(search: GraphSearch, queries: string[], rounds: number): { p50: number; p95: number } {
  for (const q of queries) search.search(q); // warm up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const q of queries) {
      const t = performance.now();
      search.search(q);
      times.push(performance.now() - t);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface BrowserRun {
  firstGraphMs: number;
  jsFirstPageKB: number;
  jsGraphKB: number;
}

/** Headless Chromium against the production server: navigation → graph drawn, and script bytes. */
async function browserRuns(baseUrl: string, path: string, runs: number): Promise<BrowserRun[]> {
  const { chromium } = await import("playwright");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const out: BrowserRun[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      const drawnAt = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const status = document.querySelector(".canvas")?.getAttribute("data-status");
            if (status === "ready") resolve(performance.now());
            window.addEventListener("graph:drawn", (e) => resolve((e as CustomEvent<{ ms: number }>).detail.ms), { once: true });
            setTimeout(() => reject(new Error(`the graph was not drawn within 30 s (canvas: ${status})`)), 30_000);
          }),
      );
      const scripts = await page.evaluate(() =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => r.initiatorType === "script" || r.name.endsWith(".js")).map((r) => ({ name: r.name, bytes: r.encodedBodySize, start: r.startTime })),
      );
      const nav = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd);
      const kb = (xs: typeof scripts) => xs.reduce((a, r) => a + r.bytes, 0) / 1024;
      // The first run warms the server's caches; it is not counted.
      if (i > 0) out.push({ firstGraphMs: drawnAt, jsFirstPageKB: kb(scripts.filter((s) => s.start <= nav)), jsGraphKB: kb(scripts.filter((s) => s.start > nav)) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function withServer<T>(dbFile: string, port: number, f: (url: string) => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  try {
    const url = `http://localhost:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${url}/api/build`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return await f(url);
  } finally {
    server.kill();
  }
}

runCli("bench", async () => {
  const { values } = parseArgs({ options: { "update-readme": { type: "boolean" }, runs: { type: "string" }, "no-browser": { type: "boolean" } } });
  const runs = Number(values.runs ?? 3);
  const work = mkdtempSync(path.join(tmpdir(), "kg-bench-"));
  const vocabulary = readVocabulary();
  const lex = compileLexicon(vocabulary);
  const seedText = readFileSync(SEED, "utf8");
  const queries = readFileSync(path.join(ROOT, "bench/queries.txt"), "utf8").split("\n").filter(Boolean);
  const log = (s: string) => process.stderr.write(`${s}\n`);

  const corpora: { name: string; copies: number }[] = [
    { name: "seed (1×)", copies: 1 },
    { name: "100×", copies: 100 },
  ];
  const builds: (BuildRun & { name: string })[] = [];
  const searches: { name: string; nodes: number; p50: number; p95: number }[] = [];
  for (const c of corpora) {
    const dir = path.join(work, `corpus-${c.copies}`);
    mkdirSync(dir);
    const files = c.copies === 1 ? [{ file: "aws-notes.txt", bytes: readFileSync(SEED) }] : generateCorpus(lex, seedText, c.copies);
    for (const f of files) writeFileSync(path.join(dir, f.file), f.bytes);
    const bytes = files.reduce((a, f) => a + f.bytes.length, 0);
    const n = c.copies >= 100 ? Math.min(runs, 2) : runs;
    log(`building ${c.name} (${(bytes / 1024).toFixed(0)} KB) ${n}×…`);
    const results = Array.from({ length: n }, (_, i) => cliBuild(dir, work, `${c.copies}-${i}`));
    builds.push({ name: c.name, ...medianRun(results), bytes });
    log(`searching ${c.name}…`);
    const { graph } = runPipeline({ files, vocabulary }, lex);
    const search = GraphSearch.fromGraph(graph, vocabulary.glossary);
    searches.push({ name: c.name, nodes: graph.nodes.length, ...searchLatency(search, queries, c.copies >= 100 ? 10 : 50) });
  }
  // The browser: production build, seed graph.
  let browser: { page: string; nodes: number; firstGraphMs: number; jsFirstPageKB: number; jsGraphKB: number }[] = [];
  if (!values["no-browser"]) {
    log("bringing the app build up to date…");
    const b = spawnSync(process.execPath, [path.join(ROOT, "scripts/start.mjs"), "--app-only"], { cwd: ROOT, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`next build failed: ${b.stderr.slice(-500)}`);
    const seedDb = path.join(work, "1-0.db");
    cliBuild(path.join(work, "corpus-1"), work, "1-0");
    log("measuring the first drawn graph in headless Chromium…");
    browser = await withServer(seedDb, 3400, async (url) => {
      const rows = [];
      for (const page of ["/", "/concept/alias-record"]) {
        const r = await browserRuns(url, page, runs + 2);
        rows.push({ page, nodes: builds[0]!.nodes, firstGraphMs: median(r.map((x) => x.firstGraphMs)), jsFirstPageKB: median(r.map((x) => x.jsFirstPageKB)), jsGraphKB: median(r.map((x) => x.jsGraphKB)) });
      }
      return rows;
    });
  }
  rmSync(work, { recursive: true, force: true });

  const when = new Date().toISOString().slice(0, 10);
  const table = [
    `Measured ${when} on this machine (${process.platform}, Node ${process.version}); medians of ${runs} runs.`,
    "",
    markdownTable(
      ["corpus", "size", "nodes", "edges", "build (end to end)", "build (in process)", "peak memory"],
      builds.map((b) => [b.name, `${(b.bytes / 1024).toFixed(0)} KB`, b.nodes, b.edges, `${b.wallSeconds.toFixed(2)} s`, `${b.seconds.toFixed(2)} s`, `${b.maxRssMB} MB`]),
    ),
    "",
    markdownTable(
      ["search index", "nodes", "queries", "p50", "p95"],
      searches.map((s) => [s.name, s.nodes, queries.length, `${s.p50.toFixed(2)} ms`, `${s.p95.toFixed(2)} ms`]),
    ),
    ...(browser.length
      ? [
          "",
          markdownTable(
            ["page (headless Chromium, localhost)", "nodes", "navigation → graph drawn", "JS on first load (compressed)", "JS loaded for the graph after load"],
            browser.map((b) => [b.page, b.nodes, `${Math.round(b.firstGraphMs)} ms`, `${b.jsFirstPageKB.toFixed(0)} KB`, `${b.jsGraphKB.toFixed(0)} KB`]),
          ),
        ]
      : []),
  ].join("\n");
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench/results/latest.json"), `${JSON.stringify({ date: when, builds, searches, browser }, null, 2)}\n`);
  process.stdout.write(`${table}\n`);
  if (values["update-readme"]) {
    const readmePath = path.join(ROOT, "README.md");
    const readme = readFileSync(readmePath, "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    if (!readme.includes(start) || !readme.includes(end)) throw new Error("README.md has no <!-- bench:start --> … <!-- bench:end --> block");
    writeFileSync(readmePath, readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));
  }
});
