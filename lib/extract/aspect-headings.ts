// Headings that name an aspect, not a thing. Articles about one service each tend to share an
// outline ("## 監視", "## 暗号化", "## Workshop", "## Free tier"): under AWS Lambda the section
// "監視" is Lambda's monitoring, under AWS Glue it is Glue's. Read as one node, such a heading
// gathers every service's lines into it ("Invocations" and "PutRecord.Success" as facts of
// "Monitoring", with CloudFront's line as its summary). A heading that heads sections of two or
// more different things is therefore read as an aspect of each, like "概要" or "Use cases".

import type { HeadingRef, LinkSpan, ParsedNote } from "../parse/types";
import { remembered } from "../text/bounded-memo";
import { nameKey, nfkc } from "../text/normalize";
import { isEverydayWord, type Lexicon } from "../vocab/lexicon";
import { resolveName } from "../vocab/resolve-name";
import { tokenize, translateTokens } from "../vocab/tokenize";
import { splitTrailingParenthetical } from "./definitions";
import { readHeading, type HeadingMeaning } from "./headings";

/**
 * The vocabulary entity a heading names, as a named heading resolves it ("AWS Lambda",
 * "Amazon Simple Storage Service (S3)"), or undefined.
 */
export function headingEntity(lex: Lexicon, name: string): string | undefined {
  const direct = resolveName(lex, name);
  if (direct) return direct.entity.id;
  const { name: before, inside } = splitTrailingParenthetical(name);
  if (!inside || !before) return undefined;
  return (resolveName(lex, before) ?? resolveName(lex, inside, false))?.entity.id;
}

/**
 * A product the vocabulary does not list, named the way its vendor names products: the domain's
 * anchor, then a name in Latin letters ("Amazon Q Developer", "AWS Transfer Family"); not "AWS の料金".
 * Its "## 料金体系" is its pricing, as Kinesis Data Streams' "## 料金体系" is that service's.
 */
export function productNamed(lex: Lexicon, name: string): string | undefined {
  const t = nfkc(name).trim();
  for (const d of lex.vocab.domains)
    for (const anchor of d.anchors) {
      const rest = t.slice(anchor.length + 1);
      // (The whole rest a name: "Amazon API Gateway のクォータ" is an aspect of a product, not one.)
      if (t.startsWith(`${anchor} `) && /^[A-Z0-9][\x21-\x7e]*(?: [\x21-\x7e]+)*$/.test(rest)) return `product:${nameKey(rest)}`;
    }
  return undefined;
}

/** The link a heading is made of alone ("## [[AWS Compute|Compute]]"): it names the linked note. */
export function headingLink(h: Pick<HeadingRef, "links" | "text">): LinkSpan | undefined {
  const link = h.links?.length === 1 ? h.links[0]! : undefined;
  return link && link.start === 0 && link.end === h.text.length ? link : undefined;
}

export interface AspectHeadingContext {
  /** The vocabulary entity a note is, when it is one (a vault note "Amazon S3.md"): the thing its top-level sections are about. */
  noteEntity(file: string): string | undefined;
  /** A name the notes give a node of its own (a note's title or alias): never an aspect. */
  namesNote(name: string): boolean;
}

/** What a note's headings read as, kept per compiled vocabulary and parsed note (a watcher's rebuild reads only changed notes again). */
const readings = new WeakMap<Lexicon, WeakMap<ParsedNote, Map<number, { meaning: HeadingMeaning; entity?: string | null }>>>();

function readingsOf(lex: Lexicon, note: ParsedNote): Map<number, { meaning: HeadingMeaning; entity?: string | null }> {
  let byNote = readings.get(lex);
  if (!byNote) readings.set(lex, (byNote = new WeakMap()));
  let out = byNote.get(note);
  if (!out) {
    out = new Map();
    for (const h of note.headings) out.set(h.line, { meaning: readHeading(lex, h.text, h.depth) });
    byNote.set(note, out);
  }
  return out;
}

/** The meaning of a note's heading at `line` (readHeading, remembered). */
export function headingMeaning(lex: Lexicon, note: ParsedNote, h: { text: string; line: number; depth: number }): HeadingMeaning {
  return readingsOf(lex, note).get(h.line)?.meaning ?? readHeading(lex, h.text, h.depth);
}

