// The graph as the app serves it: loaded from the store once, kept in memory with its indexes
// and search, and replaced when a newer build appears (checked at most once a second), so a
// running app shows a rebuilt graph without a restart.

import { cache } from "react";
import { readVocabulary } from "../io/read-vocabulary";
import type { Aspect } from "../vocab/types";
import { GraphSearch, searchPayloadFromGraph, type SearchPayload } from "../search/graph-search";
import { applyGraphChanges, currentBuild, loadArtifact, loadGraph, loadGraphChanges, loadNoteSource, slugRedirect, type StoredBuild } from "../store/graph-store";
import type { KnowledgeGraph } from "../graph/types";
import { openStore, type GraphDb, type Store } from "../store/open-store";
import { onStoreFilesChange } from "./store-changes";
import { graphLite, indexGraph, OVERVIEW_THRESHOLD, overviewLite, type GraphIndex, type GraphLite } from "./concept-view";

export interface ServedGraph extends GraphIndex {
  build: StoredBuild;
  /** The search index as JSON, exactly as served to browsers. */
  searchJson: string;
  /** Aspects for comparisons (vocabulary data). */
  aspects: Aspect[];
  search: GraphSearch;
  searchPayload: SearchPayload;
  lite: GraphLite;
  /** What a page draws first: the whole graph, or its overview when large. */
  firstDraw: GraphLite;
}

interface State {
  store?: Promise<Store>;
  served?: ServedGraph;
  loading?: Promise<ServedGraph | null>;
  checkedAt: number;
  /** Why the store could not be read at the last check (cleared when it can again). */
  storeError?: string;
  /** Told when the store's files change (a build may have finished): open pages' event streams. */
  listeners: Set<() => void>;
  /** Whether the store's files are watched (a SQLite store). */
  watching?: boolean;
}

// One per server process, and one across hot reloads in development.
const globalState = globalThis as unknown as { __graphService?: State };
const state: State = (globalState.__graphService ??= { checkedAt: 0, listeners: new Set() });

/**
 * How long the build being served is trusted before the store is asked again (one small query): a
 * saved note should reach open pages at once, and the question costs about a millisecond.
 */
const RECHECK_MS = 200;

function store(): Promise<Store> {
  state.store ??= openStore(process.env.DATABASE_URL).then((opened) => (watchStore(opened), opened));
  return state.store;
}

/**
 * A SQLite store's files change when a build commits: the served build is checked at once
 * instead of at the next poll (up to RECHECK_MS plus an event stream's interval later).
 * PostgreSQL stores are polled only.
 */
function watchStore(opened: Store): void {
  if (state.watching) return;
  state.watching = onStoreFilesChange(
    opened,
    () => {
      state.checkedAt = 0;
      for (const listener of state.listeners) listener();
    },
    () => (state.watching = false),
  );
}

/** Calls `listener` when a newer build may be in the store; gives the function that stops it. */
export function onStoreChange(listener: () => void): () => void {
  state.listeners.add(listener);
  void store().catch(() => undefined);
  return () => state.listeners.delete(listener);
}

/** Past this many nodes pages open on the overview (OVERVIEW_THRESHOLD in the environment, for trying it on small notes). */
function overviewThreshold(): number {
  const n = Number(process.env.OVERVIEW_THRESHOLD);
  return Number.isInteger(n) && n > 0 ? n : OVERVIEW_THRESHOLD;
}

/**
 * The newest build, loaded if it is new. When the store cannot be reached (a database restarting),
 * the graph already loaded goes on being served: it is still a whole, consistent build.
 */
async function load(): Promise<ServedGraph | null> {
  try {
    const served = await loadNewest();
    if (state.storeError) process.stderr.write("graph store: reachable again\n");
    state.storeError = undefined;
    return served;
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n").find((l) => l.trim()) ?? e.name : String(e);
    if (!state.storeError) process.stderr.write(`graph store: cannot be read (${reason.slice(0, 200)})${state.served ? `; serving the build loaded before (${state.served.build.id})` : ""}\n`);
    state.storeError = reason.slice(0, 200);
    // A store that failed to open is opened again at the next check.
    state.store = undefined;
    return state.served ?? null;
  }
}

/** Why there is no graph to serve: nothing built yet, or the store cannot be read. */
export function unavailableReason(): string {
  return state.storeError ? "the graph store cannot be reached right now; try again shortly" : "no graph has been built yet: run npm run build:graph";
}

async function loadNewest(): Promise<ServedGraph | null> {
  const { db } = await store();
  const build = await currentBuild(db);
  if (!build) return null;
  if (state.served && state.served.build.id === build.id) return state.served;
  const [graph, stored] = await Promise.all([graphOf(db, build.id), loadArtifact(db, build.id, "search")]);
  const index = indexGraph(graph);
  const vocabulary = readVocabulary();
  // The build prepared the search index; a graph built without one gets it made here.
  const built: SearchPayload | undefined = stored ? undefined : searchPayloadFromGraph(graph, vocabulary.glossary);
  // The server's own search index is made when first asked for: a new build reaches open pages
  // (which search in the browser) without waiting for it.
  let payload = built;
  let search: GraphSearch | undefined;
  const served: ServedGraph = {
    ...index,
    build,
    aspects: vocabulary.aspects,
    get searchPayload() {
      return (payload ??= JSON.parse(stored!) as SearchPayload);
    },
    searchJson: stored ?? JSON.stringify(built),
    get search() {
      return (search ??= new GraphSearch(this.searchPayload));
    },
    lite: graphLite(index, build.id),
    firstDraw: graph.nodes.length > overviewThreshold() ? overviewLite(index, build.id) : graphLite(index, build.id),
  };
  state.served = served;
  return served;
}

/**
 * Build `buildId`'s graph: from the one served and the rows changed since, when it is served (a
 * rebuild after a save changes a few dozen of aws-study's 26,000 rows), else read whole.
 */
async function graphOf(db: GraphDb, buildId: number): Promise<KnowledgeGraph> {
  const served = state.served;
  if (served && served.build.id < buildId) {
    const changes = await loadGraphChanges(db, served.build.id, buildId);
    if (changes) return applyGraphChanges(served.graph, changes);
  }
  return loadGraph(db, buildId);
}

/**
 * The graph to serve — one graph for a whole page: its layout, its panel and its metadata render
 * side by side, and each asks; React's per-request cache gives them the same build, so no page
 * shows one build's counts beside another's facts (nor is kept as the wrong build's page).
 */
export const getGraph = cache(currentGraph);

async function currentGraph(): Promise<ServedGraph | null> {
  const now = Date.now();
  if (state.served && now - state.checkedAt < RECHECK_MS) return state.served;
  state.checkedAt = now;
  state.loading ??= load().finally(() => {
    state.loading = undefined;
  });
  return state.loading;
}

/**
 * A note as the current build read it, for the note view; null when the build has no such file.
 * (Read from the store at each view, one note at a time: nothing kept grows with the file names
 * asked for.)
 */
export async function noteSource(file: string): Promise<{ text: string; served: ServedGraph } | null> {
  const served = await getGraph();
  if (!served) return null;
  const text = await loadNoteSource((await store()).db, served.build.id, file);
  return text === null ? null : { text, served };
}

/** Where an old slug now leads, if a rebuild renamed it. */
export async function findRedirect(slug: string): Promise<string | null> {
  const { db } = await store();
  return slugRedirect(db, slug).catch(() => null);
}
