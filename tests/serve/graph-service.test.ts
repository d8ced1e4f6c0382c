// The server picks up a rebuild: told by the store's files as soon as a build commits, it reads
// only the rows that changed since the build it serves, and serves exactly the graph a full read
// gives — through the watcher's rebuilds, and after a new process rebuilt everything.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../lib/graph/types";
import type { BuildSummary } from "../../lib/pipeline/run-pipeline";
import { loadGraph, saveGraph, type StoredRows } from "../../lib/store/graph-store";
import { openStore, type Store } from "../../lib/store/open-store";
import { seedGraph } from "../helpers/seed";

const summary = (g: KnowledgeGraph): BuildSummary => ({ files: 1, filesSkipped: 0, nodes: g.nodes.length, edges: g.edges.length, nodesByKind: {}, edgesByKind: {}, warnings: [], timingsMs: {} });

describe("the graph the server serves after a rebuild", () => {
  let store: Store;
  let service: typeof import("../../lib/serve/graph-service");
  const g = seedGraph();
  beforeAll(async () => {
    process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), "kg-serve-")), "graph.db")}`;
    store = await openStore(process.env.DATABASE_URL, { migrate: true });
    service = await import("../../lib/serve/graph-service");
  });
  afterAll(async () => {
    await store.close();
  });

  /** Resolves when the store tells the server of a change, or after `ms`; says which. */
  const told = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => (stop(), resolve(false)), ms);
      const stop = service.onStoreChange(() => (clearTimeout(timer), stop(), resolve(true)));
    });

  it("is the later build's whole graph, read from the changed rows", async () => {
    let rows: StoredRows | undefined;
    const save = async (graph: KnowledgeGraph, watching: boolean) => {
      const saved = await saveGraph(store.db, graph, { notesDir: "/notes", summary: summary(graph), provider: "sqlite", keepRows: watching, ...(watching && rows ? { rowsBefore: rows } : {}) });
      rows = saved.rows;
      return saved.id;
    };
    await save(g, true);
    expect((await service.getGraph())!.build.id).toBeGreaterThan(0);
    const edits: [KnowledgeGraph, boolean][] = [
      // A summary rewritten and an edge gone, through the watcher's memory.
      [{ ...g, nodes: g.nodes.map((n, i) => (i === 2 ? { ...n, summary: "rewritten" } : n)), edges: g.edges.slice(1) }, true],
      // A node gone and a fact added.
      [{ nodes: g.nodes.slice(1), edges: g.edges.filter((e) => e.source !== g.nodes[0]!.id && e.target !== g.nodes[0]!.id), facts: [...g.facts, { id: 99_999, file: "aws-notes.md", line: 900, text: "added", section: [] }] }, true],
      // Everything written again by a new process.
      [g, false],
    ];
    for (const [graph, watching] of edits) {
      const heard = told(5_000);
      const id = await save(graph, watching);
      // The store's files say so at once, well before the next poll.
      expect(await heard).toBe(true);
      const served = (await service.getGraph())!;
      expect(served.build.id).toBe(id);
      expect(served.graph).toEqual(await loadGraph(store.db, id));
      expect(served.graph.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    }
  });
});
