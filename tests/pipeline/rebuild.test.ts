// A rebuild after notes changed (files added, changed, renamed, deleted) gives exactly what a full
// build of the new notes gives: the same graph, search index and note texts, byte for byte, with
// the drawing of the build before kept for the nodes still there — also when the rebuild reuses
// the build before's matching (a watcher's MentionMemo), through a day of edits whose names reach
// into other notes.

import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NoteFile } from "../../lib/parse/types";
import { MentionMemo } from "../../lib/extract/mention-memo";
import type { CachedParse } from "../../lib/pipeline/parse-cache";
import { compileLexicon } from "../../lib/vocab/lexicon";
import { runPipeline, type PipelineResult } from "../../lib/pipeline/run-pipeline";
import { ROOT, vocabulary } from "../helpers/seed";

function folder(dir: string): NoteFile[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|txt)$/i.test(f) && statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) }));
}

const corpora: [string, string][] = [
  ["the seed notes", path.join(ROOT, "tests/fixtures/seed")],
  ["notes by other authors", path.join(ROOT, "tests/fixtures/other-authors")],
  ["an Obsidian vault", path.join(ROOT, "tests/fixtures/rules/vault")],
  ["notes on other subjects", path.join(ROOT, "tests/fixtures/other-subjects")],
  // Deleting one service's article turns the other's "## 監視" from an aspect back into a node.
  ["articles sharing an outline", path.join(ROOT, "tests/fixtures/zenn-article-outline")],
];

/** A note of the given text. */
const note = (file: string, text: string): NoteFile => ({ file, bytes: new TextEncoder().encode(text) });

const positions = (r: PipelineResult) => new Map(r.graph.nodes.filter((n) => n.x !== undefined).map((n) => [n.id, { x: n.x!, y: n.y! }]));
const bytes = (r: PipelineResult) => JSON.stringify({ graph: r.graph, search: r.search, sources: r.sources });

/** Notes after a day of work: one changed, one added, one renamed, one deleted. */
function edited(files: NoteFile[]): NoteFile[] {
  const enc = new TextEncoder();
  const out = files.map((f) => ({ ...f }));
  const first = out[0]!;
  first.bytes = enc.encode(`${new TextDecoder().decode(first.bytes)}\nSQSとSNSの違い: SQSはプル型、SNSはプッシュ型\n`);
  out.push({ file: "added/new-note.md", bytes: enc.encode("# Amazon Kinesis\n\n- Kinesis Data Firehose delivers streams to S3.\n- Unlike SQS, Kinesis keeps records for replay.\n") });
  if (out.length > 3) {
    const renamed = out[1]!;
    out[1] = { file: `renamed-${renamed.file.replace(/\//g, "-")}`, bytes: renamed.bytes };
    out.splice(2, 1);
  }
  return out;
}

describe("a rebuild equals a full build", () => {
  for (const [name, dir] of corpora) {
    it(name, () => {
      const before = folder(dir);
      expect(before.length).toBeGreaterThan(0);
      // The parse cache of a long-running watcher: filled by the first build, used by the second.
      const store = new Map<string, CachedParse>();
      const cache = { get: (k: string) => store.get(k), set: (k: string, v: CachedParse) => void store.set(k, v) };
      // …and its lexicon and matching, as the watcher keeps them.
      const lexicon = compileLexicon(vocabulary());
      const mentionMemo = new MentionMemo();
      const first = runPipeline({ files: before, vocabulary: vocabulary(), cache, mentionMemo }, lexicon);
      const after = edited(before);
      const rebuilt = runPipeline({ files: after, vocabulary: vocabulary(), cache, mentionMemo, previousPositions: positions(first) }, lexicon);
      // Sentences' matching is reused — unless the edit brings a new subject's vocabulary in
      // (the added note names Amazon Kinesis: notes on biology now get AWS names), when none can be.
      if (name === "notes on other subjects") expect(mentionMemo.stats).toMatchObject({ reused: 0, changedNames: -1 });
      else {
        expect(mentionMemo.stats.reused).toBeGreaterThan(0);
        // …and so are the relation rules' proposals for the sentences nothing reached.
        expect(mentionMemo.relations.stats.reused).toBeGreaterThan(0);
        // …and the terms of the notes nothing reached (the edit leaves the fifth note on as it was).
        if (before.length > 4) expect(mentionMemo.terms!.stats.reused).toBeGreaterThan(0);
      }
      const full = runPipeline({ files: after, vocabulary: vocabulary(), previousPositions: positions(first) });
      expect(bytes(rebuilt)).toBe(bytes(full));
      // …and the drawing is kept: nodes of both builds stand where they stood (unless most of the
      // graph is new, when it is drawn afresh).
      const kept = positions(first);
      const staying = full.graph.nodes.filter((n) => kept.has(n.id));
      const moved = staying.filter((n) => kept.get(n.id)!.x !== n.x || kept.get(n.id)!.y !== n.y);
      if (staying.length >= full.graph.nodes.length * 0.7) expect(moved.map((n) => n.id)).toEqual([]);
      else expect(moved.length).toBeGreaterThan(0);
      // A newcomer goes beside what it is related to, not on top of another node.
      const fresh = full.graph.nodes.filter((n) => !kept.has(n.id));
      expect(fresh.length).toBeGreaterThan(0);
      const at = new Set(full.graph.nodes.map((n) => `${n.x},${n.y}`));
      expect(at.size).toBe(full.graph.nodes.length);
    });
  }
});

