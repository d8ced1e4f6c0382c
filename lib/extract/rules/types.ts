// The shape every relation rule has: one family of cues ("A vs B", "旧X", "→"), read in one
// sentence, proposing edges between the things it names. Each rule is one module with fixtures
// in Japanese and English under tests/fixtures/rules/.

import type { Lexicon } from "../../vocab/lexicon";
import type { AnalysedSentence, Mention } from "../mentions";
import type { ProposedEdge } from "../model";

/** What rules may ask about the things a sentence names. */
export interface Knowledge {
  kindOf(key: string): string | undefined;
  /** Newer → older pairs the vocabulary knows (EventBridge supersedes CloudWatch Events). */
  supersedesInVocab(newer: string, older: string): boolean;
  /** Two things of one kind that vary one modifier of a shared head (gateway/interface endpoint). */
  comparable(a: string, b: string): boolean;
  /** The thing a name is named after (SNS for SNSトピック), if any. */
  namedAfter(key: string): string | undefined;
  /** One name ends in the other's words: a kind of it (Vault Lock policy, policy). */
  kindOfOther(a: string, b: string): boolean;
  /** A common noun of the glossary standing alone (料金, throughput), no proper name. */
  commonNoun(key: string): boolean;
  /** The vocabulary knows it, the notes define it, it is a note of its own, or it is written as a name: a thing, not only a heading's words. */
  vouched(key: string): boolean;
  /** The vocabulary knows it (a service, or a thing of one: a virtual private gateway). */
  inVocabulary(key: string): boolean;
  /** Some note writes these words as code, one name ("`マネジメントとガバナンス` に分類"). */
  writtenAsCode(text: string): boolean;
}

export interface SentenceContext {
  lex: Lexicon;
  s: AnalysedSentence;
  /** The sentence's mentions, in order. */
  ms: Mention[];
  /** What the sentence is about: its topic, the line's defined term, the list's lead, or the section's node. */
  subject?: string;
  /** The node whose section holds the line. */
  owner?: string;
  know: Knowledge;
}

export interface SentenceRule {
  name: string;
  propose(ctx: SentenceContext): ProposedEdge[];
}
