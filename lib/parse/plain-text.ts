// Plain-text notes: one fact per line, with headings that are not marked up. A heading is a short
// line on its own that names a known thing (VPC, Route53, Active Directory), a line that announces
// questions (他疑問点), or a short line followed by a block of "term: definition" lines
// (オンプレとの連携). Marked headings (# Title, ■Title, 【Title】, underlined) are recognised too.

import type { Lexicon } from "../vocab/lexicon";
import { resolveName } from "../vocab/resolve-name";
import { circledAsParenthesised, cleanText, nfkc, withoutListMarker } from "../text/normalize";
import { isTermLike, onlyJoiningKana, splitDefinition } from "./definition";
import { cleanHeading, extractLinks, markWikilinks, withoutFormattingTags } from "./inline";
import { boundedName } from "./limits";
import type { HeadingRef, NoteLine, ParsedNote, Warning } from "./types";

/** Plain-text headings become level-2 headings, as in the Markdown form of the same notes. */
export const PLAIN_HEADING_DEPTH = 2;

const MARKED = [
  { re: /^(#{1,6})\s+(.+?)\s*#*$/, depth: (m: RegExpExecArray) => m[1]!.length },
  { re: /^[■□◆◇●▼▶]\s*(.+)$/, depth: () => PLAIN_HEADING_DEPTH },
  { re: /^【(.+)】$/, depth: () => PLAIN_HEADING_DEPTH },
];

function markedHeading(line: string): { text: string; depth: number } | undefined {
  for (const { re, depth } of MARKED) {
    const m = re.exec(line);
    if (m) return { text: (m[2] ?? m[1])!.trim(), depth: depth(m) };
  }
  return undefined;
}

/** Could this line be an unmarked heading? Short, alone, and not a sentence or a definition. */
export function isHeadingCandidate(line: string): boolean {
  const t = nfkc(line).trim();
  if (!t || t.length > 40) return false;
  if (/[。．！？!?、，:：]/.test(t) || /,\s/.test(t)) return false;
  if (/^[・\-*•+>|]/.test(t) || /^\d+[.)]\s/.test(t)) return false;
  if (/^[a-z]+:\/\//i.test(t)) return false;
  return true;
}

function isQuestionHeading(lex: Lexicon, line: string): boolean {
  const t = nfkc(line).toLowerCase();
  return lex.vocab.cues.questionHeadings.some((q) => t.includes(q.toLowerCase()));
}

/** Indices of the lines that are headings, decided in two passes (names first, then topics). */
export function detectPlainHeadings(lex: Lexicon, lines: string[]): Map<number, number> {
  const headings = new Map<number, number>();
  const blank = (i: number) => !lines[i]?.trim();
  for (let i = 0; i < lines.length; i++) {
    const marked = markedHeading(lines[i]!.trim());
    if (marked) headings.set(i, marked.depth);
  }
  // Pass 1: lines that name a known thing or announce questions, not directly under a heading.
  for (let i = 0; i < lines.length; i++) {
    if (headings.has(i) || !isHeadingCandidate(lines[i]!)) continue;
    if (headings.has(i - 1)) continue;
    if (i + 1 >= lines.length || blank(i + 1) && i + 2 >= lines.length) continue;
    if (resolveName(lex, lines[i]!) || isQuestionHeading(lex, lines[i]!)) headings.set(i, PLAIN_HEADING_DEPTH);
  }
  // Pass 2: a short line that opens a block made mostly of definitions names a topic.
  for (let i = 0; i < lines.length; i++) {
    if (headings.has(i) || !isHeadingCandidate(lines[i]!)) continue;
    if (headings.has(i - 1) || headings.has(i + 1) || i + 1 >= lines.length) continue;
    if (!isTermLike(lines[i]!) || !onlyJoiningKana(lines[i]!)) continue;
    let total = 0;
    let definitions = 0;
    for (let j = i + 1; j < lines.length && !headings.has(j); j++) {
      if (blank(j)) continue;
      total++;
      if (splitDefinition(nfkc(lines[j]!))) definitions++;
    }
    if (total >= 2 && definitions / total >= 0.6) headings.set(i, PLAIN_HEADING_DEPTH);
  }
  return headings;
}

export function parsePlainText(lex: Lexicon, file: string, text: string): ParsedNote {
  const warnings: Warning[] = [];
  const rawLines = text.split("\n");
  const headingLines = detectPlainHeadings(lex, rawLines);
  const headings: ParsedNote["headings"] = [];
  const lines: NoteLine[] = [];
  let path: HeadingRef[] = [];
  rawLines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const raw = rawLine;
    const clean = cleanText(raw);
    if (!clean) return;
    const depth = headingLines.get(index);
    if (depth !== undefined) {
      const name = boundedName(cleanHeading(nfkc(circledAsParenthesised(markedHeading(clean)?.text ?? clean))));
      if (!name) return;
      const heading: HeadingRef = { text: name, line: lineNo, depth };
      path = [...path.filter((h) => h.depth < depth), heading];
      headings.push({ ...heading, path: path.slice(0, -1) });
      return;
    }
    const { text: formatted, otherHtml } = withoutFormattingTags(clean.replace(/<!--[\s\S]*?(?:-->|$)/g, " "));
    if (otherHtml) warnings.push({ file, line: lineNo, message: "contains HTML; it is kept as plain text and never rendered" });
    // List markers go before NFKC, which would turn ① into a bare 1.
    const { text, links } = extractLinks(markWikilinks(nfkc(circledAsParenthesised(withoutListMarker(cleanText(formatted))))));
    if (!text.trim()) return;
    lines.push({ text, raw: raw.trim(), line: lineNo, path, source: "text", ...(links.length ? { links } : {}) });
  });
  return { file, aliases: [], tags: [], up: [], related: [], headings, lines, warnings };
}
