// The user's real notes and the graph built from them, shared by the tests.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readVocabulary } from "../../lib/io/read-vocabulary";
import type { GraphEdge, GraphNode, KnowledgeGraph } from "../../lib/graph/types";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { compileLexicon, type Lexicon } from "../../lib/vocab/lexicon";
import type { Vocabulary } from "../../lib/vocab/types";

export const ROOT = path.resolve(__dirname, "../..");
export const SEED_TXT = path.join(ROOT, "tests/fixtures/seed/aws-notes.txt");
export const SEED_MD = path.join(ROOT, "notes/aws-notes.md");

let vocab: Vocabulary | undefined;
let lex: Lexicon | undefined;
export function vocabulary(): Vocabulary {
  vocab ??= readVocabulary(path.join(ROOT, "vocab"));
  return vocab;
}
export function lexicon(): Lexicon {
  lex ??= compileLexicon(vocabulary());
  return lex;
}

const graphs = new Map<string, KnowledgeGraph>();
/** The graph of one notes file (cached per file). */
export function graphOf(file: string, name = path.basename(file)): KnowledgeGraph {
  const key = `${file}|${name}`;
  let g = graphs.get(key);
  if (!g) {
    g = runPipeline({ files: [{ file: name, bytes: readFileSync(file) }], vocabulary: vocabulary() }, lexicon()).graph;
    graphs.set(key, g);
  }
  return g;
}

/** The graph of notes written in a test: one text (as notes.md), or texts by file name. No layout, no search index. */
export function graphOfNotes(notes: string | Record<string, string>): KnowledgeGraph {
  const byFile = typeof notes === "string" ? { "notes.md": notes } : notes;
  const files = Object.entries(byFile).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
  return runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon()).graph;
}

/** The graph of a folder of notes, sub-folders too, each note by its path in the folder, as a vault's are. No layout, no search index. */
export function graphOfFolder(dir: string): KnowledgeGraph {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ file: f.split(path.sep).join("/"), bytes: readFileSync(path.join(dir, f)) }));
  return runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon()).graph;
}

export function seedGraph(): KnowledgeGraph {
  return graphOf(SEED_TXT);
}

export function node(g: KnowledgeGraph, id: string): GraphNode {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}; near: ${g.nodes.map((x) => x.id).filter((x) => x.includes(id.slice(0, 3))).join(", ")}`);
  return n;
}

/** The edge of this kind between a and b, in either direction. */
export function edge(g: KnowledgeGraph, kind: string, a: string, b: string): GraphEdge | undefined {
  return g.edges.find((e) => e.kind === kind && ((e.source === a && e.target === b) || (e.source === b && e.target === a)));
}

/** The node whose label or alias is this name. */
export function byName(g: KnowledgeGraph, name: string): GraphNode | undefined {
  const k = name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return g.nodes.find((n) => [n.label, n.labelJa ?? "", ...n.aliases].some((x) => x.normalize("NFKC").toLowerCase().replace(/\s+/g, "") === k));
}
