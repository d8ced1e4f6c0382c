// Writing and reading whole graphs. A build is written in one transaction and only marked
// "ready" at its end, so a failed build leaves the last good graph in place and a reader never
// sees half a graph. The previous ready build is kept for readers that started before the switch.
// Builds share the rows they hold alike (prisma/schema.prisma): a row belongs to the builds from
// the one that wrote it (`buildId`) until the one that no longer holds it (`untilBuildId`), so a
// rebuild writes only the rows that changed and ends the ones gone.

import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzipSync, gzip, gzipSync } from "node:zlib";
import type { BuildSummary } from "../pipeline/run-pipeline";
import type { Evidence, GraphEdge, GraphNode, KnowledgeGraph, NodeKind, EdgeKind } from "../graph/types";
import { nameKey } from "../text/normalize";
import { endRows, insertRows, writeInPieces, type ColumnType, type Provider, type RawExecutor } from "./bulk-insert";
import { contentParts } from "./content-parts";
import { providerOf, type GraphDb } from "./open-store";

export interface StoredBuild {
  id: number;
  startedAt: Date;
  finishedAt: Date | null;
  notesDir: string;
  summary: BuildSummary;
}

const TRANSACTION = { timeout: 15 * 60_000, maxWait: 60_000 };
/** Values per `IN (…)` list: well under the smallest bound-parameter limit (SQLite's 999 in old builds). */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Old slugs that the new graph names differently: each old id → the new node carrying its name. */
export function redirectsFor(previous: readonly NodeNames[], next: GraphNode[]): [string, string][] {
  const ids = new Set(next.map((n) => n.id));
  const byName = new Map<string, string>();
  for (const n of next) for (const name of [n.label, ...(n.labelJa ? [n.labelJa] : []), ...n.aliases]) if (!byName.has(nameKey(name))) byName.set(nameKey(name), n.id);
  const out: [string, string][] = [];
  for (const old of previous) {
    if (ids.has(old.id)) continue;
    const to = [old.label, ...old.aliases].map((x) => byName.get(nameKey(x))).find(Boolean);
    if (to) out.push([old.id, to]);
  }
  return out;
}

type Columns = [name: string, type: ColumnType][];
type RowId = string | number;

const NODE_COLUMNS: Columns = [["buildId", "int"], ["id", "text"], ["label", "text"], ["labelJa", "text"], ["kind", "text"], ["summary", "text"], ["aliases", "text"], ["factIds", "text"], ["factSentences", "text"], ["mentionIds", "text"], ["tags", "text"], ["parent", "text"], ["x", "float"], ["y", "float"]];
const EDGE_COLUMNS: Columns = [["buildId", "int"], ["id", "int"], ["source", "text"], ["target", "text"], ["kind", "text"], ["evidence", "text"], ["file", "text"], ["line", "int"], ["more", "text"]];
const FACT_COLUMNS: Columns = [["buildId", "int"], ["id", "int"], ["file", "text"], ["line", "int"], ["text", "text"], ["section", "text"]];

const nodeRow = (b: number, n: GraphNode): unknown[] => [b, n.id, n.label, n.labelJa ?? null, n.kind, n.summary, JSON.stringify(n.aliases), JSON.stringify(n.facts), JSON.stringify(n.factSentences ?? {}), JSON.stringify(n.mentionedIn), JSON.stringify(n.tags ?? []), n.parent ?? null, n.x ?? null, n.y ?? null];
const edgeRow = (b: number, e: GraphEdge): unknown[] => [b, e.id, e.source, e.target, e.kind, e.evidence.text, e.evidence.file, e.evidence.line, JSON.stringify(e.more)];
const factRow = (b: number, f: KnowledgeGraph["facts"][number]): unknown[] => [b, f.id, f.file, f.line, f.text, JSON.stringify(f.section)];

/**
 * The rows a build holds, by id: the next build (the watcher's, after one note changed) keeps the
 * rows it holds alike and writes only the rest.
 */
export interface StoredRows {
  buildId: number;
  /** Per table: each row's id → the build that wrote the row, and its values. */
  tables: Record<"GraphNode" | "GraphEdge" | "NoteFact", Map<RowId, HeldRow>>;
  /** The notes' texts it stored, by file. */
  sources: Map<string, string>;
  /** Its nodes' names, for the next build's redirects. */
  names: NodeNames[];
}

interface HeldRow {
  writtenBy: number;
  row: unknown[];
}

type NodeNames = { id: string; label: string; aliases: string[] };