describe("a rebuild reads the notes' outline again", () => {
  // Three notes with "## 学習内容" make it a topic; a fourth makes it a word of their outline, a
  // section of each note (rules/outline): notes nobody edited change what their sections belong to.
  const dir = path.join(ROOT, "tests/fixtures/rules/outline");
  const all = folder(dir).filter((f) => f.file !== "reading-memo.md");
  const fourth = folder(dir).find((f) => f.file === "reading-memo.md")!;
  for (const [when, before, after] of [
    ["when a note added makes a heading an outline's word", all.slice(0, 3), [...all.slice(0, 3), fourth]],
    ["when a note deleted makes it a topic again", [...all.slice(0, 3), fourth], all.slice(0, 3)],
  ] as const) {
    it(when, () => {
      const store = new Map<string, CachedParse>();
      const cache = { get: (k: string) => store.get(k), set: (k: string, v: CachedParse) => void store.set(k, v) };
      const lexicon = compileLexicon(vocabulary());
      const mentionMemo = new MentionMemo();
      const first = runPipeline({ files: [...before], vocabulary: vocabulary(), cache, mentionMemo }, lexicon);
      const rebuilt = runPipeline({ files: [...after], vocabulary: vocabulary(), cache, mentionMemo, previousPositions: positions(first) }, lexicon);
      const full = runPipeline({ files: [...after], vocabulary: vocabulary(), previousPositions: positions(first) });
      expect(bytes(rebuilt)).toBe(bytes(full));
      // (The heading is a node in exactly one of the two builds.)
      const hub = (r: PipelineResult) => r.graph.nodes.some((n) => n.label === "学習内容");
      expect(hub(first)).not.toBe(hub(full));
    });
  }
});

