// The watcher's second core: makes each rebuild's search index while scripts/build-graph.ts writes
// the graph's rows. A small bundle of its own (no store, no Next.js), so that it starts fast.

import { parentPort } from "node:worker_threads";
import { SearchIndexer, type SearchPayload } from "../lib/search/graph-search";

/** One search payload in, its index as JSON out, by id. */
export interface SearchRequest {
  id: number;
  payload: SearchPayload;
}

// It indexes build after build: the texts an edit left alone stay indexed.
const indexer = new SearchIndexer();
parentPort!.on("message", ({ id, payload }: SearchRequest) => parentPort!.postMessage({ id, json: JSON.stringify(indexer.index(payload)) }));