/**
 * Each note's text as the build read it (for the note view) is an artifact of its own, named by
 * its file: a rebuild copies the unchanged ones inside the database, and a note view reads one
 * note. (All of them as one JSON artifact had cost the watcher's rebuild of aws-study 120–230 ms
 * to encode and write 3.5 MB again after each save.)
 */
const NOTE_ARTIFACT = "note:";
const ARTIFACT_COLUMNS: Columns = [["buildId", "int"], ["name", "text"], ["body", "text"]];

function copyArtifactsSql(provider: Provider): string {
  return provider === "sqlite"
    ? `INSERT INTO "BuildArtifact" ("buildId", "name", "body") SELECT ?, a."name", a."body" FROM json_each(CAST(? AS TEXT)) AS m CROSS JOIN "BuildArtifact" AS a ON a."buildId" = ? AND a."name" = m.value`
    : `INSERT INTO "BuildArtifact" ("buildId", "name", "body") SELECT $1, a."name", a."body" FROM json_array_elements_text(convert_from($2, 'UTF8')::json) AS m(name) JOIN "BuildArtifact" AS a ON a."buildId" = $3 AND a."name" = m.name`;
}

/** Stores the notes' texts of `build`: those the build `shared` stored alike are copied from it. Gives how many were. */
async function writeSources(tx: RawExecutor, provider: Provider, build: number, sources: ReadonlyMap<string, string>, shared: { buildId: number; sources: Map<string, string> } | undefined): Promise<number> {
  const copied: string[] = [];
  const sent: [string, string][] = [];
  for (const [file, text] of sources) {
    if (shared?.sources.get(file) === text) copied.push(NOTE_ARTIFACT + file);
    else sent.push([file, text]);
  }
  for (const part of chunks(copied)) await tx.$executeRawUnsafe(copyArtifactsSql(provider), build, new Uint8Array(Buffer.from(JSON.stringify(part))), shared!.buildId);
  await insertRows(tx, provider, "BuildArtifact", ARTIFACT_COLUMNS, sent, ([file, text]) => [build, NOTE_ARTIFACT + file, text]);
  return copied.length;
}

/** A note's text as build `buildId` read it; null when it read no such file. */
export async function loadNoteSource(db: GraphDb, buildId: number, file: string): Promise<string | null> {
  // (Stored as read, never encoded: a note that begins like an encoded artifact is still the note.)
  const own = await storedBody(db, buildId, NOTE_ARTIFACT + file);
  if (own !== null) return own;
  // A build stored before notes were kept one by one has them all in one artifact.
  const all = await loadArtifact(db, buildId, "notes");
  const texts = all === null ? {} : (JSON.parse(all) as Record<string, string>);
  return Object.hasOwn(texts, file) ? texts[file]! : null;
}

/**
 * Do two rows hold the same, their builds apart? (Value by value: making each row one string to
 * look up took aws-study's rebuild 130 ms.)
 */
export function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Writes one table's rows of `build`. The rows the build before (`before`, the watcher's memory
 * of it) held alike stay as they are, shared; the rest are inserted; the build before's rows this
 * one does not hold end here. Without that memory every row is inserted and every row held until
 * now ends. Gives what the build holds, when asked to keep it.
 */
async function writeRows<T>(
  tx: RawExecutor,
  provider: Provider,
  table: keyof StoredRows["tables"],
  columns: Columns,
  items: readonly T[],
  build: number,
  toRow: (item: T) => unknown[],
  before: Map<RowId, HeldRow> | undefined,
  keep: boolean,
): Promise<{ held?: Map<RowId, HeldRow>; shared: number }> {
  const held = new Map<RowId, HeldRow>();
  const sent: unknown[][] = [];
  let shared = 0;
  for (const item of items) {
    const row = toRow(item);
    const id = row[1] as RowId;
    const stays = before?.get(id);
    if (stays && sameRow(stays.row, row)) {
      held.set(id, stays);
      shared++;
    } else {
      sent.push(row);
      if (keep) held.set(id, { writtenBy: build, row });
    }
  }
  if (before) {
    const ended: [number, RowId][] = [];
    for (const [id, was] of before) if (held.get(id) !== was) ended.push([was.writtenBy, id]);
    await endRows(tx, provider, table, columns[1]![1], build, ended);
  } else {
    const [sql, args] = provider === "sqlite" ? [`UPDATE "${table}" SET "untilBuildId" = ? WHERE "untilBuildId" IS NULL AND "buildId" < ?`, [build, build]] : [`UPDATE "${table}" SET "untilBuildId" = $1 WHERE "untilBuildId" IS NULL AND "buildId" < $1`, [build]];
    await tx.$executeRawUnsafe(sql, ...args);
  }
  await insertRows(tx, provider, table, columns, sent, (row) => row);
  return { ...(keep ? { held } : {}), shared };
}