/**
 * What identifies a heading's name across notes: its English when the glossary gives all of it
 * (監視 and モニタリング are both "monitoring", as the node they would make is), else the name.
 */
export function aspectKey(lex: Lexicon, name: string): string {
  let byName = aspectKeys.get(lex);
  if (!byName) aspectKeys.set(lex, (byName = new Map()));
  // (Headings' names: a few thousand in a large vault.)
  return remembered(byName, name, 50_000, () => {
    const tr = /[\u3040-\u30ff\u3400-\u9fff]/.test(name) ? translateTokens(tokenize(lex, name)) : undefined;
    return nameKey(tr?.complete && tr.english ? tr.english : name);
  });
}

const aspectKeys = new WeakMap<Lexicon, Map<string, string>>();

/**
 * The name keys of headings that head sections of at least two different things the vocabulary
 * knows (services, for AWS notes), named by a heading above them or by the note itself. Only such
 * things count, not other headings or notes' titles: "Provisioned IOPS SSD" under "SSD" in one note
 * and under "EBS options" in another is still one volume type, "## Database" in a study guide and in
 * its index are one category, and one article kept in two folders is one article.
 */
export function aspectHeadings(lex: Lexicon, notes: readonly ParsedNote[], context: AspectHeadingContext): Set<string> {
  // Headings found to be aspects let the heading above them decide for what they hold ("## 運用の
  // ポイント" > "### モニタリング" under AWS Glue): found again until nothing new is found.
  let aspects = new Set<string>();
  for (let round = 0; round < 4; round++) {
    const found = aspectsOnce(lex, notes, context, aspects);
    if (found.size === aspects.size) return found;
    aspects = found;
  }
  return aspects;
}

function aspectsOnce(lex: Lexicon, notes: readonly ParsedNote[], context: AspectHeadingContext, known: ReadonlySet<string>): Set<string> {
  const thingsUnder = new Map<string, Set<string>>();
  for (const note of notes) {
    const read = readingsOf(lex, note);
    const entityOf = (line: number, name: string) => {
      const r = read.get(line);
      if (!r) return headingEntity(lex, name);
      if (r.entity === undefined) r.entity = headingEntity(lex, name) ?? null;
      return r.entity ?? undefined;
    };
    for (const h of note.headings) {
      const meaning = read.get(h.line)!.meaning;
      if (meaning.kind !== "named") continue;
      // A heading that is only a link names the linked note.
      if (headingLink(h)) continue;
      // (A note of that name makes the heading that note — unless the heading is one everyday word,
      // "Storage", "ストレージ": under Amplify and under EC2 it is each one's, whatever a note
      // "storage.md" gathers.)
      if (entityOf(h.line, meaning.name) || (context.namesNote(meaning.name) && !isEverydayWord(lex, aspectKey(lex, meaning.name)))) continue;
      // The nearest enclosing named heading decides; a heading that is not a thing (a question
      // list, a generic "Overview", an aspect) passes the question on to the one above it.
      let thing: string | undefined;
      let enclosed = false;
      for (let i = h.path.length - 1; i >= 0 && !enclosed; i--) {
        const above = h.path[i]!;
        const m = read.get(above.line)?.meaning;
        if (m?.kind !== "named" || known.has(aspectKey(lex, m.name))) continue;
        enclosed = true;
        const entity = entityOf(above.line, m.name) ?? productNamed(lex, m.name) ?? (above.depth === 1 ? context.noteEntity(note.file) : undefined);
        if (entity) thing = entity;
      }
      if (!enclosed) thing = context.noteEntity(note.file);
      if (!thing) continue;
      const key = aspectKey(lex, meaning.name);
      let set = thingsUnder.get(key);
      if (!set) thingsUnder.set(key, (set = new Set()));
      set.add(thing);
    }
  }
  const out = new Set<string>();
  for (const [key, things] of thingsUnder) if (things.size >= 2) out.add(key);
  return out;
}

/** What a note says, kept per parsed note (a watcher's rebuild reads only changed notes again). */
const proses = new WeakMap<ParsedNote, { firstLines: Map<number, string>; text: string }>();

