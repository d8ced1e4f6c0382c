// A line that cites a document ("引用元: Introducing … | AWS … Blog", "参考: Run Command を使用して
// SSM Agent を更新する", "AWS ドキュメント > Classic Load Balancer とは?") names the document the
// learner read, not something the learner says: its words define no term, ask no question and
// relate nothing, though it still mentions what it names.

import { escapeRegExp } from "../text/escape-regexp";
import { remembered } from "../text/bounded-memo";
import { nfkc } from "../text/normalize";
import type { Lexicon } from "../vocab/lexicon";

const compiled = new WeakMap<Lexicon, RegExp | null>();

/** Words of a cue list as alternatives of a regular expression, longest first (NFKC, escaped). */
function alternatives(xs: readonly string[]): string[] {
  return [...xs].sort((a, b) => b.length - a.length).map((x) => escapeRegExp(nfkc(x)));
}

function patternOf(lex: Lexicon): RegExp | null {
  let re = compiled.get(lex);
  if (re !== undefined) return re;
  const labels = alternatives(lex.vocab.cues.citationLabels);
  const documents = alternatives(lex.vocab.cues.documentNames);
  const parts: string[] = [];
  // A label alone before a colon or an arrow: "参考:", "Source:", "See also:", "参考>[Brotli(Wikipedia)](…)".
  if (labels.length) parts.push(`(?:${labels.join("|")})\\s*[:：>＞]`);
  // A document's name after a publisher's words (up to three, "AWS Storage"), before ">"; or
  // before ":" or a dash when the publisher is written ("AWSブログ:", "AWS ブログ - …"):
  // "ドキュメント:" alone defines SSM's Documents.
  if (documents.length) {
    // (Words before it end at spaces, the last may be glued to it, "AWSブログ": one way to read a
    // line, so that a line of 20,000 letters is read in time proportional to it.)
    const publisher = (atLeastOne: boolean) => `(?:[^\\s:：>＞]+\\s+){0,2}[^\\s:：>＞]${atLeastOne ? "+?" : "*?"}\\s*`;
    parts.push(`(?:${publisher(false)})?(?:${documents.join("|")})\\s*[>＞]`);
    parts.push(`${publisher(true)}(?:${documents.join("|")})(?:\\s*[:：]|\\s+[-–—]\\s)`);
  }
  re = parts.length ? new RegExp(`^\\s*(?:${parts.join("|")})`, "i") : null;
  compiled.set(lex, re);
  return re;
}

const trailingCitations = new WeakMap<Lexicon, RegExp | null>();

/**
 * The text without a citation it ends on after a comma: "OIDC、参考＞[OpenID Connect (OIDC) とは? |
 * Microsoft Security](…)" in brackets after OpenID Connect is "OIDC", another name, and a reference.
 */
export function withoutTrailingCitation(lex: Lexicon, text: string): string {
  let re = trailingCitations.get(lex);
  if (re === undefined) {
    const labels = alternatives(lex.vocab.cues.citationLabels);
    trailingCitations.set(lex, (re = labels.length ? new RegExp(`\\s*[、,，]\\s*(?:${labels.join("|")})\\s*[:：>＞][\\s\\S]*$`, "i") : null));
  }
  return re ? text.replace(re, "") : text;
}

const citedTitles = new WeakMap<Lexicon, RegExp | null>();

/**
 * The text with what a citation inside it cites blanked out, its length kept: "…OpenID Connect
 * (OIDC、参考＞OpenID Connect (OIDC) とは? | Microsoft Security) で定義…" names no "Microsoft Security".
 * (To the closing bracket, else the end.)
 */
export function withoutCitedTitles(lex: Lexicon, text: string): string {
  if (!text.includes(">") && !text.includes("＞")) return text;
  let re = citedTitles.get(lex);
  if (re === undefined) {
    const labels = alternatives(lex.vocab.cues.citationLabels);
    citedTitles.set(lex, (re = labels.length ? new RegExp(`(?:${labels.join("|")})\\s*[>＞](?:[^()（）]|[(（][^()（）]*[)）])*`, "gi") : null));
  }
  return re ? text.replace(re, (m) => " ".repeat(m.length)) : text;
}

/** Answers by lexicon and line: a rebuild asks again of every line and sentence (aws-study: 35 ms a build). */
const answers = new WeakMap<Lexicon, Map<string, boolean>>();

/** Does the line open by citing a document? */
export function citesDocument(lex: Lexicon, text: string): boolean {
  const pattern = patternOf(lex);
  if (!pattern) return false;
  let known = answers.get(lex);
  if (!known) answers.set(lex, (known = new Map()));
  // (A label opens the line: its first words are enough.)
  return remembered(known, text, 200_000, () => pattern.test(text.slice(0, 160)));
}

const bracketedSources = new WeakMap<Lexicon, RegExp | null>();

/**
 * Does the line end by saying where its words were published, a link naming a document in
 * brackets: "Amazon VPC Lattice: エンタープライズネットワークを…簡素化する([AWS ブログ](https://…))"?
 * Its words are then the document's title, under "学習リソース" or anywhere, not the learner's.
 * (`raw`: the line as written, its links' addresses still in it.)
 */
export function citesInBrackets(lex: Lexicon, raw: string): boolean {
  let re = bracketedSources.get(lex);
  if (re === undefined) {
    const documents = [...lex.vocab.cues.documentNames].sort((a, b) => b.length - a.length).map((x) => escapeRegExp(nfkc(x)));
    re = documents.length ? new RegExp(`[(（]\\s*\\[[^\\]]*(?:^|[^a-z])(?:${documents.join("|")})(?:[^a-z][^\\]]*)?\\]\\([^()\\s]*\\)\\s*[)）]\\s*$`, "i") : null;
    bracketedSources.set(lex, re);
  }
  return !!re && raw.length < 2000 && re.test(nfkc(raw));
}
