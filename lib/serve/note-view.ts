// A note as the build read it, line by line, for the note view behind every file:line: each line
// with its number, whether the graph holds it as a fact, and the names in it that lead to nodes.
// Pure: the page renders it; the text stays text (never HTML).

import type { GraphNode } from "../graph/types";
import { nodeRef, type GraphIndex, type NodeRef } from "./concept-view";

export interface NoteSegment {
  text: string;
  /** The node this stretch of text names. */
  node?: NodeRef;
}

export interface NoteLineView {
  /** 1-based, as file:line cites it. */
  number: number;
  /** "heading" for a Markdown heading line, "blank" for an empty one. */
  kind: "heading" | "text" | "blank";
  segments: NoteSegment[];
  /** The graph cites this line (as a fact, or as the evidence of a relation). */
  cited: boolean;
}

export interface NoteView {
  file: string;
  lines: NoteLineView[];
  /** The nodes the note names, for the graph to hold in focus. */
  nodes: string[];
}

const cache = new WeakMap<GraphIndex, Map<string, Map<number, GraphNode[]>>>();

/** For each file, for each line, the nodes whose facts or mentions are that line. */
function nodesByLine(index: GraphIndex, file: string): Map<number, GraphNode[]> {
  let files = cache.get(index);
  if (!files) {
    files = new Map();
    for (const n of index.graph.nodes) {
      for (const id of [...n.facts, ...n.mentionedIn]) {
        const f = index.factById.get(id);
        if (!f) continue;
        const lines = files.get(f.file) ?? new Map<number, GraphNode[]>();
        const list = lines.get(f.line) ?? [];
        if (!list.includes(n)) list.push(n);
        lines.set(f.line, list);
        files.set(f.file, lines);
      }
    }
    cache.set(index, files);
  }
  return files.get(file) ?? new Map();
}

const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Splits a line at the names of the given nodes (longest first, never overlapping). */
export function linkNames(text: string, nodes: GraphNode[]): NoteSegment[] {
  const names = nodes
    .flatMap((n) => [n.label, n.labelJa, ...n.aliases].filter((x): x is string => !!x && x.length >= 2).map((name) => ({ name, node: n })))
    .sort((a, b) => b.name.length - a.name.length);
  const lower = text.toLowerCase();
  const taken: { start: number; end: number; node: GraphNode }[] = [];
  for (const { name, node } of names) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      // Whole words only where the name is Latin: "SNS" is not inside "SNSs"… but "SQSキュー" holds SQS.
      if ((isLatin(needle[0]) && isLatin(text[at - 1])) || (isLatin(needle.at(-1)) && isLatin(text[end]))) continue;
      if (taken.some((t) => at < t.end && t.start < end)) continue;
      taken.push({ start: at, end, node });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const out: NoteSegment[] = [];
  let pos = 0;
  for (const t of taken) {
    if (t.start > pos) out.push({ text: text.slice(pos, t.start) });
    out.push({ text: text.slice(t.start, t.end), node: nodeRef(t.node) });
    pos = t.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos) });
  return out;
}

export function noteView(index: GraphIndex, file: string, source: string): NoteView {
  const byLine = nodesByLine(index, file);
  const cited = new Set<number>();
  for (const e of index.graph.edges) for (const ev of [e.evidence, ...e.more]) if (ev.file === file) cited.add(ev.line);
  const named = new Set<string>();
  const lines = source.split(/\r\n|\r|\n/).map((text, i): NoteLineView => {
    const number = i + 1;
    const nodes = byLine.get(number) ?? [];
    for (const n of nodes) named.add(n.id);
    return {
      number,
      kind: !text.trim() ? "blank" : /^\s{0,3}#{1,6}\s/.test(text) ? "heading" : "text",
      segments: nodes.length ? linkNames(text, nodes) : [{ text }],
      cited: nodes.length > 0 || cited.has(number),
    };
  });
  return { file, lines, nodes: [...named] };
}
