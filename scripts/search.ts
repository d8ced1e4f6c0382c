// npm run --silent search -- [--json] [--limit N] "<query>"   |   … --json --stdin (one query a line)

import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { readVocabulary } from "../lib/io/read-vocabulary";
import { GraphSearch, type SearchPayload, type SearchResponse } from "../lib/search/graph-search";
import { currentBuild, loadArtifact, loadGraph } from "../lib/store/graph-store";
import { openStore } from "../lib/store/open-store";
import { runCli, UsageError } from "./cli/run-cli";

function readable(r: SearchResponse): string {
  if (!r.results.length) return `No results for "${r.query}".`;
  const head = r.comparison ? `Compare ${r.comparison[0]} and ${r.comparison[1]}:\n` : "";
  return (
    head +
    r.results
      .map((x, i) => `${String(i + 1).padStart(2)}. ${x.label}${x.labelJa ? ` (${x.labelJa})` : ""}  [${x.kind}, /concept/${x.id}, score ${x.score}]\n    ${x.snippet}`)
      .join("\n")
  );
}

runCli("search", async () => {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { json: { type: "boolean" }, stdin: { type: "boolean" }, limit: { type: "string" } } });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: npm run --silent search -- [--json] [--limit N] "<query>" | --stdin`);
  }
  const { values, positionals } = args;
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit must be a whole number from 1 to 100, not "${values.limit}"`);
  if (!values.stdin && positionals.length === 0) throw new UsageError('give a query: npm run --silent search -- "ALIAS record" (or --stdin for one query per line)');

  const store = await openStore(process.env.DATABASE_URL);
  let search: GraphSearch;
  try {
    const build = await currentBuild(store.db).catch(() => null);
    if (!build) throw new UsageError("no graph has been built yet: run npm run build:graph first");
    // The index the build prepared; a graph built without one gets it made from the graph.
    const stored = await loadArtifact(store.db, build.id, "search");
    search = stored ? new GraphSearch(JSON.parse(stored) as SearchPayload) : GraphSearch.fromGraph((await loadGraph(store.db, build.id)), readVocabulary().glossary);
  } finally {
    await store.close();
  }
  const answer = (q: string) => {
    const r = search.search(q, { limit });
    process.stdout.write(values.json ? `${JSON.stringify(r)}\n` : `${readable(r)}\n`);
  };
  if (values.stdin) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (values.json) answer(line);
      else if (line.trim()) answer(line);
    }
  } else answer(positionals.join(" "));
});
