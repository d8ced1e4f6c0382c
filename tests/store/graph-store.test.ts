import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../lib/graph/types";
import type { BuildSummary } from "../../lib/pipeline/run-pipeline";
import { applyGraphChanges, currentBuild, loadArtifact, loadCurrentGraph, loadGraph, loadGraphChanges, loadNoteSource, loadStoredRows, redirectsFor, sameRow, saveGraph, slugRedirect } from "../../lib/store/graph-store";
import { writeInPieces } from "../../lib/store/bulk-insert";
import { openStore, type Store } from "../../lib/store/open-store";
import { TEST_DATABASES } from "../helpers/databases";
import { seedGraph } from "../helpers/seed";

const summary = (g: KnowledgeGraph): BuildSummary => ({ files: 1, filesSkipped: 0, nodes: g.nodes.length, edges: g.edges.length, nodesByKind: {}, edgesByKind: {}, warnings: [], timingsMs: {} });

describe.each(TEST_DATABASES)("graph store ($name through Prisma)", (database) => {
  let store: Store;
  const g = seedGraph();
  beforeAll(async () => {
    store = await openStore(await database.create("store"), { migrate: true });
  });
  afterAll(async () => {
    await store.close();
    await database.dropAll();
  });

  it("has no graph before the first build", async () => {
    expect(await loadCurrentGraph(store.db)).toBeNull();
  });

  it("stores and reads back the whole graph unchanged", async () => {
    // Awkward text and numbers too: quotes, backslashes, line breaks, astral characters, fractions.
    const odd = 'say "hi" \\ C:\\path\n<b>&amp;</b> 😀 \u2028 ALIASレコード';
    const awkward: KnowledgeGraph = {
      ...g,
      nodes: g.nodes.map((n, i) => (i === 0 ? { ...n, summary: odd, aliases: [...n.aliases, odd], x: 0.1 + 0.2, y: -1e-7 } : n)),
      edges: g.edges.map((e, i) => (i === 0 ? { ...e, evidence: { ...e.evidence, text: odd } } : e)),
    };
    await saveGraph(store.db, awkward, { notesDir: "/notes", summary: summary(awkward), provider: store.config.provider });
    const read = (await loadCurrentGraph(store.db))!;
    const byId = <T extends { id: string | number }>(xs: T[]) => [...xs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(read.graph.nodes)).toEqual(byId(awkward.nodes));
    expect(read.graph.edges).toEqual(awkward.edges);
    expect(read.graph.facts).toEqual(g.facts);
    expect(read.build.summary.nodes).toBe(g.nodes.length);
  });

  it("leaves the last good graph in place when a build fails half-way", async () => {
    const before = (await currentBuild(store.db))!;
    // Two nodes with one id: the insert fails inside the transaction.
    const broken: KnowledgeGraph = { ...g, nodes: [...g.nodes, { ...g.nodes[0]! }] };
    await expect(saveGraph(store.db, broken, { notesDir: "/notes", summary: summary(broken), provider: store.config.provider })).rejects.toThrow();
    const after = (await loadCurrentGraph(store.db))!;
    expect(after.build.id).toBe(before.id);
    expect(after.graph.nodes).toHaveLength(g.nodes.length);
    expect(await store.db.graphBuild.count({ where: { status: "building" } })).toBe(0);
  });

  it("leaves the last good graph in place when an artifact fails while the rows are written", async () => {
    const before = (await currentBuild(store.db))!;
    // The search index's worker has died: its promise failed before the store awaits it. An
    // unhandled rejection in between would fail this test run (on PostgreSQL, whose queries wait
    // on the network; SQLite's finish before the rejection is looked at).
    const search = Promise.reject(new Error("search worker stopped"));
    await expect(saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { notes: "{}", search } })).rejects.toThrow("search worker stopped");
    expect((await currentBuild(store.db))!.id).toBe(before.id);
    expect(await store.db.graphBuild.count({ where: { status: "building" } })).toBe(0);
    expect(await store.db.buildArtifact.count({ where: { buildId: { gt: before.id } } })).toBe(0);
  });

  it("switches to a new build at once and keeps only the previous one besides it", async () => {
    const first = (await currentBuild(store.db))!;
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider });
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider });
    const builds = await store.db.graphBuild.findMany({ orderBy: { id: "asc" } });
    expect(builds.map((b) => b.status)).toEqual(["ready", "ready"]);
    expect(builds[0]!.id).toBeGreaterThan(first.id);
    expect(await store.db.graphNode.count()).toBe(2 * g.nodes.length);
  });

  it("redirects a slug that a rebuild renamed to the node that keeps its name", async () => {
    const renamed: KnowledgeGraph = { ...g, nodes: g.nodes.map((n) => (n.id === "alias-record" ? { ...n, id: "alias-records" } : n)) };
    await saveGraph(store.db, renamed, { notesDir: "/notes", summary: summary(renamed), provider: store.config.provider });
    expect(await slugRedirect(store.db, "alias-record")).toBe("alias-records");
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider });
    expect(await slugRedirect(store.db, "alias-record")).toBeNull();
    expect(await slugRedirect(store.db, "alias-records")).toBe("alias-record");
  });

  it("keeps what a build prepared (the search index) with the build, and drops it with the build", async () => {
    const first = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: '{"first":true}' } });
    expect(await loadArtifact(store.db, first.id, "search")).toBe('{"first":true}');
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: "{}" } });
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: "{}" } });
    expect(await loadArtifact(store.db, first.id, "search")).toBeNull();
    expect(await store.db.buildArtifact.count()).toBe(2);
  });

  it("leaves the builds before last to the caller when asked (the watcher drops them once the new graph is reported)", async () => {
    const first = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider });
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider });
    const third = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, dropOlderLater: true });
    // Served from its commit, the first build still there…
    expect((await currentBuild(store.db))!.id).toBe(third.id);
    expect((await loadGraph(store.db, first.id)).nodes.length).toBe(g.nodes.length);
    // …until the caller drops it; the build before stays for readers that started on it.
    await third.dropOlderBuilds();
    expect((await loadGraph(store.db, first.id)).nodes.length).toBe(0);
    expect(await store.db.graphBuild.count()).toBe(2);
  });

  it("stores artifacts compressed and still reads bodies stored as plain JSON", async () => {
    const index = JSON.stringify({ facts: Array.from({ length: 2000 }, (_, i) => `ALIASレコード "${i}" \\ <script>`) });
    const built = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: index } });
    const stored = (await store.db.buildArtifact.findUnique({ where: { buildId_name: { buildId: built.id, name: "search" } } }))!;
    expect(stored.body.length).toBeLessThan(index.length / 4);
    expect(await loadArtifact(store.db, built.id, "search")).toBe(index);
    await store.db.buildArtifact.update({ where: { buildId_name: { buildId: built.id, name: "search" } }, data: { body: '{"legacy":true}' } });
    expect(await loadArtifact(store.db, built.id, "search")).toBe('{"legacy":true}');
  });

  it("stores values of megabytes in pieces and reads them back whole", async () => {
    // Random bytes do not compress: the stored search index is some 800,000 characters, several pieces.
    const index = JSON.stringify({ noise: randomBytes(600_000).toString("base64") });
    // Notes of Japanese and astral characters, a few hundred kilobytes each: several statements,
    // one note longer than a statement's piece on its own.
    const sources = { "long.md": "ALIASレコード😀\n".repeat(40_000), "a.md": "エイリアス".repeat(30_000), "b.md": "😀".repeat(90_000), "c.md": "plain" };
    const built = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: index }, sources });
    expect(await loadArtifact(store.db, built.id, "search")).toBe(index);
    for (const [file, text] of Object.entries(sources)) expect(await loadNoteSource(store.db, built.id, file)).toBe(text);
  });

  it("stores a long artifact in parts, and a rebuild copies the parts its edit left alone", async () => {
    // A search index's worth of text: a few hundred kilobytes of lines, Japanese and astral ones among them.
    const lines = Array.from({ length: 12_000 }, (_, i) => `"fact ${i}: ALIASレコード ${i % 7 === 0 ? "😀" : ""} \\ <script>"`);
    const first = `[${lines.join(",")}]`;
    const built = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: first } });
    expect(built.partsShared.shared).toBe(0);
    expect(built.partsShared.parts).toBeGreaterThan(10);
    expect(await loadArtifact(store.db, built.id, "search")).toBe(first);
    // One line edited in the middle: the parts around it are written, the others copied.
    lines[6_000] = '"fact 6000: edited"';
    const second = `[${lines.join(",")}]`;
    const rebuilt = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: second } });
    expect(rebuilt.partsShared.parts - rebuilt.partsShared.shared).toBeGreaterThan(0);
    expect(rebuilt.partsShared.parts - rebuilt.partsShared.shared).toBeLessThanOrEqual(2);
    expect(await loadArtifact(store.db, rebuilt.id, "search")).toBe(second);
    // The build before still reads as it was; dropped, its parts go with it.
    expect(await loadArtifact(store.db, built.id, "search")).toBe(first);
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { search: second } });
    expect(await loadArtifact(store.db, built.id, "search")).toBeNull();
    expect(await store.db.buildArtifact.count({ where: { buildId: built.id } })).toBe(0);
  });

  it("reads a note back as it was written, even one that begins like a stored artifact", async () => {
    const sources = { "gzip.md": "gzip-base64:H4sIAAAAAAAA", "parts.md": 'parts:["x"]\nnot a list', "plain.md": "plain" };
    const built = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, sources });
    for (const [file, text] of Object.entries(sources)) expect(await loadNoteSource(store.db, built.id, file)).toBe(text);
  });

  it("rebuilds over a graph larger than one insert statement", async () => {
    const big: KnowledgeGraph = { ...g, nodes: Array.from({ length: 20 }, (_, k) => g.nodes.map((n) => ({ ...n, id: `${n.id}-${k}` }))).flat() };
    expect(big.nodes.length).toBeGreaterThan(5000);
    await saveGraph(store.db, big, { notesDir: "/notes", summary: summary(big), provider: store.config.provider });
    const again: KnowledgeGraph = { ...big, nodes: big.nodes.map((n, i) => (i % 2 ? { ...n, id: `${n.id}-renamed` } : n)) };
    await saveGraph(store.db, again, { notesDir: "/notes", summary: summary(again), provider: store.config.provider });
    expect((await loadCurrentGraph(store.db))!.graph.nodes).toHaveLength(again.nodes.length);
  });

  it("reads nodes in one order whatever plan the database picks (after VACUUM ANALYZE too)", async () => {
    // Stored in the graph's order, which is not the order of the ids: a table scan would return it.
    const shuffled: KnowledgeGraph = { ...g, nodes: [...g.nodes].reverse() };
    await saveGraph(store.db, shuffled, { notesDir: "/notes", summary: summary(shuffled), provider: store.config.provider });
    const ids = (await loadCurrentGraph(store.db))!.graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    await store.db.$executeRawUnsafe(store.config.provider === "postgresql" ? "VACUUM ANALYZE" : "ANALYZE");
    expect((await loadCurrentGraph(store.db))!.graph.nodes.map((n) => n.id)).toEqual(ids);
  });

  it("writes only the rows a rebuild changed, shares the rest with the build before, and reads back each build whole", async () => {
    const byId = <T extends { id: string | number }>(xs: T[]) => [...xs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const rowCount = async () => (await store.db.graphNode.count()) + (await store.db.graphEdge.count()) + (await store.db.noteFact.count());
    const first = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, keepRows: true });
    expect(first.rows).toBeDefined();
    // What one edited line does: a fact added, a node's summary rewritten, a node added, an edge
    // gone, an edge's evidence changed.
    const edited: KnowledgeGraph = {
      nodes: [...g.nodes.map((n, i) => (i === 3 ? { ...n, summary: "rewritten" } : n)), { ...g.nodes[0]!, id: "brand-new", label: "Brand new", facts: [100_000] }],
      edges: g.edges.slice(1).map((e, i) => (i === 5 ? { ...e, evidence: { ...e.evidence, text: "changed" } } : e)),
      facts: [...g.facts, { id: 100_000, file: "notes.md", line: 999, text: "added", section: [] }],
    };
    const second = await saveGraph(store.db, edited, { notesDir: "/notes", summary: summary(edited), provider: store.config.provider, rowsBefore: first.rows!, keepRows: true });
    const total = edited.nodes.length + edited.edges.length + edited.facts.length;
    // Four rows changed or new (a node rewritten, a node added, an edge changed, a fact added): only they are written.
    expect(second.rowsShared).toBe(total - 4);
    const writtenBy = async (buildId: number) => (await store.db.graphNode.count({ where: { buildId } })) + (await store.db.graphEdge.count({ where: { buildId } })) + (await store.db.noteFact.count({ where: { buildId } }));
    expect(await writtenBy(second.id)).toBe(4);
    const read = (await loadCurrentGraph(store.db))!;
    expect(read.build.id).toBe(second.id);
    expect(byId(read.graph.nodes)).toEqual(byId(edited.nodes));
    expect(read.graph.edges).toEqual(edited.edges);
    expect(read.graph.facts).toEqual(edited.facts);
    // The build before still reads as it was written, for readers that started on it.
    const earlier = await loadGraph(store.db, first.id);
    expect(byId(earlier.nodes)).toEqual(byId(g.nodes));
    expect(earlier.edges).toEqual(g.edges);
    expect(earlier.facts).toEqual(g.facts);
    // Rows kept from a build that is no longer the one served (another process built since) are not used.
    await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider });
    const third = await saveGraph(store.db, edited, { notesDir: "/notes", summary: summary(edited), provider: store.config.provider, rowsBefore: second.rows! });
    expect(third.rowsShared).toBe(0);
    expect(byId((await loadCurrentGraph(store.db))!.graph.nodes)).toEqual(byId(edited.nodes));
    // Once the builds before are dropped, only the rows the builds kept hold are left.
    await third.dropOlderBuilds();
    const kept = await store.db.graphBuild.findMany({ select: { id: true } });
    expect(kept.length).toBe(2);
    expect(await rowCount()).toBe(total + g.nodes.length + g.edges.length + g.facts.length);
  });

  it("gives a server that holds a build the changes to a later one, which make exactly the later graph", async () => {
    const first = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, keepRows: true });
    // A node rewritten and one gone, an edge gone and one changed, a fact added: through the watcher's memory, then as a new process would.
    const edited: KnowledgeGraph = {
      nodes: g.nodes.slice(1).map((n, i) => (i === 3 ? { ...n, summary: "rewritten", x: 1.5, y: -2 } : n)),
      edges: g.edges.slice(1).map((e, i) => (i === 5 ? { ...e, evidence: { ...e.evidence, text: "changed" } } : e)),
      facts: [...g.facts, { id: 100_000, file: "notes.md", line: 999, text: "added", section: [] }],
    };
    const second = await saveGraph(store.db, edited, { notesDir: "/notes", summary: summary(edited), provider: store.config.provider, rowsBefore: first.rows!, keepRows: true, dropOlderLater: true });
    const third = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, dropOlderLater: true });
    for (const [from, to] of [[first.id, second.id], [second.id, third.id], [first.id, third.id]] as const) {
      const changes = await loadGraphChanges(store.db, from, to);
      expect(changes).not.toBeNull();
      expect(applyGraphChanges(await loadGraph(store.db, from), changes!)).toEqual(await loadGraph(store.db, to));
    }
    // Through the watcher, only what changed travels.
    const small = (await loadGraphChanges(store.db, first.id, second.id))!;
    expect(small.added.nodes.length + small.added.edges.length + small.added.facts.length).toBe(3);
    expect(small.ended.nodes.length + small.ended.edges.length).toBe(4);
    // A build that is gone has no changes to give: the server reads the whole graph.
    await third.dropOlderBuilds();
    expect(await loadGraphChanges(store.db, first.id, third.id)).toBeNull();
  });

  it("reads back what a build holds as a rebuild compares it, so that a new process shares rows too", async () => {
    const sources = { "aws/sqs.md": "# SQS\nSQSはキュー。😀", "b.md": "x" };
    // Positions as a layout leaves them: doubles of every length.
    const placed: KnowledgeGraph = { ...g, nodes: g.nodes.map((n, i) => ({ ...n, x: (Math.PI * (i + 1) * 1000) / 7, y: (-Math.E * (i + 1)) / 3 })) };
    const first = await saveGraph(store.db, placed, { notesDir: "/notes", summary: summary(placed), provider: store.config.provider, sources, keepRows: true });
    const read = await loadStoredRows(store.db, first.id);
    expect(read.buildId).toBe(first.id);
    for (const table of ["GraphNode", "GraphEdge", "NoteFact"] as const) expect(read.tables[table]).toEqual(first.rows!.tables[table]);
    expect(read.sources).toEqual(first.rows!.sources);
    const byId = (xs: { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(read.names)).toEqual(byId(first.rows!.names));
    // A rebuild given them writes only what changed: here one node's summary.
    const edited: KnowledgeGraph = { ...placed, nodes: placed.nodes.map((n, i) => (i === 2 ? { ...n, summary: "rewritten" } : n)) };
    const second = await saveGraph(store.db, edited, { notesDir: "/notes", summary: summary(edited), provider: store.config.provider, sources, rowsBefore: read });
    expect(second.rowsShared).toBe(edited.nodes.length + edited.edges.length + edited.facts.length - 1);
    expect(second.sourcesShared).toBe(2);
    expect((await loadCurrentGraph(store.db))!.graph.nodes.find((n) => n.id === edited.nodes[2]!.id)!.summary).toBe("rewritten");
  });

  it("redirects a renamed node's old slug when the rebuild takes the names from the build before", async () => {
    const first = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, keepRows: true });
    const renamed: KnowledgeGraph = { ...g, nodes: g.nodes.map((n) => (n.id === "alias-record" ? { ...n, id: "alias-records", aliases: [...n.aliases, "ALIAS record"] } : n)) };
    await saveGraph(store.db, renamed, { notesDir: "/notes", summary: summary(renamed), provider: store.config.provider, rowsBefore: first.rows!, keepRows: true });
    expect(await slugRedirect(store.db, "alias-record")).toBe("alias-records");
  });

  it("keeps each note's text with the build, copies the unchanged ones to the next, and reads one note at a time", async () => {
    const sources = { "aws/sqs.md": "# SQS\nSQSはキュー。", "aws/sns.md": "# SNS\n'quotes' \\ and 😀", "constructorless.md": "x" };
    const first = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, sources, keepRows: true });
    expect(first.sourcesShared).toBe(0);
    expect(await loadNoteSource(store.db, first.id, "aws/sns.md")).toBe(sources["aws/sns.md"]);
    // One note edited, one gone, one added.
    const next = { "aws/sqs.md": sources["aws/sqs.md"], "aws/sns.md": "# SNS\nedited", "new.md": "new" };
    const second = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, sources: next, rowsBefore: first.rows!, keepRows: true });
    expect(second.sourcesShared).toBe(1);
    for (const [file, text] of Object.entries(next)) expect(await loadNoteSource(store.db, second.id, file)).toBe(text);
    expect(await loadNoteSource(store.db, second.id, "constructorless.md")).toBeNull();
    expect(await loadNoteSource(store.db, second.id, "constructor")).toBeNull();
    expect(await loadNoteSource(store.db, first.id, "aws/sns.md")).toBe(sources["aws/sns.md"]);
    // A build stored before notes were kept one by one: all in one artifact.
    const legacy = await saveGraph(store.db, g, { notesDir: "/notes", summary: summary(g), provider: store.config.provider, artifacts: { notes: JSON.stringify({ "old.md": "old text" }) } });
    expect(await loadNoteSource(store.db, legacy.id, "old.md")).toBe("old text");
    expect(await loadNoteSource(store.db, legacy.id, "toString")).toBeNull();
    // Older builds' notes go with them.
    expect(await loadNoteSource(store.db, first.id, "aws/sns.md")).toBeNull();
  });

  it("tells rows apart by every value but the build", () => {
    expect(sameRow([1, 9, "x", 3, null], [2, 9, "x", 3, null])).toBe(true);
    expect(sameRow([1, 9, "x", 3], [1, 1, "x", 3])).toBe(false);
    expect(sameRow([1, 1, null, 2], [1, 1, "null", 2])).toBe(false);
    expect(sameRow([1, 1, 2], [1, 1, "2"])).toBe(false);
    expect(sameRow([1, 1, "a"], [1, 1, "a", null])).toBe(false);
  });

  it("finds redirects by label and alias", () => {
    const next = g.nodes.filter((n) => n.id === "lambda");
    expect(redirectsFor([{ id: "lamda", label: "Lamda", aliases: [] }], next)).toEqual([["lamda", "lambda"]]);
    expect(redirectsFor([{ id: "gone", label: "Nothing like it", aliases: [] }], next)).toEqual([]);
  });
});

describe("a long value in pieces", () => {
  it("never splits a character: each piece is whole UTF-8, and together they are the text", async () => {
    // A pair of surrogates at every odd place: some piece ends where one would be cut in two.
    const text = `a${"😀".repeat(200_000)}b`;
    const pieces: Uint8Array[] = [];
    await writeInPieces(text, async (p) => pieces.push(p), async (p) => pieces.push(p));
    expect(pieces.length).toBeGreaterThan(2);
    const decoded = pieces.map((p) => new TextDecoder("utf-8", { fatal: true }).decode(p));
    expect(decoded.join("")).toBe(text);
  });
});