/** A note's first line under each heading (by the heading's line), and its sentences in lower case (no table rows). */
function proseOf(note: ParsedNote): { firstLines: Map<number, string>; text: string } {
  let out = proses.get(note);
  if (!out) {
    const firstLines = new Map<number, string>();
    for (const l of note.lines) for (const p of l.path) if (!firstLines.has(p.line)) firstLines.set(p.line, l.text);
    const text = note.lines
      .filter((l) => !l.table)
      .map((l) => l.text)
      .join("\n")
      .toLowerCase();
    proses.set(note, (out = { firstLines, text }));
  }
  return out;
}

/** Notes a heading must head sections in before it is read as a word of their outline. */
const OUTLINE_FILES = 4;

/**
 * The name keys of headings an outline repeats: the same heading over sections of at least four
 * notes (OUTLINE_FILES), opening differently in each, that no sentence of the notes writes ("## 学習内容"
 * in 33 articles, Kottiee's "Exam-Standard Questions", "## タスクステートメント"). Read as one node, such a
 * heading gathers every note's sections into one hub (VPC, EC2 and AWS Budgets all parts of
 * 学習内容); it is a section of what encloses it in each note, or of the note itself. Not a heading
 * the vocabulary knows, a product's, a note's own name, or a link: those name one thing wherever
 * they stand; nor one over things the vocabulary knows (their category); nor one whose sections
 * open alike (one article kept in two folders is one article).
 */
export function outlineHeadings(lex: Lexicon, notes: readonly ParsedNote[], context: AspectHeadingContext): Set<string> {
  const seen = new Map<string, { files: Set<string>; opening: Set<string>; name: string }>();
  const things = new Set<string>();
  // The headings each heading holds, and how many of them name what the vocabulary knows.
  const held = new Map<string, { all: number; known: number }>();
  for (const note of notes) {
    const read = readingsOf(lex, note);
    const { firstLines } = proseOf(note);
    for (const h of note.headings) {
      const r = read.get(h.line)!;
      const meaning = r.meaning;
      if (meaning.kind !== "named") continue;
      const key = aspectKey(lex, meaning.name);
      if (r.entity === undefined) r.entity = headingEntity(lex, meaning.name) ?? null;
      const parent = h.path.at(-1);
      const parentMeaning = parent ? read.get(parent.line)?.meaning : undefined;
      if (parentMeaning?.kind === "named") {
        const pk = aspectKey(lex, parentMeaning.name);
        const c = held.get(pk) ?? { all: 0, known: 0 };
        c.all++;
        if (r.entity || productNamed(lex, meaning.name)) c.known++;
        held.set(pk, c);
      }
      if (things.has(key)) continue;
      if (headingLink(h) || r.entity || productNamed(lex, meaning.name) || context.namesNote(meaning.name)) {
        things.add(key);
        continue;
      }
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { files: new Set(), opening: new Set(), name: meaning.name }));
      s.files.add(note.file);
      // What its section says first: an article kept in two folders repeats one section, which is
      // still about one thing; an outline's word opens something else in each note.
      s.opening.add(firstLines.get(h.line) ?? `(none) ${note.file}:${h.line}`);
    }
  }
  const candidates = new Map<string, string>();
  for (const [key, { files, opening, name }] of seen) {
    if (things.has(key) || files.size < OUTLINE_FILES || opening.size < OUTLINE_FILES) continue;
    // (A heading over the things the vocabulary knows is their category, "## デベロッパーツール"
    // over CodeCommit and CodeBuild, wherever it stands.)
    const c = held.get(key);
    if (c && c.all >= 2 && c.known * 2 >= c.all) continue;
    candidates.set(key, nfkc(name).toLowerCase());
  }
  if (!candidates.size) return new Set();
  // A heading the notes never write in a sentence is their outline's word ("学習内容", "書籍情報",
  // "次のステップ"); one they do write about ("Health Checks", "Database") is a thing they file
  // under it, whatever its sections hold. (A table's column of that name is no sentence.)
  const unwritten = new Map(candidates);
  for (const note of notes) {
    const { text } = proseOf(note);
    for (const [key, name] of unwritten) if (text.includes(name)) unwritten.delete(key);
    if (!unwritten.size) break;
  }
  return new Set(unwritten.keys());
}
