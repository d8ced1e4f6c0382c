// The build's second core: parses notes, or makes the search index, for scripts/build-graph.ts.
// A small bundle of its own (no store, no Next.js), so that it starts fast.

import { parentPort, workerData } from "node:worker_threads";
import type { NoteFile } from "../lib/parse/types";
import { parseKey, parseSalt, type CachedParse } from "../lib/pipeline/parse-cache";
import { parseSafely } from "../lib/pipeline/run-pipeline";
import { SearchIndexer, withBuiltIndex, type SearchPayload } from "../lib/search/graph-search";
import { contentParts } from "../lib/store/content-parts";
import { compileLexicon } from "../lib/vocab/lexicon";
import type { Vocabulary } from "../lib/vocab/types";

export type WorkerTask = { task: "parse"; files: NoteFile[]; vocabulary: Vocabulary } | { task: "search"; payload: SearchPayload } | { task: "search-server" };

/** For the watcher's worker that stays: one search payload in, its index as JSON out, by id. */
export interface SearchRequest {
  id: number;
  payload: SearchPayload;
}

/**
 * …as the parts it is stored in (worked out here, off the thread that writes the rows), with its
 * texts' places (SearchIndexer.places), stored beside it for a later process.
 */
export interface SearchAnswer {
  id: number;
  parts: string[];
  places: number[] | undefined;
}

const data = workerData as WorkerTask;
if (data.task === "search-server") {
  // It indexes build after build: the texts an edit left alone stay indexed.
  const indexer = new SearchIndexer();
  parentPort!.on("message", ({ id, payload }: SearchRequest) => {
    const parts = contentParts(JSON.stringify(indexer.index(payload)));
    parentPort!.postMessage({ id, parts, places: indexer.places() } satisfies SearchAnswer);
  });
} else if (data.task === "parse") {
  const lex = compileLexicon(data.vocabulary);
  const salt = parseSalt(data.vocabulary);
  parentPort!.postMessage(data.files.map((f) => [parseKey(salt, f.file, f.bytes), parseSafely(lex, f)] as [string, CachedParse]));
} else {
  parentPort!.postMessage(JSON.stringify(withBuiltIndex(data.payload)));
}