describe("a rebuild reads a sentence's relations again", () => {
  it("when a thing it names changes kind, though its text and mentions stay", () => {
    const before = [
      note("Message Hub.md", "# Message Hub\n\nA place where the queues of the app meet.\n"),
      note("pipeline.md", "# Pipeline\n\n- [[Message Hub]] sends events to Amazon SQS.\n- Amazon SQS triggers AWS Lambda.\n"),
    ];
    // Another note puts itself under Message Hub: Message Hub becomes a topic, which is no party to
    // a relation — the unchanged sentence's "integrates" must go.
    const after = [...before, note("Fan-out.md", "---\nup: [[Message Hub]]\n---\n# Fan-out\n\nOne message to many queues.\n")];
    const lexicon = compileLexicon(vocabulary());
    const mentionMemo = new MentionMemo();
    const first = runPipeline({ files: before, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(first.graph.edges.some((e) => e.source === "message-hub" && e.kind === "integrates")).toBe(true);
    const rebuilt = runPipeline({ files: after, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(mentionMemo.relations.stats.reused).toBeGreaterThan(0);
    expect(rebuilt.graph.edges.some((e) => e.source === "message-hub" && e.kind === "integrates")).toBe(false);
    expect(bytes(rebuilt)).toBe(bytes(runPipeline({ files: after, vocabulary: vocabulary(), layout: false })));
  });
});

describe("a rebuild matches a sentence again", () => {
  it("when a term it could name is no longer defined only in capitals", () => {
    const secrets = note("b-secrets.md", "# AWS Secrets Manager\n\n- Encrypts secrets at rest with keys stored in AWS KMS.\n");
    const before = [note("a-api.md", "# Amazon API Gateway\n\n- REST: number of API calls and the data transferred out\n"), secrets];
    // The same term now defined as a word too: "at rest" in the unchanged note may name it again.
    const after = [note("a-api.md", "# Amazon API Gateway\n\n- REST: number of API calls and the data transferred out\n- Rest: what a stored object is in, between reads\n"), secrets];
    const lexicon = compileLexicon(vocabulary());
    const mentionMemo = new MentionMemo();
    const first = runPipeline({ files: before, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    const rest = (r: PipelineResult) => r.graph.edges.some((e) => e.source === "secrets-manager" && e.target === "rest");
    expect(rest(first)).toBe(false);
    const rebuilt = runPipeline({ files: after, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(bytes(rebuilt)).toBe(bytes(runPipeline({ files: after, vocabulary: vocabulary(), layout: false })));
  });
});

describe("a rebuild collects a note's terms again", () => {
  it("when another note's edit changes what its unchanged lines read", () => {
    const gateway = note("b-gateway.md", "# Gateways\n\n- Foo Gateway (FG) connects the office to the VPC.\n- Foo Gateway works with Amazon S3.\n");
    const other = note("c-other.md", "# Other\n\n- Amazon SQS queues messages for AWS Lambda.\n");
    const before = [note("a-terms.md", "# Terms\n\n- Amazon SNS sends messages.\n"), gateway, other];
    // The first note now defines FG as another thing: the brackets after Foo Gateway name that
    // thing, and are no other name of Foo Gateway — though the gateway's note did not change.
    const after = [note("a-terms.md", "# Terms\n\n- Amazon SNS sends messages.\n- **FG**: Fast Grid, a storage product of the notes.\n"), gateway, other];
    const lexicon = compileLexicon(vocabulary());
    const mentionMemo = new MentionMemo();
    const first = runPipeline({ files: before, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(first.graph.nodes.find((n) => n.label === "Foo Gateway")?.aliases).toContain("FG");
    const rebuilt = runPipeline({ files: after, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(rebuilt.graph.nodes.find((n) => n.label === "Foo Gateway")?.aliases ?? []).not.toContain("FG");
    // The edited note and the gateway's were collected again; the third note's terms were reused.
    expect(mentionMemo.terms!.stats).toMatchObject({ reused: 1, collected: 2 });
    expect(bytes(rebuilt)).toBe(bytes(runPipeline({ files: after, vocabulary: vocabulary(), layout: false })));
  });
});

describe("a rebuild reads a note's labels again", () => {
  it("when another note's edit makes a label an aspect of what it is written under", () => {
    const lambda = note("a-lambda.md", "# AWS Lambda\n\n- **Timeout**: 15 minutes at most for one invocation.\n- Lambda reads from Amazon SQS.\n");
    const other = note("c-other.md", "# Other\n\n- Amazon SNS sends messages to Amazon SQS.\n");
    const before = [lambda, other];
    // Written under a second thing the vocabulary knows, "Timeout" is an aspect of each, no term
    // — though the Lambda note did not change.
    const after = [lambda, note("b-api.md", "# Amazon API Gateway\n\n- **Timeout**: 29 seconds before the client gets an error.\n"), other];
    const lexicon = compileLexicon(vocabulary());
    const mentionMemo = new MentionMemo();
    const first = runPipeline({ files: before, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(first.graph.nodes.map((n) => n.label)).toContain("Timeout");
    const rebuilt = runPipeline({ files: after, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(rebuilt.graph.nodes.map((n) => n.label)).not.toContain("Timeout");
    expect(bytes(rebuilt)).toBe(bytes(runPipeline({ files: after, vocabulary: vocabulary(), layout: false })));
    // …and back, the second note deleted.
    const again = runPipeline({ files: before, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
    expect(bytes(again)).toBe(bytes(runPipeline({ files: before, vocabulary: vocabulary(), layout: false })));
  });
});

/**
 * Edits whose names reach beyond their note: a new term defined in one note and used in the
 * others' sentences, a definition taken away again, a term first only a heading's then defined, a
 * name re-pointed by an alias, a plural of a known name, a vocabulary name typed with a typo, lines
 * removed, a file deleted. After each, the
 * rebuild that reuses the matching of the build before equals a full build.
 */
function dayOfEdits(files: NoteFile[]): { name: string; edit: (fs: NoteFile[]) => NoteFile[] }[] {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const text = (f: NoteFile) => dec.decode(f.bytes);
  const change = (fs: NoteFile[], i: number, f: (t: string) => string) => fs.map((x, k) => (k === i % fs.length ? { ...x, bytes: enc.encode(f(text(x))) } : x));
  // A word the notes already use, to define as a term of its own: its sentences elsewhere change.
  const words = files.flatMap((f) => text(f).match(/[A-Z][a-z]{4,} [a-z]{5,}/g) ?? []);
  const common = words.sort().find((w, i, all) => all.indexOf(w) !== all.lastIndexOf(w)) ?? words[0] ?? "Message queue";
  return [
    { name: "a line added", edit: (fs) => change(fs, 0, (t) => `${t}\nSQSとSNSの違い: SQSはプル型、SNSはプッシュ型\n`) },
    { name: `"${common}" defined in a new note`, edit: (fs) => [...fs, { file: "zz/defined.md", bytes: enc.encode(`# ${common}\n\n- **${common}**: what the notes call it, defined here.\n- ${common} works with Amazon SQS.\n`) }] },
    { name: "an alias that re-points a name", edit: (fs) => change(fs, fs.length - 1, (t) => `---\naliases: [SQS queue, Widgets]\n---\n${t}\nWidgets are sent through SQS queues.\n`) },
    { name: "a typo of a service and a plural", edit: (fs) => change(fs, 1, (t) => `${t}\nLamda functions read from Kinesis streams and DynamoDB tables.\n`) },
    { name: "the definition taken away", edit: (fs) => fs.filter((f) => f.file !== "zz/defined.md") },
    // A term only a heading names is no mention in a lower-case sentence until the notes define
    // it: then the same sentence, unchanged, names it.
    { name: "a term named by a heading", edit: (fs) => [...fs, { file: "zz/parts.md", bytes: enc.encode("# Amazon SQS\n\n## Widget\n\nA part of the fleet.\n\n# Amazon SNS\n\n- Amazon SNS sends each widget to a queue.\n") }] },
    { name: "the heading's term defined elsewhere", edit: (fs) => change(fs, 0, (t) => `${t}\n\n- **Widget**: a small part that every queue holds.\n`) },
    { name: "lines removed", edit: (fs) => change(fs, Math.floor(fs.length / 2), (t) => t.split("\n").slice(0, -4).join("\n")) },
    { name: "a note deleted", edit: (fs) => (fs.length > 2 ? fs.slice(1) : fs) },
  ];
}

describe("rebuilds through a day of edits equal full builds", () => {
  for (const [name, dir] of corpora) {
    it(name, () => {
      const lexicon = compileLexicon(vocabulary());
      const mentionMemo = new MentionMemo();
      let files = folder(dir);
      runPipeline({ files, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
      let reused = 0;
      let rippled = 0;
      let termsReused = 0;
      for (const step of dayOfEdits(files)) {
        files = step.edit(files);
        const rebuilt = runPipeline({ files, vocabulary: vocabulary(), mentionMemo, layout: false }, lexicon);
        reused += mentionMemo.stats.reused;
        termsReused += mentionMemo.terms!.stats.reused;
        if (mentionMemo.stats.changedNames > 0) rippled++;
        const full = runPipeline({ files, vocabulary: vocabulary(), layout: false });
        expect(bytes(rebuilt), step.name).toBe(bytes(full));
      }
      // The memo was used, and some edits changed names that other sentences had looked up.
      expect(reused).toBeGreaterThan(0);
      expect(rippled).toBeGreaterThan(0);
      expect(termsReused).toBeGreaterThan(0);
    });
  }
});

describe("rebuilds in new processes, the memo kept as text between them, equal full builds", () => {
  for (const [name, dir] of corpora) {
    it(name, () => {
      let text = new MentionMemo().serialize();
      let files = folder(dir);
      const build = () => {
        // Each build as a new process: the vocabulary compiled afresh, the memo read back from text.
        const mentionMemo = MentionMemo.deserialize(text);
        const r = runPipeline({ files, vocabulary: vocabulary(), mentionMemo, layout: false }, compileLexicon(vocabulary()));
        text = mentionMemo.serialize();
        return { r, reused: mentionMemo.stats.reused, relationsReused: mentionMemo.relations.stats.reused };
      };
      build();
      let reused = 0;
      let relationsReused = 0;
      for (const step of dayOfEdits(files)) {
        files = step.edit(files);
        const rebuilt = build();
        reused += rebuilt.reused;
        relationsReused += rebuilt.relationsReused;
        expect(bytes(rebuilt.r), step.name).toBe(bytes(runPipeline({ files, vocabulary: vocabulary(), layout: false })));
      }
      // Matching and the relation rules' proposals came back from the text.
      expect(reused).toBeGreaterThan(0);
      expect(relationsReused).toBeGreaterThan(0);
    });
  }
});

describe("an edit to one note", () => {
  // A watcher's rebuild shares with the build before every row an edit did not change: fact and
  // edge ids that counted across all notes moved for every note after the edited one, and rewrote
  // the rows of nearly every node (2,095 of aws-study's 2,148 after one line was added) and edge.
  for (const [name, dir] of corpora.filter(([, d]) => folder(d).length > 2)) {
    it(`leaves the other notes' fact and edge ids alone (${name})`, () => {
      const before = folder(dir);
      const enc = new TextEncoder();
      const after = before.map((f, i) => (i === 0 ? { ...f, bytes: enc.encode(`SQSとSNSの違い: SQSはプル型、SNSはプッシュ型\n${new TextDecoder().decode(f.bytes)}`) } : f));
      const idsOf = (r: PipelineResult) => new Map(r.graph.facts.filter((f) => f.file !== before[0]!.file).map((f) => [`${f.file}:${f.line}`, f.id]));
      const a = runPipeline({ files: before, vocabulary: vocabulary(), layout: false, searchIndex: false });
      const b = runPipeline({ files: after, vocabulary: vocabulary(), layout: false, searchIndex: false });
      expect(idsOf(a).size).toBeGreaterThan(10);
      expect(idsOf(b)).toEqual(idsOf(a));
      // The ids still go up in the order of the facts (a store reads them back in that order).
      const ids = b.graph.facts.map((f) => f.id);
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      // A node none of whose lines are in the edited note keeps its fact ids.
      const inEdited = new Set(b.graph.facts.filter((f) => f.file === before[0]!.file).map((f) => f.id));
      const untouched = a.graph.nodes.filter((n) => ![...n.facts, ...n.mentionedIn].some((id) => a.graph.facts.find((f) => f.id === id)?.file === before[0]!.file));
      const sameNode = new Map(b.graph.nodes.map((n) => [n.id, n]));
      const kept = untouched.filter((n) => JSON.stringify([n.facts, n.mentionedIn]) === JSON.stringify([sameNode.get(n.id)?.facts, sameNode.get(n.id)?.mentionedIn]));
      expect(untouched.length).toBeGreaterThan(5);
      expect(kept.length).toBeGreaterThan(untouched.length * 0.9);
      expect(inEdited.size).toBeGreaterThan(0);
      // So does an edge another note states, and edges too are listed in the order of their ids.
      const edgeKey = (e: PipelineResult["graph"]["edges"][number]) => `${e.kind}|${e.source}|${e.target}|${e.evidence.file}:${e.evidence.line}`;
      const elsewhere = (r: PipelineResult) => new Map(r.graph.edges.filter((e) => e.evidence.file !== before[0]!.file).map((e) => [edgeKey(e), e.id]));
      const edgesBefore = elsewhere(a);
      const edgesAfter = elsewhere(b);
      const sameEdge = [...edgesBefore].filter(([k, id]) => edgesAfter.get(k) === id);
      expect(edgesBefore.size).toBeGreaterThan(5);
      expect(sameEdge.length).toBeGreaterThan(edgesBefore.size * 0.9);
      const edgeIds = b.graph.edges.map((e) => e.id);
      expect(edgeIds).toEqual([...edgeIds].sort((x, y) => x - y));
    });
  }
});
