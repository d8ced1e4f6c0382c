// The build, as one linear and timed pipeline over files already read: parse → extract.
// No I/O here: scripts/build-graph.ts reads the files and writes the result.

import { extractGraph } from "../extract/extract-graph";
import type { MentionMemo } from "../extract/mention-memo";
import { keepLayout, layoutGraph } from "../layout/layout-graph";
import { prebuiltSearchPayload, type SearchPayload } from "../search/graph-search";
import type { EdgeKind, KnowledgeGraph, NodeKind } from "../graph/types";
import { withBlockReferencesShown } from "../parse/block-references";
import { parseNote } from "../parse/parse-note";
import { parseKey, parseSalt, type ParseCache } from "./parse-cache";
import type { NoteFile, ParsedNote, Warning } from "../parse/types";
import { compileLexicon, type Lexicon } from "../vocab/lexicon";
import type { Vocabulary } from "../vocab/types";

export interface PipelineInput {
  files: NoteFile[];
  vocabulary: Vocabulary;
  /** Compute node positions (default true; tests of extraction alone switch it off). */
  layout?: boolean;
  /** Build the search index for shipping (default true). */
  searchIndex?: boolean;
  /** Where the previous build drew each node: kept, so that a rebuild does not redraw the graph. */
  previousPositions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Parsed notes of earlier builds, by content: unchanged files are not parsed again. */
  cache?: ParseCache;
  /**
   * Matching of the build before, kept by a caller that builds again (the watcher, or the command
   * line through .cache/match/): sentences an edit cannot affect are not matched again.
   */
  mentionMemo?: MentionMemo;
  /** Called after each file is parsed (for progress bars). */
  onFileParsed?: (done: number, total: number, file: string) => void;
}

export interface BuildSummary {
  files: number;
  filesSkipped: number;
  nodes: number;
  edges: number;
  nodesByKind: Partial<Record<NodeKind, number>>;
  edgesByKind: Partial<Record<EdgeKind, number>>;
  warnings: Warning[];
  timingsMs: Record<string, number>;
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  summary: BuildSummary;
  /** Each note as read, by file: what the note view shows behind every file:line. */
  sources: Record<string, string>;
  /** The search index, built once here for the server and the browser. */
  search?: SearchPayload;
}

function countBy<T extends string>(items: { kind: T }[]): Partial<Record<T, number>> {
  const out: Partial<Record<T, number>> = {};
  for (const { kind } of items) out[kind] = (out[kind] ?? 0) + 1;
  return out;
}

/**
 * One file's parse, never more: a note that trips an error nobody foresaw is skipped with its name
 * and the error, and the build goes on with the others.
 */
export function parseSafely(lex: Lexicon, f: NoteFile): ReturnType<typeof parseNote> {
  try {
    return parseNote(lex, f);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0]!.slice(0, 200) : String(e);
    return { warnings: [{ file: f.file, message: `could not be read as notes (${reason}); skipped` }] };
  }
}

export function runPipeline(input: PipelineInput, lexicon?: Lexicon): PipelineResult {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    timings[stage] = Math.round(performance.now() - t0);
    return out;
  };
  const lex = lexicon ?? time("vocabulary", () => compileLexicon(input.vocabulary));
  const warnings: Warning[] = [];
  const notes: ParsedNote[] = time("parse", () => {
    const parsed: ParsedNote[] = [];
    // Sorted, so that the graph does not depend on the order the file system lists files in.
    // (Logseq's references to blocks shown first: a caller that parsed ahead did the same.)
    const files = withBlockReferencesShown(input.files).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const salt = input.cache ? parseSalt(input.vocabulary) : "";
    files.forEach((f, i) => {
      const key = input.cache ? parseKey(salt, f.file, f.bytes) : "";
      let r = input.cache?.get(key);
      if (!r) {
        r = parseSafely(lex, f);
        input.cache?.set(key, r);
      }
      warnings.push(...r.warnings);
      if (r.note) parsed.push(r.note);
      input.onFileParsed?.(i + 1, files.length, f.file);
    });
    return parsed;
  });
  const extracted = time("extract", () => extractGraph(lex, notes, input.mentionMemo));
  warnings.push(...extracted.warnings);
  const { graph } = extracted;
  if (input.layout !== false && graph.nodes.length > 0) {
    const positions = time("layout", () => (input.previousPositions?.size ? keepLayout(graph, input.previousPositions) : layoutGraph(graph)));
    for (const n of graph.nodes) {
      const p = positions.get(n.id);
      if (p) Object.assign(n, p);
    }
  }
  const search = input.searchIndex !== false ? time("search index", () => prebuiltSearchPayload(graph, input.vocabulary.glossary)) : undefined;
  const sources: Record<string, string> = {};
  for (const n of notes) if (n.source !== undefined) sources[n.file] = n.source;
  return {
    graph,
    sources,
    ...(search ? { search } : {}),
    summary: {
      files: notes.length,
      filesSkipped: input.files.length - notes.length,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      nodesByKind: countBy(graph.nodes),
      edgesByKind: countBy(graph.edges),
      warnings,
      timingsMs: timings,
    },
  };
}
