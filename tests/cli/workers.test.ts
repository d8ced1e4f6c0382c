// A build that hands the parse and the search index to worker threads (machines with cores to
// spare, or BUILD_WORKERS=1) stores what a build on one thread stores, byte for byte.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../lib/bench/generate-corpus";
import { currentBuild, loadArtifact } from "../../lib/store/graph-store";
import { openStore } from "../../lib/store/open-store";
import { lexicon, ROOT, SEED_TXT } from "../helpers/seed";

const work = mkdtempSync(path.join(tmpdir(), "kg-workers-"));
const notes = path.join(work, "notes");

function run(script: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), script], { cwd: ROOT, env: { ...process.env, CI: "1", NOTES_DIR: notes, ...env }, encoding: "utf8", timeout: 240_000, maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function stored(url: string) {
  const store = await openStore(url);
  try {
    const build = (await currentBuild(store.db))!;
    return { search: await loadArtifact(store.db, build.id, "search") };
  } finally {
    await store.close();
  }
}

describe("a build on worker threads", () => {
  it("stores the graph and search index a build on one thread stores", async () => {
    // Enough notes for both workers: 40 files to parse, a graph of more than 1,500 nodes to index.
    mkdirSync(notes, { recursive: true });
    for (const f of generateCorpus(lexicon(), readFileSync(SEED_TXT, "utf8"), 40)) writeFileSync(path.join(notes, f.file), f.bytes);
    const builds = Object.fromEntries(
      (["1", "0"] as const).map((workers) => {
        const url = `file:${path.join(work, `workers-${workers}.db`)}`;
        const summary = run("build-graph", { DATABASE_URL: url, BUILD_WORKERS: workers });
        return [workers, { url, summary, graph: run("export", { DATABASE_URL: url }) }];
      }),
    );
    const [onWorkers, onOne] = [builds["1"]!, builds["0"]!];
    // Each took its own way: the index beside the store, or before it.
    expect(onWorkers.summary).toMatch(/search index \(alongside store\) \d+ ms/);
    expect(onOne.summary).toMatch(/search index \d+ ms/);
    // The same nodes and edges, in the same order (the build's own id and time apart).
    const graphOf = (json: string) => {
      const { nodes, edges } = JSON.parse(json) as { nodes: unknown[]; edges: unknown[] };
      return JSON.stringify({ nodes, edges });
    };
    expect(JSON.parse(onOne.graph).nodes.length).toBeGreaterThan(1500);
    expect(graphOf(onWorkers.graph)).toBe(graphOf(onOne.graph));
    const [a, b] = [await stored(onWorkers.url), await stored(onOne.url)];
    expect(a.search).not.toBeNull();
    expect(a.search).toBe(b.search);
  }, 600_000);
});
