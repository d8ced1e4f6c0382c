// npm run build:graph [-- --watch] — reads NOTES_DIR (default ./notes) into DATABASE_URL
// (default data/graph.db); with --watch, builds again whenever a note or the vocabulary changes.

import { createHash } from "node:crypto";
import { readFileSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ParseCacheFile } from "../lib/io/parse-cache-file";
import { readNotesFolder } from "../lib/io/read-notes";
import { readVocabulary, DEFAULT_VOCAB_DIR } from "../lib/io/read-vocabulary";
import { formatSummary, formatWarning } from "../lib/pipeline/format-summary";
import { runPipeline } from "../lib/pipeline/run-pipeline";
import { saveGraph } from "../lib/store/graph-store";
import { openStore } from "../lib/store/open-store";
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

async function buildOnce(notesDir: string): Promise<void> {
  const t0 = performance.now();
  const vocabulary = readVocabulary();
  const { files, warnings: readWarnings } = readNotesFolder(notesDir);
  const readMs = Math.round(performance.now() - t0);
  if (files.length === 0) {
    for (const w of readWarnings) process.stderr.write(`  ${formatWarning(w)}\n`);
    throw new UsageError(`no notes (.md, .markdown or .txt files) in ${notesDir}`);
  }
  const progress = createProgress();
  const cache = new ParseCacheFile(notesDir, CODE_VERSION);
  const { graph, summary, search, sources } = runPipeline({ files, vocabulary, cache, onFileParsed: (done, total, file) => progress.update(done, total, file) });
  progress.done();
  cache.save();
  // Say how much the cache saved, where the parse time is reported.
  if (cache.hits) summary.timingsMs = Object.fromEntries(Object.entries(summary.timingsMs).map(([k, v]) => [k === "parse" ? `parse (${cache.hits} of ${files.length} files unchanged)` : k, v]));
  summary.timingsMs = { read: readMs, ...summary.timingsMs };
  summary.warnings.unshift(...readWarnings);
  summary.filesSkipped += readWarnings.length;
  if (summary.files === 0) {
    for (const w of summary.warnings) process.stderr.write(`  ${formatWarning(w)}\n`);
    throw new UsageError(`none of the ${files.length} files in ${notesDir} could be read as notes; the stored graph is unchanged`);
  }
  const t1 = performance.now();
  const store = await openStore(process.env.DATABASE_URL, { migrate: true });
  try {
    await saveGraph(store.db, graph, { notesDir: path.resolve(notesDir), summary, provider: store.config.provider, artifacts: { notes: JSON.stringify(sources), ...(search ? { search: JSON.stringify(search) } : {}) } });
    summary.timingsMs.store = Math.round(performance.now() - t1);
  } finally {
    await store.close();
  }
  const target = store.config.provider === "sqlite" ? path.relative(process.cwd(), store.config.file) || store.config.file : "PostgreSQL";
  process.stdout.write(`${formatSummary(summary, (performance.now() - t0) / 1000, target)}\n`);
  // For npm run bench: what this build cost, measured from inside.
  if (process.env.BUILD_STATS_FILE) {
    writeFileSync(process.env.BUILD_STATS_FILE, JSON.stringify({ summary: { ...summary, warnings: summary.warnings.length }, seconds: (performance.now() - t0) / 1000, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  }
}

/** Rebuilds after changes settle; a failed rebuild reports and keeps the last good graph. */
function watchAndRebuild(notesDir: string): Promise<never> {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    process.stdout.write(`\n[${new Date().toLocaleTimeString()}] notes changed, rebuilding…\n`);
    try {
      await buildOnce(notesDir);
    } catch (e) {
      process.stderr.write(`build:graph: ${(e as Error).message}\n`);
    }
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 300);
  };
  for (const dir of [notesDir, process.env.VOCAB_DIR || DEFAULT_VOCAB_DIR]) watch(dir, { recursive: true }, schedule).on("error", (e) => process.stderr.write(`build:graph: cannot watch ${dir}: ${e.message}\n`));
  process.stdout.write(`watching ${notesDir} for changes (Ctrl+C to stop)\n`);
  return new Promise<never>(() => {});
}

runCli("build:graph", async () => {
  let values;
  try {
    ({ values } = parseArgs({ options: { watch: { type: "boolean" } } }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: npm run build:graph [-- --watch]`);
  }
  const notesDir = process.env.NOTES_DIR || "./notes";
  if (!values.watch) return buildOnce(notesDir);
  try {
    await buildOnce(notesDir);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`build:graph: ${e.message}\n`);
  }
  return watchAndRebuild(notesDir);
});