export async function saveGraph(
  db: GraphDb,
  graph: KnowledgeGraph,
  meta: {
    notesDir: string;
    summary: BuildSummary;
    provider?: Provider;
    /**
     * Artifacts may still be in the making (the search index, built on the other core while the
     * rows are written); a long one may come split already (`contentParts` of its text).
     */
    artifacts?: Record<string, ArtifactBody | Promise<ArtifactBody>>;
    /** The notes' texts as read, by file (for the note view). */
    sources?: Record<string, string>;
    /** What the build before wrote (kept by the watcher): the rows this build shares with it are copied, not sent. */
    rowsBefore?: StoredRows;
    /** Give back what this build wrote, for the next build's `rowsBefore`. */
    keepRows?: boolean;
    /**
     * Leave the older builds for the caller to drop (`dropOlderBuilds`) once it has said the graph
     * is served: the new build is served from its commit, and dropping aws-study's build before
     * last took the watcher's rebuild another 0.1 s on the way to the reader.
     */
    dropOlderLater?: boolean;
  },
): Promise<StoredBuild & { rows?: StoredRows; rowsShared: number; sourcesShared: number; partsShared: { shared: number; parts: number }; dropOlderBuilds: () => Promise<void> }> {
  const provider = meta.provider ?? "sqlite";
  // An artifact that fails while the rows are written fails the build where it is awaited, not
  // the process as an unhandled rejection in between.
  // A short one is compressed on libuv's threads as soon as it is there, while the rows are
  // written; a long one is split into parts first, and only the parts the build before lacks are.
  const sources = new Map(Object.entries(meta.sources ?? {}));
  const encoded = Object.entries(meta.artifacts ?? {}).map(([name, body]) => [name, Promise.resolve(body).then<string | { parts: string[] }>((text) => (typeof text !== "string" ? text : text.length >= PARTED_LENGTH ? { parts: contentParts(text) } : encodeArtifact(text)))] as const);
  for (const [, body] of encoded) body.catch(() => undefined);
  const saved = await db.$transaction(async (tx) => {
    // Builds take turns (SQLite's single writer does this by itself).
    if (provider === "postgresql") await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(4211775002)");
    const previous = await tx.graphBuild.findFirst({ where: { status: "ready" }, orderBy: { id: "desc" } });
    const build = await tx.graphBuild.create({ data: { status: "building", notesDir: meta.notesDir, summary: JSON.stringify(meta.summary) } });
    const b = build.id;
    // Rows are copied only from the build they were kept from, and only while it is the one served
    // (another process may have built since).
    const before = meta.rowsBefore && previous && meta.rowsBefore.buildId === previous.id ? meta.rowsBefore : undefined;
    const keep = meta.keepRows ?? false;
    const nodes = await writeRows(tx, provider, "GraphNode", NODE_COLUMNS, graph.nodes, b, (n) => nodeRow(b, n), before?.tables.GraphNode, keep);
    const edges = await writeRows(tx, provider, "GraphEdge", EDGE_COLUMNS, graph.edges, b, (e) => edgeRow(b, e), before?.tables.GraphEdge, keep);
    const facts = await writeRows(tx, provider, "NoteFact", FACT_COLUMNS, graph.facts, b, (f) => factRow(b, f), before?.tables.NoteFact, keep);
    const sourcesShared = await writeSources(tx, provider, b, sources, before);
    // Links to slugs the previous graph had keep working.
    if (previous) {
      // (The names the build before kept, when it is the one being replaced: reading its 2,300 nodes back took aws-study's rebuild 30–50 ms.)
      const old = before?.names ?? parseRows<[string, string, string[]]>(await rowsQuery(tx, provider, "GraphNode", [["id"], ["label"], ["aliases", "json"]], { held: previous.id })).map(([id, label, aliases]) => ({ id, label, aliases }));
      const redirects = redirectsFor(old, graph.nodes);
      for (const [from, to] of redirects) await tx.slugRedirect.upsert({ where: { from }, create: { from, to }, update: { to } });
      // A slug that exists again is no longer a redirect. (The redirects are few: those are looked
      // up, not every node's id.)
      const ids = new Set(graph.nodes.map((n) => n.id));
      const back = (await tx.slugRedirect.findMany({ select: { from: true } })).map((r) => r.from).filter((from) => ids.has(from));
      for (const part of chunks(back)) await tx.slugRedirect.deleteMany({ where: { from: { in: part } } });
    }
    // Artifacts last: the search index may still be in the making on the other core, and all the
    // rest above need not wait for it.
    const partsShared = { shared: 0, parts: 0 };
    for (const [name, body] of encoded) {
      const stored = await body;
      if (typeof stored === "string") await insertArtifact(tx, provider, b, name, stored);
      else {
        partsShared.shared += await writeArtifactParts(tx, provider, b, previous?.id, name, stored.parts);
        partsShared.parts += stored.parts.length;
      }
    }
    const ready = await tx.graphBuild.update({ where: { id: b }, data: { status: "ready", finishedAt: new Date() } });
    const rows = nodes.held && edges.held && facts.held ? { buildId: b, tables: { GraphNode: nodes.held, GraphEdge: edges.held, NoteFact: facts.held }, sources, names: graph.nodes.map((n) => ({ id: n.id, label: n.label, aliases: n.aliases })) } : undefined;
    const rowsShared = nodes.shared + edges.shared + facts.shared;
    return { id: ready.id, startedAt: ready.startedAt, finishedAt: ready.finishedAt, notesDir: ready.notesDir, summary: meta.summary, previous: previous?.id, rowsShared, sourcesShared, partsShared, ...(rows ? { rows } : {}) };
  }, TRANSACTION);
  // Builds older than the one before are dropped once this one is served, not on the way to it.
  // (Older only: a build another process made meanwhile is newer and stays.)
  const { previous, ...stored } = saved;
  let dropped: Promise<void> | undefined;
  const dropOlderBuilds = () => (dropped ??= dropBuildsBefore(db, provider, previous ?? stored.id));
  if (!meta.dropOlderLater) await dropOlderBuilds();
  return { ...stored, dropOlderBuilds };
}

