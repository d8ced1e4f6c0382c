// The knowledge graph: what the extract stage produces, the store keeps and the app shows.

export const NODE_KINDS = ["service", "concept", "topic", "question"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Strongest first: a pair joined by a stronger kind is never also joined by `mentions`. */
export const EDGE_KINDS = ["supersedes", "contrasts", "alternative", "part_of", "integrates", "mentions"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface Evidence {
  /** The sentence the relation was drawn from, as written. */
  text: string;
  file: string;
  line: number;
}

export interface Fact {
  id: number;
  file: string;
  line: number;
  /** The line as the user wrote it (Markdown in .md notes). */
  text: string;
  /** Headings above the line, outermost first. */
  section: string[];
}

export interface GraphNode {
  /** Stable, URL-safe ASCII slug. */
  id: string;
  /** English label (the notes' own wording where no English form is known). */
  label: string;
  /** Japanese label, where the notes give one. */
  labelJa?: string;
  kind: NodeKind;
  /** Other names: abbreviations, former names, the other language's form, misspellings found. */
  aliases: string[];
  /** What the notes define it as (its own definition); empty when they never define it. */
  summary: string;
  /** Ids of the lines about it: its section's lines, its definition, sentences it is the subject of. */
  facts: number[];
  /**
   * For a fact line only partly about it ("SQSはプル型。SNSはプッシュ型。"): the sentences that
   * are, by fact id. A comparison sets these side by side, never the other thing's sentence.
   */
  factSentences?: Record<number, string[]>;
  /** Ids of the lines that only name it (it is not what they are about). */
  mentionedIn: number[];
  /** Tags from the front matter of the note it is. */
  tags?: string[];
  /** The service or topic it belongs to. */
  parent?: string;
  /** Position from the build-time layout. */
  x?: number;
  y?: number;
}

export interface GraphEdge {
  id: number;
  source: string;
  target: string;
  kind: EdgeKind;
  evidence: Evidence;
  /** Further sentences that state the same relation. */
  more: Evidence[];
}

export interface KnowledgeGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  facts: Fact[];
}

export function edgeKindRank(kind: EdgeKind): number {
  return EDGE_KINDS.indexOf(kind);
}
