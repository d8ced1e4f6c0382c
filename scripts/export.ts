// npm run --silent export — the stored graph as JSON on stdout.

import { loadCurrentGraph } from "../lib/store/graph-store";
import { openStore } from "../lib/store/open-store";
import { runCli, UsageError } from "./cli/run-cli";

runCli("export", async () => {
  const store = await openStore(process.env.DATABASE_URL);
  try {
    const current = await loadCurrentGraph(store.db).catch(() => null);
    if (!current) throw new UsageError("no graph has been built yet: run npm run build:graph first");
    const { graph, build } = current;
    const factById = new Map(graph.facts.map((f) => [f.id, f]));
    // Facts and mentions in one shape: the line as written, its file and line number.
    const lines = (ids: number[]) => ids.map((id) => factById.get(id)).filter((f) => f !== undefined).map((f) => ({ text: f.text, file: f.file, line: f.line }));
    const out = {
      build: { id: build.id, finishedAt: build.finishedAt, notesDir: build.notesDir },
      nodes: graph.nodes.map((n) => ({ ...n, facts: lines(n.facts), mentionedIn: lines(n.mentionedIn) })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind, evidence: e.evidence.text, file: e.evidence.file, line: e.evidence.line, more: e.more })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    await store.close();
  }
});