/** Drops every build older than `oldestKept`, with the rows no build from it on holds. */
async function dropBuildsBefore(db: GraphDb, provider: Provider, oldestKept: number): Promise<void> {
  const param = provider === "sqlite" ? "?" : "$1";
  await db.$transaction(async (tx) => {
    for (const table of ["GraphNode", "GraphEdge", "NoteFact"] as const) await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "untilBuildId" <= ${param}`, oldestKept);
    await tx.$executeRawUnsafe(`DELETE FROM "BuildArtifact" WHERE "buildId" < ${param}`, oldestKept);
    await tx.graphBuild.deleteMany({ where: { id: { lt: oldestKept } } });
  }, TRANSACTION);
}

/**
 * An artifact's body goes as bytes (Prisma passes a long string value in time proportional to its
 * length), in pieces (bulk-insert.ts: the engine's memory keeps the size of the largest value).
 */
async function insertArtifact(tx: RawExecutor, provider: Provider, buildId: number, name: string, body: string): Promise<void> {
  const [insert, append] =
    provider === "sqlite"
      ? [`INSERT INTO "BuildArtifact" ("buildId", "name", "body") VALUES (?, ?, CAST(? AS TEXT))`, `UPDATE "BuildArtifact" SET "body" = "body" || CAST(? AS TEXT) WHERE "buildId" = ? AND "name" = ?`]
      : [`INSERT INTO "BuildArtifact" ("buildId", "name", "body") VALUES ($1, $2, convert_from($3, 'UTF8'))`, `UPDATE "BuildArtifact" SET "body" = "body" || convert_from($1, 'UTF8') WHERE "buildId" = $2 AND "name" = $3`];
  await writeInPieces(
    body,
    (piece) => tx.$executeRawUnsafe(insert, buildId, name, piece),
    (piece) => tx.$executeRawUnsafe(append, piece, buildId, name),
  );
}

// A long artifact is stored as its content-defined parts (content-parts.ts), each a row named by
// its artifact and its digest and compressed on its own, and under its own name the list of its
// parts' digests in order. A part the build before stored too is copied inside the database.
const PARTED_LENGTH = 256 * 1024;

/** An artifact's text, or its content-defined parts (worked out where the text was made: the search worker). */
export type ArtifactBody = string | { parts: string[] };
const PART_ARTIFACT = "part:";
const PARTS_LIST = "parts:";

const partName = (artifact: string, digest: string) => `${PART_ARTIFACT}${artifact}:${digest}`;

/** Gives how many of the parts were copied from the build before. */
async function writeArtifactParts(tx: RawExecutor & Pick<GraphDb, "$queryRawUnsafe">, provider: Provider, build: number, previous: number | undefined, name: string, parts: string[]): Promise<number> {
  const digests = parts.map((part) => createHash("sha256").update(part).digest("base64url").slice(0, 22));
  const prefix = partName(name, "");
  const [buildParam, prefixParam] = provider === "sqlite" ? ["?", "?"] : ["$1", "$2"];
  const held = new Set(
    previous === undefined
      ? []
      : (await tx.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "BuildArtifact" WHERE "buildId" = ${buildParam} AND substr("name", 1, ${prefix.length}) = ${prefixParam}`, previous, prefix)).map((r) => r.name),
  );
  const copied = new Set<string>();
  const sent = new Map<string, string>();
  let shared = 0;
  parts.forEach((part, i) => {
    const partKey = partName(name, digests[i]!);
    if (held.has(partKey)) {
      copied.add(partKey);
      shared++;
    } else if (!sent.has(partKey)) sent.set(partKey, part);
  });
  for (const names of chunks([...copied])) await tx.$executeRawUnsafe(copyArtifactsSql(provider), build, new Uint8Array(Buffer.from(JSON.stringify(names))), previous);
  const encodedParts = [...sent].map(([partKey, part]) => [partKey, encodeArtifactNow(part)] as const);
  await insertRows(tx, provider, "BuildArtifact", ARTIFACT_COLUMNS, encodedParts, ([partKey, body]) => [build, partKey, body]);
  await insertArtifact(tx, provider, build, name, PARTS_LIST + JSON.stringify(digests));
  return shared;
}

