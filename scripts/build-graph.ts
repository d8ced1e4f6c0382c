// npm run build:graph [-- --watch] [-- --fresh-layout] — reads NOTES_DIR (default ./notes) into
// DATABASE_URL (default data/graph.db); with --watch, builds again whenever a note or the
// vocabulary changes. A rebuild keeps the drawing of the build before for the nodes still there;
// --fresh-layout lays the whole graph out anew.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import v8 from "node:v8";
import vm from "node:vm";
import { ParseCacheFile } from "../lib/io/parse-cache-file";
import { mayChangeNotes, readNotesFolder } from "../lib/io/read-notes";
import { withBlockReferencesShown } from "../lib/parse/block-references";
import { readVocabulary, DEFAULT_VOCAB_DIR } from "../lib/io/read-vocabulary";
import { formatSummary, formatWarning } from "../lib/pipeline/format-summary";
import { parseKey, parseSalt, type CachedParse } from "../lib/pipeline/parse-cache";
import { parseSafely, runPipeline } from "../lib/pipeline/run-pipeline";
import { prebuiltSearchPayload, SearchIndexer, searchPayloadFromGraph, type SearchPayload } from "../lib/search/graph-search";
import type { SearchAnswer, SearchRequest, WorkerTask } from "./build-graph-worker";
import { compileLexicon, type Lexicon } from "../lib/vocab/lexicon";
import { vocabularyFingerprint } from "../lib/vocab/fingerprint";
import type { MentionMemo } from "../lib/extract/mention-memo";
import { MatchMemoFile } from "../lib/io/match-memo-file";
import type { NoteFile, Warning } from "../lib/parse/types";
import { currentBuild, loadArtifact, loadPositions, loadStoredRows, saveGraph, type ArtifactBody, type StoredRows } from "../lib/store/graph-store";
import { openStore, type GraphDb, type Store } from "../lib/store/open-store";
import type { Vocabulary } from "../lib/vocab/types";
import { createProgress } from "./cli/progress";
import { runCli, UsageError } from "./cli/run-cli";

/** This code's own version (a hash of the running script): parsed notes cached by other code are not reused. */
const CODE_VERSION = (() => {
  try {
    return createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
  } catch {
    return "unknown";
  }
})();

/** What a build is made from — the notes' names and bytes, what was skipped, the vocabulary. */
function sourcesFingerprint(files: NoteFile[], readWarnings: Warning[], vocabulary: Vocabulary): string {
  const h = createHash("sha256").update(JSON.stringify(vocabulary)).update(JSON.stringify(readWarnings));
  for (const f of files) h.update(`\0${f.file}\0${f.bytes.length}\0`).update(f.bytes);
  return h.digest("hex");
}

/** Between the watcher's builds: what the last good build was made from. */
interface WatchState {
  built?: string;
  /**
   * The vocabulary compiled, kept while it does not change: its typo lookups, worked out once,
   * serve every rebuild (a rebuild of the 276-note vault spent a third of its extraction on them).
   */
  lexicon?: { vocabulary: string; lexicon: Lexicon };
  /** A worker thread kept for making search indexes while the graph is stored (started once). */
  search?: SearchWorker;
  /** The matching of the build before: a rebuild matches only the sentences an edit can affect. */
  mentions?: MentionMemo;
  /**
   * The parsed notes, kept in memory: reading and writing aws-study's 10 MB cache file took
   * 0.13–0.19 s each way, on the way to the served graph, at every save.
   */
  parseCache?: ParseCacheFile;
  /** What the last build wrote: the rows the next one shares with it are copied in the database, not sent. */
  storedRows?: StoredRows;
  /**
   * Writes what a later process may reuse (the parsed notes, the matching): left for when the
   * watcher is idle, or stops, since this process keeps them in memory (aws-study's 5 MB of
   * matching took some 120 ms a save, beside the server reading the new build).
   */
  writeCaches?: () => void;
}

/**
 * The watcher's second core: a worker that stays, so that each rebuild's search index is made
 * while the graph's rows are written, without paying for a worker's start every time.
 */
