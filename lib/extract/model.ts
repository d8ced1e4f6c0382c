// The working model of one extraction: sections, lines with their sentences, what each sentence
// is about, and the edges proposed so far. Shared by the passes and the relation rules.

import type { EdgeKind, Evidence } from "../graph/types";
import type { HeadingRef, NoteLine } from "../parse/types";
import type { DefinitionSpan } from "./definitions";
import type { AnalysedSentence } from "./mentions";

export interface Section {
  index: number;
  file: string;
  heading: HeadingRef;
  /** The enclosing section. */
  parent?: number;
  /** What the section is about: the node its heading names, or (for "Overview", "概要") the enclosing one. */
  owner?: string;
  /** The heading names the owner itself (not inherited from above). */
  named: boolean;
  /** A heading that compares two things ("SQS vs SNS"): their keys, once known. */
  compared?: [string, string];
  questions: boolean;
  /** Under a heading over an analogy ("Real-World Analogy"), or inside such a section. */
  analogy?: true;
  /** Its heading gives one choice of a question with a verdict ("B. Amazon Cognito — ❌ Incorrect"). */
  choice?: true;
  lines: number[];
}

export interface LineWork {
  factId: number;
  note: NoteLine;
  file: string;
  section?: number;
  /** The note's own node (a vault note), for lines outside any named section. */
  noteOwner?: string;
  sentences: AnalysedSentence[];
  /** Sentence offsets in the line's text, parallel to `sentences`. */
  sentenceStarts: number[];
  definitions: { key: string; span: DefinitionSpan }[];
  /** Things named inside a longer name on this line (Cloufront in Cloufrontビュワーのリクエストヘッダー). */
  nested: string[];
  question?: string;
  /** What each sentence is about, parallel to `sentences` (undefined: nothing known). */
  subjects: (string | undefined)[];
  /** The fact id of the line this one continues as a list item ("Types of X:" above it). */
  lead?: number;
  /** The key of the name the whole line is (a list item "- Tape Gateway"), if it is one. */
  named?: string;
  /** A row of a table that compares things in its columns: those things (the row is a fact of each). */
  columns?: string[];
  /**
   * The line cites a document (citation.ts), or is only a link to a page on the web: it mentions
   * what it names and relates nothing, asks nothing, and is no summary. ("cites": its words are
   * the document's, and coin or define no name either; "links": a link's words may be a name,
   * "- [Amazon RDS for Oracle](…)".)
   */
  citation?: "cites" | "links";
  /**
   * A lettered choice of the question on an earlier line of its section ("A. Reserved Instances",
   * "(B) Amazon SQS"): that line's fact id. It says nothing of what it names — most choices are
   * wrong — so it is the question's mention of them and no more.
   */
  choiceOf?: number;
  /** Sentences after the first that open by citing a document ("…注意が必要です。参考: …"), by index. */
  citing?: number[];
}

export interface DraftEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  evidence: Evidence;
}

export interface ProposedEdge {
  source: string;
  target: string;
  kind: EdgeKind;
}