/** A store no build has written to yet has no tables: that is "no graph", not a failure. */
function isMissingTable(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err.code === "P2021" || /no such table|does not exist/i.test(err.message ?? "");
}

export async function currentBuild(db: GraphDb): Promise<StoredBuild | null> {
  let b;
  try {
    b = await db.graphBuild.findFirst({ where: { status: "ready" }, orderBy: { id: "desc" } });
  } catch (e) {
    if (isMissingTable(e)) return null;
    throw e;
  }
  return b ? { id: b.id, startedAt: b.startedAt, finishedAt: b.finishedAt, notesDir: b.notesDir, summary: JSON.parse(b.summary) as BuildSummary } : null;
}

/** Which rows a query reads: those build `held` holds, those written since `from` that `to` holds, or those `from` held and `to` does not. */
type RowsWanted = { held: number } | { added: [from: number, to: number] } | { ended: [from: number, to: number] };

/** The condition for `wanted`, with one placeholder per value in the provider's style. */
function rowsWhere(provider: Provider, wanted: RowsWanted): { sql: string; values: number[] } {
  const values: number[] = [];
  const v = (x: number) => (values.push(x), provider === "sqlite" ? "?" : `$${values.length}`);
  let sql: string;
  if ("held" in wanted) sql = `"buildId" <= ${v(wanted.held)} AND ("untilBuildId" IS NULL OR "untilBuildId" > ${v(wanted.held)})`;
  else if ("added" in wanted) {
    const [from, to] = wanted.added;
    sql = `"buildId" > ${v(from)} AND "buildId" <= ${v(to)} AND ("untilBuildId" IS NULL OR "untilBuildId" > ${v(to)})`;
  } else {
    const [from, to] = wanted.ended;
    sql = `"buildId" <= ${v(from)} AND "untilBuildId" > ${v(from)} AND "untilBuildId" <= ${v(to)}`;
  }
  return { sql, values };
}

/**
 * One table's rows as one JSON array of arrays (columns in the order given, JSON columns
 * inlined), ordered by id, so that every instance sends the same bytes under one ETag. The
 * database builds the text and V8 parses it: aws-study's 27,000 rows load in 190–245 ms (about
 * 150 of them the database's), through Prisma's findMany in 330–440 ms (rows made into objects
 * one value at a time), and a rebuild's graph reaches the server that much sooner.
 */
function rowsQuery(db: Reader, provider: Provider, table: string, columns: [name: string, json?: "json"][], wanted: RowsWanted) {
  const sqlite = provider === "sqlite";
  const values = columns.map(([c, json]) => (json ? (sqlite ? `json("${c}")` : `"${c}"::json`) : `"${c}"`)).join(", ");
  const where = rowsWhere(provider, wanted);
  const sql = sqlite
    ? `SELECT json_group_array(json_array(${values}) ORDER BY "id") AS "rows" FROM "${table}" WHERE ${where.sql}`
    : `SELECT coalesce(json_agg(json_build_array(${values}) ORDER BY "id"), '[]')::text AS "rows" FROM "${table}" WHERE ${where.sql}`;
  return db.$queryRawUnsafe<{ rows: string }[]>(sql, ...where.values);
}