class SearchWorker {
  private readonly worker = new Worker(new URL("./build-graph-worker.mjs", import.meta.url), { workerData: { task: "search-server" } satisfies WorkerTask });
  private readonly waiting = new Map<number, { resolve: (answer: SearchAnswer) => void; reject: (e: Error) => void }>();
  private next = 0;
  /** Why the worker is gone, once it is (the watcher then starts another). */
  stopped: Error | undefined;

  constructor() {
    this.worker.unref();
    this.worker.on("message", (answer: SearchAnswer) => {
      this.waiting.get(answer.id)?.resolve(answer);
      this.waiting.delete(answer.id);
    });
    const fail = (e: Error) => {
      this.stopped ??= e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`search worker stopped with code ${code}`)));
  }

  index(payload: SearchPayload): Promise<SearchAnswer> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.next++;
    return new Promise<SearchAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, payload } satisfies SearchRequest);
    });
  }
}

async function buildOnce(notesDir: string, freshLayout = false, watching?: WatchState): Promise<void> {
  const t0 = performance.now();
  const vocabulary = readVocabulary();
  const read = readNotesFolder(notesDir);
  // (Shown before the parse on both cores, which keys each file by its bytes as the pipeline does.)
  const files = withBlockReferencesShown(read.files);
  const readWarnings = read.warnings;
  const readMs = Math.round(performance.now() - t0);
  if (files.length === 0) {
    for (const w of readWarnings) process.stderr.write(`  ${formatWarning(w)}\n`);
    throw new UsageError(`no notes (.md, .markdown or .txt files) in ${notesDir}`);
  }
  // A save that changed nothing (or a change beside the notes) needs no build.
  const fingerprint = watching ? sourcesFingerprint(files, readWarnings, vocabulary) : undefined;
  if (watching?.built !== undefined) {
    const at = `[${new Date().toLocaleTimeString()}]`;
    if (fingerprint === watching.built) {
      process.stdout.write(`${at} no note changed since the last build; the graph stays as it is\n`);
      return;
    }
    process.stdout.write(`\n${at} notes changed, rebuilding…\n`);
  }
  const progress = createProgress();
  let cache = watching?.parseCache;
  if (cache) cache.startBuild();
  else cache = new ParseCacheFile(notesDir, CODE_VERSION);
  if (watching) watching.parseCache = cache;
  // The drawing of the build before, kept for the nodes that are still there (--fresh-layout: not).
  const store = await openStore(process.env.DATABASE_URL, { migrate: true });
  try {
    const served = await currentBuild(store.db);
    const before = freshLayout ? null : served;
    const previousPositions = before ? await loadPositions(store.db, before.id) : undefined;
    // What matching found in the build before: kept in memory by the watcher, on disk between runs.
    const memoFile = new MatchMemoFile(notesDir, CODE_VERSION);
    const mentionMemo = watching ? (watching.mentions ??= memoFile.load()) : memoFile.load();
    // (A one-off build has no next build in this process to do its notes' terms again.)
    if (!watching) mentionMemo.terms = undefined;
    let watchOptions: Pick<BuildOptions, "lexicon" | "searchWorker"> = {};
    if (watching) {
      const key = vocabularyFingerprint(vocabulary);
      if (watching.lexicon?.vocabulary !== key) watching.lexicon = { vocabulary: key, lexicon: compileLexicon(vocabulary) };
      if (!watching.search || watching.search.stopped) watching.search = new SearchWorker();
      watchOptions = { lexicon: watching.lexicon.lexicon, searchWorker: watching.search };
    }
    const rows = await buildInto(store, notesDir, { t0, readMs, files, readWarnings, vocabulary, cache, progress, mentionMemo, ...(previousPositions ? { previousPositions } : {}), ...watchOptions, ...(watching ? { rowsBefore: watching.storedRows ?? null } : {}), ...(served && served.notesDir === path.resolve(notesDir) ? { servedBuild: served.id } : {}) });
    if (watching) watching.storedRows = rows;
    // What the next process may reuse is written once the graph is served, not on the way to it
    // (a one-off build first gives back what the store left behind).
    if (!watching) collectGarbage();
    const writeCaches = () => {
      cache.save();
      memoFile.save(mentionMemo);
    };
    if (watching) watching.writeCaches = writeCaches;
    else writeCaches();
    if (watching) watching.built = fingerprint;
    // (For npm run bench: the peak of the whole run, the caches' writing included.)
    const statsFile = process.env.BUILD_STATS_FILE;
    if (statsFile && !watching && existsSync(statsFile)) {
      const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { maxRssMB: number };
      writeFileSync(statsFile, JSON.stringify({ ...stats, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    }
  } finally {
    await store.close();
  }
}

interface BuildOptions {
  t0: number;
  readMs: number;
  files: NoteFile[];
  readWarnings: Warning[];
  vocabulary: Vocabulary;
  cache: ParseCacheFile;
  progress: ReturnType<typeof createProgress>;
  previousPositions?: Map<string, { x: number; y: number }>;
  /** What the watcher keeps from build to build. */
  lexicon?: Lexicon;
  searchWorker?: SearchWorker;
  mentionMemo?: MentionMemo;
  /** The watcher's: what the build before wrote (null at its first build), and give back what this one writes. */
  rowsBefore?: StoredRows | null;
  /** The build served when this one began, of the same notes: its rows are read back when no memory of them is kept. */
  servedBuild?: number;
}

/** Builds and stores the graph; gives what was written when the caller keeps it (`rowsBefore`). */
async function buildInto(store: Store, notesDir: string, { t0, readMs, files, readWarnings, vocabulary, cache, progress, previousPositions, lexicon, searchWorker, mentionMemo, rowsBefore, servedBuild }: BuildOptions): Promise<StoredRows | undefined> {
  const workers = workerMinimums();
  const tp = performance.now();
  const parsed = await parseOnBothCores(files, cache, vocabulary, workers);
  const parseMs = Math.round(performance.now() - tp);
  // (Read through, so that the cache counts as unchanged only the files it held before.)
  const fromWorkers = { get: (k: string) => parsed.get(k) ?? cache.get(k), set: (k: string, v: CachedParse) => cache.set(k, v) };
  const result = runPipeline({ files, vocabulary, cache: fromWorkers, searchIndex: false, ...(previousPositions ? { previousPositions } : {}), ...(mentionMemo ? { mentionMemo } : {}), onFileParsed: (done, total, file) => progress.update(done, total, file) }, lexicon);
  const { graph, summary, sources } = result;
  // A one-off build gives back what extraction left behind before the search index and the store,
  // which then take their memory on top of the live heap only (the watcher keeps its memory, and
  // the time, for the next save).
  if (!searchWorker) collectGarbage();
  // Say how much of the matching the build before saved.
  if (mentionMemo?.stats.reused) summary.timingsMs = Object.fromEntries(Object.entries(summary.timingsMs).map(([k, v]) => [k === "extract" ? `extract (${mentionMemo.stats.reused} of ${mentionMemo.stats.reused + mentionMemo.stats.matched} sentence matchings reused)` : k, v]));
  summary.timingsMs.parse = (summary.timingsMs.parse ?? 0) + parseMs;
  // The search index is made on another core while the graph's rows are written: the watcher's
  // worker (which keeps the last index), or one started for this build where it pays; else here,
  // before the rows, going on from the index of the build served when there is one of these notes.
  // Beside it goes where its texts stand in the graph's table, so that the next process can too.
  const ts = performance.now();
  const alongside = (summaryKey: string) => <T>(value: T) => ((summary.timingsMs[summaryKey] = Math.round(performance.now() - ts)), value);
  let search: ArtifactBody | Promise<ArtifactBody>;
  let searchPlaces: string | Promise<string>;
  if (searchWorker) {
    const answer = searchWorker.index(searchPayloadFromGraph(graph, vocabulary.glossary)).then(alongside("search index (alongside store)"));
    search = answer.then((a) => ({ parts: a.parts }));
    searchPlaces = answer.then((a) => placesArtifact(a.places));
  } else if (workers && graph.nodes.length >= workers.searchNodes) {
    // (The worker gets the search payload, not the graph: copying every edge's evidence to it cost memory.)
    search = inWorker<string>({ task: "search", payload: searchPayloadFromGraph(graph, vocabulary.glossary) }).then(alongside("search index (alongside store)"));
    searchPlaces = placesArtifact(undefined);
  } else {
    const indexer = servedBuild !== undefined ? await storedIndexer(store.db, servedBuild) : undefined;
    if (indexer) {
      search = JSON.stringify(indexer.index(searchPayloadFromGraph(graph, vocabulary.glossary)));
      searchPlaces = placesArtifact(indexer.places());
      summary.timingsMs[`search index (${indexer.changed.added} texts indexed, ${indexer.changed.removed} taken out)`] = Math.round(performance.now() - ts);
    } else {
      search = JSON.stringify(prebuiltSearchPayload(graph, vocabulary.glossary));
      searchPlaces = placesArtifact(undefined);
      summary.timingsMs["search index"] = Math.round(performance.now() - ts);
    }
  }
  progress.done();
  // Say how much the cache saved, where the parse time is reported.
  if (cache.hits) summary.timingsMs = Object.fromEntries(Object.entries(summary.timingsMs).map(([k, v]) => [k === "parse" ? `parse (${cache.hits} of ${files.length} files unchanged)` : k, v]));
  summary.timingsMs = { read: readMs, ...summary.timingsMs };
  summary.warnings.unshift(...readWarnings);
  summary.filesSkipped += readWarnings.length;
  if (summary.files === 0) {
    for (const w of summary.warnings) process.stderr.write(`  ${formatWarning(w)}\n`);
    throw new UsageError(`none of the ${files.length} files in ${notesDir} could be read as notes; the stored graph is unchanged`);
  }
  // A build with no memory of the rows of the build it follows (a new process, or the watcher's
  // first build) reads them back, so that it too writes only the rows that changed.
  const tr = performance.now();
  const previousRows = rowsBefore ?? (servedBuild !== undefined ? await loadStoredRows(store.db, servedBuild) : undefined);
  if (!rowsBefore && previousRows) summary.timingsMs["rows of the build before"] = Math.round(performance.now() - tr);
  if (!searchWorker) collectGarbage();
  const t1 = performance.now();
  const saved = await saveGraph(store.db, graph, { notesDir: path.resolve(notesDir), summary, provider: store.config.provider, sources, artifacts: { search, [SEARCH_PLACES]: searchPlaces }, ...(rowsBefore !== undefined ? { keepRows: true } : {}), ...(previousRows ? { rowsBefore: previousRows } : {}), dropOlderLater: true });
  const kept = [...(saved.rowsShared ? [`${saved.rowsShared} of ${graph.nodes.length + graph.edges.length + graph.facts.length} rows`] : []), ...(saved.partsShared.shared ? [`${saved.partsShared.shared} of ${saved.partsShared.parts} search index parts`] : [])];
  summary.timingsMs[kept.length ? `store (${kept.join(" and ")} kept from the build before)` : "store"] = Math.round(performance.now() - t1);
  const target = store.config.provider === "sqlite" ? path.relative(process.cwd(), store.config.file) || store.config.file : "PostgreSQL";
  process.stdout.write(`${formatSummary(summary, (performance.now() - t0) / 1000, target)}\n`);
  // For npm run bench: what this build cost, measured from inside.
  if (process.env.BUILD_STATS_FILE) {
    writeFileSync(process.env.BUILD_STATS_FILE, JSON.stringify({ summary: { ...summary, warnings: summary.warnings.length }, seconds: (performance.now() - t0) / 1000, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  }
  // The graph is served from the commit above: the builds before last go after it is reported.
  await saved.dropOlderBuilds();
  return saved.rows;
}

/**
 * The artifact that says where a stored search index's texts stand in its graph's table (null:
 * each at its id), and which code made the index: another version may tokenize otherwise, and its
 * index is not gone on from.
 */
const SEARCH_PLACES = "search-places";

function placesArtifact(places: number[] | undefined): string {
  return JSON.stringify({ code: CODE_VERSION, places: places ?? null });
}

/**
 * The search indexer of a stored build, to go on from (aws-study: 0.75 s to index every text, a
 * fraction of that to read the stored index and index the few an edit changed). Undefined where
 * the build stored no places (a build by older code) or what it stored cannot be read: the index
 * is then made from nothing.
 */
async function storedIndexer(db: GraphDb, buildId: number): Promise<SearchIndexer | undefined> {
  try {
    const [payload, places] = await Promise.all([loadArtifact(db, buildId, "search"), loadArtifact(db, buildId, SEARCH_PLACES)]);
    if (payload === null || places === null) return undefined;
    const stored = JSON.parse(places) as { code?: string; places?: number[] | null };
    if (stored.code !== CODE_VERSION) return undefined;
    return SearchIndexer.restore(JSON.parse(payload) as SearchPayload, stored.places ?? undefined);
  } catch {
    return undefined;
  }
}

/**
 * Goes once through what a rebuild does, on the notes as they are, without storing anything: the
 * watcher's first rebuild otherwise runs code V8 has not optimised yet (aws-study: extraction 1.9 s
 * at the first save, 1.0 s from the fourth on). Its result is the graph already stored, and what
 * it leaves in memory is what a rebuild of unchanged notes leaves.
 */
async function warmRebuild(notesDir: string, watching: WatchState): Promise<void> {
  if (!watching.lexicon || !watching.parseCache || !watching.mentions) return;
  const vocabulary = readVocabulary();
  const files = withBlockReferencesShown(readNotesFolder(notesDir).files);
  watching.parseCache.startBuild();
  const { graph } = runPipeline({ files, vocabulary, cache: watching.parseCache, searchIndex: false, layout: false, mentionMemo: watching.mentions }, watching.lexicon.lexicon);
  if (watching.search && !watching.search.stopped) await watching.search.index(searchPayloadFromGraph(graph, vocabulary.glossary));
}

/** How long the watcher waits for another save before it writes its caches. */
const CACHES_AFTER_IDLE_MS = 2000;

/** Rebuilds after changes settle; a failed rebuild reports and keeps the last good graph. */
function watchAndRebuild(notesDir: string, watching: WatchState): Promise<never> {
  let timer: NodeJS.Timeout | undefined;
  let idle: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const writeCaches = () => {
    const write = watching.writeCaches;
    watching.writeCaches = undefined;
    write?.();
  };
  /** Runs `task` unless a build runs: then once it is done. */
  const exclusively = async (task: () => Promise<void>) => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } catch (e) {
      process.stderr.write(`build:graph: ${(e as Error).message}\n`);
    }
    running = false;
    if (again) {
      again = false;
      void rebuild();
    } else {
      clearTimeout(idle);
      idle = setTimeout(() => !running && writeCaches(), CACHES_AFTER_IDLE_MS);
    }
  };
  const rebuild = () => exclusively(() => buildOnce(notesDir, false, watching));
  // (A save during the warm-up is built right after it.)
  setTimeout(() => void exclusively(() => warmRebuild(notesDir, watching).catch(() => undefined)), 0);
  // A save is a burst of events within milliseconds (write, rename, the editor's own files): the
  // rebuild starts once they have been quiet for a tenth of a second.
  const schedule = () => {
    clearTimeout(idle);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  watch(notesDir, { recursive: true }, (_event, filename) => {
    // (Not for folders never read: an Obsidian vault's editor rewrites .obsidian/ as one clicks.)
    if (mayChangeNotes(filename)) schedule();
  }).on("error", (e) => process.stderr.write(`build:graph: cannot watch ${notesDir}: ${e.message}\n`));
  for (const dir of [process.env.VOCAB_DIR || DEFAULT_VOCAB_DIR]) watch(dir, { recursive: true }, schedule).on("error", (e) => process.stderr.write(`build:graph: cannot watch ${dir}: ${e.message}\n`));
  // Stopped, it writes what it kept for the next process first (a build under way is not waited for).
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (!running) writeCaches();
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  process.stdout.write(`watching ${notesDir} for changes (Ctrl+C to stop)\n`);
  return new Promise<never>(() => {});
}

/**
 * A full garbage collection, now. V8 leaves much of what a pass made and dropped on its heap until
 * it needs the room, and the store then grows the process further (Prisma's engine, its batches);
 * collected before the search index and again before the store, aws-study's cold build peaked at
 * 390–398 MB instead of 453–462 MB, for 55 ms each. (Exposing gc at run time is V8's own flag,
 * set before its first use; there is no other way to ask for a collection.)
 */
function collectGarbage(): void {
  if (process.memoryUsage().heapUsed < GARBAGE_WORTH_COLLECTING) return;
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}
/** Below this, a collection gives back little for its time (the seed: 41–49 → 33 MB, 15–20 ms each). */
const GARBAGE_WORTH_COLLECTING = 100e6;

/** How much work a build hands to a worker thread started for it; none below these sizes. */
interface WorkerMinimums {
  /** Files to parse: half go to a worker once there are this many files, or this many bytes. */
  parseFiles: number;
  parseBytes: number;
  /** The search index is made on a worker, beside the store, from this many nodes. */
  searchNodes: number;
}

/**
 * A worker thread pays where a core is left for it, or where the work is large enough to pay for
 * its start and the copies to and from it. A parse on one thread keeps some 1.6 cores busy (V8
 * collects garbage and compiles on threads of its own), so on this 2-core machine workers saved
 * nothing on aws-study (2.7 MB, 2,147 nodes: 16.5–16.8 s without, 16.3–17.2 s with, and a peak
 * 60–80 MB higher) or on the generated 100× corpus (2.3 MB: its parse 1.6 s without, 1.9–2.0 s
 * with), but on the generated 1000× corpus (23.5 MB, 76,878 nodes) they saved 26 s (169 s without,
 * 143 s with, the same peak). BUILD_WORKERS=1 gives every build the smaller sizes, 0 no workers.
 */
function workerMinimums(): WorkerMinimums | undefined {
  const set = process.env.BUILD_WORKERS;
  if (set === "0") return undefined;
  if (set === "1" || availableParallelism() > 2) return { parseFiles: 40, parseBytes: 400_000, searchNodes: 1500 };
  return { parseFiles: Infinity, parseBytes: 10_000_000, searchNodes: 20_000 };
}

/** Runs a task on a worker thread (scripts/build-graph-worker.ts, bundled beside this script). */
function inWorker<T>(data: WorkerTask): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL("./build-graph-worker.mjs", import.meta.url), { workerData: data });
    worker.once("message", (m: T) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`worker stopped with code ${code}`));
    });
  });
}

