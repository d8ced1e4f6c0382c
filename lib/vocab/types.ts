// Shapes of the vocabulary files under vocab/ (see vocab/README.md).

export type EntityKind = "service" | "concept";

export interface EntityEntry {
  id: string;
  label: string;
  kind: EntityKind;
  names: string[];
  ja: string[];
  parent?: string;
  supersedes: string[];
  ambiguous: boolean;
}

export interface Cues {
  contrasts: { between: string[]; afterOther: string[]; conversely: string[] };
  supersedes: { formerPrefix: string[]; newerVersionOf: string[]; olderMarker: string[]; preferMarker: string[] };
  alternative: string[];
  integrates: string[];
  questionHeadings: string[];
  questionMarkers: string[];
  stopTerms: string[];
  genericWords: string[];
  functionWords: string[];
}

export interface Aspect {
  id: string;
  en: string;
  ja: string;
  words: string[];
}

export interface Vocabulary {
  entities: EntityEntry[];
  /** Japanese word → English form ("" drops the word). */
  glossary: Record<string, string>;
  strongHeads: string[];
  weakHeads: string[];
  modifiers: string[];
  determiners: string[];
  cues: Cues;
  /** Aspects for side-by-side comparisons. */
  aspects: Aspect[];
}

/** One vocabulary file as read from disk, with the path it came from (for messages). */
export interface VocabularySource {
  path: string;
  data: unknown;
}