function parseRows<T>(result: { rows: string }[]): T[] {
  return result[0] ? (JSON.parse(result[0].rows) as T[]) : [];
}

/** Where a build drew its nodes (for the next build to keep the drawing). */
export async function loadPositions(db: GraphDb, buildId: number): Promise<Map<string, { x: number; y: number }>> {
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, x, y] of parseRows<[string, number | null, number | null]>(await rowsQuery(db, providerOf(db), "GraphNode", [["id"], ["x"], ["y"]], { held: buildId }))) if (x !== null && y !== null) out.set(id, { x, y });
  return out;
}

type NodeRead = [string, string, string | null, string, string, string[], number[], Record<number, string[]>, number[], string[], string | null, number | null, number | null];
type EdgeRead = [number, string, string, string, string, string, number, Evidence[]];
type FactRead = [number, string, number, string, string[]];

const NODE_READ: [string, "json"?][] = [["id"], ["label"], ["labelJa"], ["kind"], ["summary"], ["aliases", "json"], ["factIds", "json"], ["factSentences", "json"], ["mentionIds", "json"], ["tags", "json"], ["parent"], ["x"], ["y"]];
const EDGE_READ: [string, "json"?][] = [["id"], ["source"], ["target"], ["kind"], ["evidence"], ["file"], ["line"], ["more", "json"]];
const FACT_READ: [string, "json"?][] = [["id"], ["file"], ["line"], ["text"], ["section", "json"]];

/** A graph's lists in the order of their ids (nodes by code unit: the same in every database, whatever its collation). */
function inIdOrder(graph: KnowledgeGraph): KnowledgeGraph {
  graph.nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  graph.edges.sort((a, b) => a.id - b.id);
  graph.facts.sort((a, b) => a.id - b.id);
  return graph;
}

function graphOfRows(nodeRows: { rows: string }[], edgeRows: { rows: string }[], factRows: { rows: string }[]): KnowledgeGraph {
  return {
    nodes: parseRows<NodeRead>(nodeRows).map(
      ([id, label, labelJa, kind, summary, aliases, facts, factSentences, mentionedIn, tags, parent, x, y]): GraphNode => ({
        id,
        label,
        ...(labelJa ? { labelJa } : {}),
        kind: kind as NodeKind,
        aliases,
        summary,
        facts,
        ...(Object.keys(factSentences).length ? { factSentences } : {}),
        mentionedIn,
        ...(tags.length ? { tags } : {}),
        ...(parent ? { parent } : {}),
        ...(x !== null && y !== null ? { x, y } : {}),
      }),
    ),
    edges: parseRows<EdgeRead>(edgeRows).map(([id, source, target, kind, text, file, line, more]): GraphEdge => ({ id, source, target, kind: kind as EdgeKind, evidence: { text, file, line }, more })),
    facts: parseRows<FactRead>(factRows).map(([id, file, line, text, section]) => ({ id, file, line, text, section })),
  };
}

/** What the reads below need of a client or of a transaction. */
type Reader = Pick<GraphDb, "$queryRawUnsafe" | "graphBuild">;

/**
 * Runs several reads so that they see one state of the store: a build two builds newer drops
 * rows, never half-way through them. SQLite's transactions do so. PostgreSQL's default level
 * lets each statement see what committed before it, and its client sets another level only for
 * a transaction it runs statement by statement.
 */