/**
 * Where a worker pays (workerMinimums): the files the cache does not hold, parsed half here and
 * half on a worker thread, and put in the cache. Nothing when there is not enough to parse (the
 * pipeline then parses what the cache lacks): a watcher's rebuild does not even hash the files.
 */
async function parseOnBothCores(files: NoteFile[], cache: ParseCacheFile, vocabulary: Vocabulary, least: WorkerMinimums | undefined): Promise<Map<string, CachedParse>> {
  const out = new Map<string, CachedParse>();
  const enough = (fs: NoteFile[]) => !!least && (fs.length >= least.parseFiles || fs.reduce((n, f) => n + f.bytes.length, 0) >= least.parseBytes);
  if (!enough(files)) return out;
  const salt = parseSalt(vocabulary);
  const keys = new Map(files.map((f) => [f.file, parseKey(salt, f.file, f.bytes)] as const));
  const misses = files.filter((f) => !cache.has(keys.get(f.file)!));
  if (!enough(misses)) return out;
  // Halves of about equal size, in the order of the files.
  const bytes = misses.reduce((n, f) => n + f.bytes.length, 0);
  let acc = 0;
  const cut = Math.max(1, misses.findIndex((f) => (acc += f.bytes.length) >= bytes / 2));
  const there = inWorker<[string, CachedParse][]>({ task: "parse", files: misses.slice(cut), vocabulary });
  const lex = compileLexicon(vocabulary);
  for (const f of misses.slice(0, cut)) out.set(keys.get(f.file)!, parseSafely(lex, f));
  for (const [k, v] of await there) out.set(k, v);
  for (const [k, v] of out) cache.set(k, v);
  return out;
}

runCli("build:graph", async () => {
  let values;
  try {
    ({ values } = parseArgs({ options: { watch: { type: "boolean" }, "fresh-layout": { type: "boolean" } } }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: npm run build:graph [-- --watch] [-- --fresh-layout]`);
  }
  const notesDir = process.env.NOTES_DIR || "./notes";
  if (!values.watch) return buildOnce(notesDir, values["fresh-layout"] ?? false);
  const watching: WatchState = {};
  try {
    await buildOnce(notesDir, false, watching);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`build:graph: ${e.message}\n`);
  }
  return watchAndRebuild(notesDir, watching);
});