async function inOneSnapshot<T extends unknown[]>(db: GraphDb, reads: (r: Reader, provider: Provider) => { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const provider = providerOf(db);
  if (provider === "sqlite") return (await db.$transaction(reads(db, provider) as never)) as T;
  // (The code is typed against the SQLite client, whose only level is Serializable. A large graph
  // takes seconds to read: the interactive transaction's 5 s default would cut it off.)
  const level = { isolationLevel: "RepeatableRead", timeout: 5 * 60_000, maxWait: 60_000 } as unknown as { isolationLevel?: "Serializable"; timeout: number; maxWait: number };
  return db.$transaction(async (tx) => {
    const out: unknown[] = [];
    for (const read of reads(tx, provider)) out.push(await read);
    return out as T;
  }, level);
}

export async function loadGraph(db: GraphDb, buildId: number): Promise<KnowledgeGraph> {
  type Rows = { rows: string }[];
  const [nodeRows, edgeRows, factRows] = await inOneSnapshot<[Rows, Rows, Rows]>(db, (r, p) => [
    rowsQuery(r, p, "GraphNode", NODE_READ, { held: buildId }),
    rowsQuery(r, p, "GraphEdge", EDGE_READ, { held: buildId }),
    rowsQuery(r, p, "NoteFact", FACT_READ, { held: buildId }),
  ]);
  return inIdOrder(graphOfRows(nodeRows, edgeRows, factRows));
}

/**
 * What build `buildId` holds, as a rebuild compares it (`rowsBefore` of saveGraph): each row as it
 * was written, its notes' texts, its nodes' names. A rebuild in a new process reads it back to
 * share the rows an edit left alone, as the watcher does from memory (aws-study: 0.2–0.3 s to read,
 * against writing all 26,000 rows again).
 */
export async function loadStoredRows(db: GraphDb, buildId: number): Promise<StoredRows> {
  type Rows = { rows: string }[];
  const sqlite = providerOf(db) === "sqlite";
  const notesSql = sqlite
    ? `SELECT json_group_array(json_array(substr("name", ${NOTE_ARTIFACT.length + 1}), "body")) AS "rows" FROM "BuildArtifact" WHERE "buildId" = ? AND "name" LIKE '${NOTE_ARTIFACT}%'`
    : `SELECT coalesce(json_agg(json_build_array(substr("name", ${NOTE_ARTIFACT.length + 1}), "body")), '[]')::text AS "rows" FROM "BuildArtifact" WHERE "buildId" = $1 AND "name" LIKE '${NOTE_ARTIFACT}%'`;
  const written = (columns: Columns) => columns.map(([c]): [string] => [c]);
  const [nodes, edges, facts, notes] = await inOneSnapshot<[Rows, Rows, Rows, Rows]>(db, (r, p) => [
    rowsQuery(r, p, "GraphNode", written(NODE_COLUMNS), { held: buildId }),
    rowsQuery(r, p, "GraphEdge", written(EDGE_COLUMNS), { held: buildId }),
    rowsQuery(r, p, "NoteFact", written(FACT_COLUMNS), { held: buildId }),
    r.$queryRawUnsafe<{ rows: string }[]>(notesSql, buildId),
  ]);
  // (Column 0 is the build that wrote the row, column 1 its id.)
  const held = (rows: Rows) => new Map(parseRows<unknown[]>(rows).map((row) => [row[1] as RowId, { writtenBy: row[0] as number, row }]));
  const tables = { GraphNode: held(nodes), GraphEdge: held(edges), NoteFact: held(facts) };
  const names = [...tables.GraphNode.values()].map(({ row }) => ({ id: row[1] as string, label: row[2] as string, aliases: JSON.parse(row[6] as string) as string[] }));
  return { buildId, tables, sources: new Map(parseRows<[string, string]>(notes)), names };
}

/** What changed from one build to a later one: the rows the later one wrote since, and the ids of the rows it no longer holds. */
export interface GraphChanges {
  added: KnowledgeGraph;
  ended: { nodes: string[]; edges: number[]; facts: number[] };
}

/**
 * The changes from build `from` to build `to`, or null when `from` is gone (its rows may be too).
 * A server that holds `from` reads a rebuild's few changed rows instead of the whole graph
 * (aws-study: 190–245 ms for the whole).
 */
export async function loadGraphChanges(db: GraphDb, from: number, to: number): Promise<GraphChanges | null> {
  type Rows = { rows: string }[];
  const [still, nodeRows, edgeRows, factRows, endedNodes, endedEdges, endedFacts] = await inOneSnapshot<[{ id: number } | null, Rows, Rows, Rows, Rows, Rows, Rows]>(db, (r, p) => [
    r.graphBuild.findUnique({ where: { id: from }, select: { id: true } }),
    rowsQuery(r, p, "GraphNode", NODE_READ, { added: [from, to] }),
    rowsQuery(r, p, "GraphEdge", EDGE_READ, { added: [from, to] }),
    rowsQuery(r, p, "NoteFact", FACT_READ, { added: [from, to] }),
    rowsQuery(r, p, "GraphNode", [["id"]], { ended: [from, to] }),
    rowsQuery(r, p, "GraphEdge", [["id"]], { ended: [from, to] }),
    rowsQuery(r, p, "NoteFact", [["id"]], { ended: [from, to] }),
  ]);
  // (Builds are dropped with the rows that ended by them: while `from` is there, every row it held is.)
  if (!still) return null;
  const first = <T>(rows: { rows: string }[]) => parseRows<[T]>(rows).map(([id]) => id);
  return { added: graphOfRows(nodeRows, edgeRows, factRows), ended: { nodes: first<string>(endedNodes), edges: first<number>(endedEdges), facts: first<number>(endedFacts) } };
}

/** The graph of the later build, from the earlier one's and the changes between them (the earlier graph is left as it is). */
export function applyGraphChanges(before: KnowledgeGraph, changes: GraphChanges): KnowledgeGraph {
  const keep = <T extends { id: string | number }>(xs: T[], ended: (string | number)[], added: T[]) => {
    const gone = new Set(ended);
    return [...xs.filter((x) => !gone.has(x.id)), ...added];
  };
  return inIdOrder({
    nodes: keep(before.nodes, changes.ended.nodes, changes.added.nodes),
    edges: keep(before.edges, changes.ended.edges, changes.added.edges),
    facts: keep(before.facts, changes.ended.facts, changes.added.facts),
  });
}

/** The current graph, or null when nothing has been built yet. */
export async function loadCurrentGraph(db: GraphDb): Promise<{ build: StoredBuild; graph: KnowledgeGraph } | null> {
  const build = await currentBuild(db);
  return build ? { build, graph: await loadGraph(db, build.id) } : null;
}

// Artifacts are stored gzipped, in base64 (the column is text in both databases): the search
// index of 100× the seed is 8.7 MB of JSON, 2.2 MB so, and Prisma passes a value in time
// proportional to its size (escaped JSON 780 ms, this 30 ms). Bodies written before this (plain
// JSON) still read. (Next.js drops Content-Encoding from route handlers' responses, so the gzip
// cannot be handed to browsers as it is.)
const GZIP_BASE64 = "gzip-base64:";

const gzipAsync = promisify(gzip);

/** Compressed on libuv's threads, off the thread that writes the rows. */
// The fastest level: it waits for the search index at the end of a build, and the default level
// took 80 ms against 30 on the 276-note vault's 3.4 MB index for a sixth less (0.76 → 0.90 MB).
const GZIP_OPTIONS = { level: 1 };

async function encodeArtifact(body: string): Promise<string> {
  return GZIP_BASE64 + (await gzipAsync(body, GZIP_OPTIONS)).toString("base64");
}

/** The same, here and now: a part of a few kilobytes compresses faster than a trip to libuv's threads. */
function encodeArtifactNow(body: string): string {
  return GZIP_BASE64 + gzipSync(body, GZIP_OPTIONS).toString("base64");
}

export function decodeArtifact(stored: string): string {
  return stored.startsWith(GZIP_BASE64) ? gunzipSync(Buffer.from(stored.slice(GZIP_BASE64.length), "base64")).toString("utf8") : stored;
}

async function storedBody(db: GraphDb, buildId: number, name: string): Promise<string | null> {
  return (await db.buildArtifact.findUnique({ where: { buildId_name: { buildId, name } } }))?.body ?? null;
}

/** Something the build prepared for serving (the search index), as the text it was given. */
export async function loadArtifact(db: GraphDb, buildId: number, name: string): Promise<string | null> {
  const stored = await storedBody(db, buildId, name);
  if (stored === null) return null;
  if (!stored.startsWith(PARTS_LIST)) return decodeArtifact(stored);
  const digests = JSON.parse(stored.slice(PARTS_LIST.length)) as string[];
  const rows = await db.buildArtifact.findMany({ where: { buildId, name: { startsWith: partName(name, "") } }, select: { name: true, body: true } });
  const parts = new Map(rows.map((r) => [r.name, r.body]));
  const bodies = digests.map((digest) => {
    const part = parts.get(partName(name, digest));
    if (part === undefined) throw new Error(`the stored artifact "${name}" of build ${buildId} lacks a part; build again`);
    return part;
  });
  // Gzip members one after another are one gzip stream: inflated at once, not part by part
  // (aws-study's 384 parts: 35 ms against 50–70).
  if (bodies.every((body) => body.startsWith(GZIP_BASE64))) return gunzipSync(Buffer.concat(bodies.map((body) => Buffer.from(body.slice(GZIP_BASE64.length), "base64")))).toString("utf8");
  return bodies.map(decodeArtifact).join("");
}

export async function slugRedirect(db: GraphDb, slug: string): Promise<string | null> {
  return (await db.slugRedirect.findUnique({ where: { from: slug } }))?.to ?? null;
}
