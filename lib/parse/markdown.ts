// Markdown notes through unified/remark (GFM tables and lists, YAML front matter). Every line of
// text keeps its line number; what is not content (comments, container fences, callout markers,
// embeds) is taken out first (inline.ts); links keep their targets as spans of the text; HTML
// that is not formatting stays text; code blocks are not facts.

import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfmNotes from "./gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { isJapanese } from "../text/script";
import { circledAsParenthesised, cleanText, nameKey, nfkc, withoutListMarker } from "../text/normalize";
import { isTermLike, looksLikeName, splitDefinition } from "./definition";
import { CODE_FENCE, cleanHeading, extractLinks, fileNameWords, markLink, markWikilinks, noteLinkFile, noteLinkTarget, titleReadAsFileName, withoutDecoration, withoutFormattingTags, withoutTrailingArrow } from "./inline";
import { boundedName, MAX_LINE_LENGTH, MAX_NAME_LENGTH } from "./limits";
import type { FrontMatterLink, HeadingRef, LineSource, LinkSpan, NoteLine, ParsedNote, TableRow, Warning } from "./types";

const processor = unified().use(remarkParse).use(remarkGfmNotes).use(remarkFrontmatter, ["yaml", "toml"]);

interface Context {
  file: string;
  sourceLines: string[];
  lines: NoteLine[];
  headings: ParsedNote["headings"];
  warnings: Warning[];
  path: HeadingRef[];
  /** The line the next list continues (a paragraph ending in ":" just before it), if any. */
  lead?: number;
  /** Tags written inline, Obsidian's way, at the end of a line ("Keys never leave KMS #AWSCommonTest"). */
  inlineTags: Set<string>;
  options: MarkdownOptions;
  /** Top-level headings the note has (written with "#" or underlined with "="). */
  topHeadings: number;
  /** The line of the note's title heading, when the top-level headings after it head its sections. */
  titleLine?: number;
}

/** What the parser may ask of the vocabulary. */
export interface MarkdownOptions {
  /** Names a folder gives files by convention ("index", "README"): such a file is named by its folder. */
  conventionalFileNames?: readonly string[];
  /** Whether two names name one thing ("Amazon SQS" and "sqs"), beyond the same letters. */
  sameThing?: (a: string, b: string) => boolean;
  /** Words that head a section of anything ("Summary", "概要"): no title of a thing. */
  sectionWords?: ReadonlySet<string>;
}

/** An Obsidian inline tag: "#" then a word that is not only digits ("#1" is a number). */
const TAG = /^#[\p{L}_][\p{L}\p{N}_/-]*$/u;

/** A line of tags alone ("#Amazon", "#aws #exam"), as a vault's notes open: it files the note and says nothing. */
export function onlyTags(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words[0] !== "" && words.every((w) => TAG.test(w));
}

/** The tags that end a line, as [where they start, the tags] (found word by word from the end: a line of a thousand "#a" stays linear). */
function trailingTags(text: string): [number, string[]] | undefined {
  const words = text.trimEnd().split(/(\s+)/);
  let i = words.length - 1;
  while (i >= 0 && TAG.test(words[i]!)) i -= 2;
  if (i === words.length - 1) return undefined;
  const at = words.slice(0, i + 1).join("").length;
  return [at, words.slice(i + 1).filter((w) => w.trim())];
}
/** …or opening one before its words: "#AWSCommonTest Responds with HTTP/1.1 200 OK…". */
const LEADING_TAGS = /^\s*(#[\p{L}_][\p{L}\p{N}_/-]*(?:\s+#[\p{L}_][\p{L}\p{N}_/-]*)*)\s+(?=[^\s#])/u;

/**
 * A line without the tags that end or open it, which say how the note is filed, not what it says
 * ("MFA Delete #AWSCommonTest" heads a section on MFA Delete); they become the note's tags.
 * Only where the source line has them as written: "`#include`" ending a line in code stays.
 */
function withoutTags(ctx: Context, text: string, line: number): string {
  const raw = ctx.sourceLines[line - 1] ?? "";
  const keep = (tags: string) => {
    for (const tag of tags.split(/\s+/)) ctx.inlineTags.add(tag.slice(1));
  };
  // (Tags alone on a line are left as written: "- #foreach" in a Zenn article on API Gateway's
  // templates names a directive.)
  const end = trailingTags(text);
  if (end && text.slice(0, end[0]).trim() && raw.trimEnd().endsWith(end[1].at(-1)!) && !/`\s*$/.test(raw)) {
    keep(end[1].join(" "));
    text = text.slice(0, end[0]).trimEnd();
  }
  const start = LEADING_TAGS.exec(text);
  if (start && /\p{L}/u.test(text.slice(start[0].length)) && raw.includes(start[1]!.split(/\s+/)[0]!)) {
    keep(start[1]!);
    text = text.slice(start[0].length);
  }
  return text;
}

/**
 * Plain text of inline content, line by line (soft line breaks kept as separate lines), links
 * marked. A line made only of images is no line: a picture is not a sentence of the note, and its
 * alt text ("icon", "s3_ec2_access_pattern_1") would stand as a fact that says nothing.
 */
function phrasingLines(nodes: PhrasingContent[], ctx: Context): Map<number, string> {
  const out = new Map<number, string>();
  const worded = new Set<number>();
  const headingLinks: { line: number; marked: string; target: string; shown: string; file: string | undefined }[] = [];
  const append = (line: number, text: string, words = true) => {
    out.set(line, (out.get(line) ?? "") + text);
    if (words && text.trim()) worded.add(line);
  };
  const walk = (node: PhrasingContent | Nodes) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "text": {
        markWikilinks(node.value)
          .split("\n")
          .forEach((piece, i) => append(line + i, piece));
        return;
      }
      case "inlineCode":
        append(line, node.value);
        return;
      case "html":
        node.value.split("\n").forEach((piece, i) => append(line + i, piece));
        return;
      case "image":
        // Alt text reads as words of the line it stands in, unless it is only a file's name
        // ("Pasted image 2023….png"); alone on its line it is dropped with the line (below).
        if (node.alt && !/\.(png|jpe?g|gif|svg|webp)$/i.test(node.alt.trim()) && !/^(image|画像|img|screenshot)\b/i.test(node.alt.trim())) append(line, node.alt, false);
        return;
      case "link": {
        // The link's words, on the line it starts; a link to another note keeps its target.
        const target = noteLinkTarget(node.url);
        const file = target ? noteLinkFile(node.url, ctx.file) : undefined;
        const shown = [...phrasingLines(node.children, ctx).values()].join(" ");
        if (target && shown.trim() && namesItsAnchor(node.url, shown)) headingLinks.push({ line, marked: markLink(target, shown, undefined, file), target, shown, file });
        append(line, target && shown.trim() ? markLink(target, shown, undefined, file) : shown);
        return;
      }
      case "break":
        return;
      // Words struck through (~~…~~) are what the writer took back — an old price beside the new
      // one, "100 USD(~~10,000~~ 15,000 JPY)", a retired exam, "~~AWS Certified Data Analytics~~ → 廃止"
      // —: the note no longer says them.
      case "delete":
        return;
      default:
        if ("children" in node) for (const child of node.children as PhrasingContent[]) walk(child);
    }
  };
  for (const n of nodes) walk(n);
  // A link to a heading of that note in the heading's own words, within a sentence ("…は8[ビット]
  // (numbers.md#ビット)…", "Uses [Cluster Mode](MultiAZ.md#Cluster%20Mode)"), names what the
  // heading does, not the note (LinkSpan.heading). (A line of only such links is a table of
  // contents, pointing at notes.)
  for (const { line, marked, target, shown, file } of headingLinks) {
    const text = out.get(line);
    if (text === undefined) continue;
    // (Words of the line outside its links: none on a line of links, however many.)
    const { text: plain, links } = extractLinks(text);
    const inText = /[\p{L}\p{N}]/u.test(links.reduceRight((rest, l) => rest.slice(0, l.start) + rest.slice(l.end), plain));
    out.set(line, text.replace(marked, markLink(target, shown, inText ? "in text" : "alone", file)));
  }
  for (const line of out.keys()) if (!worded.has(line)) out.delete(line);
  for (const [line, text] of out) out.set(line, withoutTags(ctx, text, line));
  return out;
}

function rawLine(ctx: Context, line: number): string {
  const raw = ctx.sourceLines[line - 1] ?? "";
  // (A callout's marker is no words of its title: "> [!abstract] How DNS Works" shows "How DNS Works".)
  return raw.replace(/^\s*(?:>\s*)*(?:\[![A-Za-z-]+\][+-]?\s*)?(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?/, "").trimEnd();
}

/**
 * A hard-wrapped English line continues on the next one. Japanese notes put one fact per line, but a
 * line that stops on a particle or a comma ("一般に結合演算はselect文とfrom文で複数の表名を") was cut
 * mid-sentence, where the writer's editor wrapped it: no fact ends so.
 */
function continues(prev: string, next: string): boolean {
  if (isJapanese(prev) || isJapanese(next)) return /(?:[をがにでとへやても]|[、,])$/.test(prev) && !splitDefinition(next);
  if (/[.!?:。！？：]$/.test(prev) || splitDefinition(next)) return false;
  return /^[a-z(]/.test(next) || prev.length >= 60;
}

/**
 * Does the marked line go on in the next, read as the words show? A link's address, marked inside
 * the text, is no length of the line and does not end it — "[General info](./services/…/translate.md#general-info)"
 * is 12 letters —, and a line that is a link alone is an entry of a table of contents, no wrapped sentence.
 */
function wrapsOn(prevMarked: string, nextMarked: string): boolean {
  const [prev, next] = [extractLinks(prevMarked), extractLinks(nextMarked)];
  return !onlyLink(prev) && !onlyLink(next) && continues(prev.text, next.text);
}

/** Is the line (its words and links) one link and nothing else? */
function onlyLink({ text, links }: { text: string; links: LinkSpan[] }): boolean {
  return links.length === 1 && text.trim() === text.slice(links[0]!.start, links[0]!.end).trim();
}

/** What joins a wrapped line to the next: nothing between Japanese words, else a space. */
function wrapJoiner(prev: string, next: string): string {
  return /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/.test(prev) && /^[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(next) ? "" : " ";
}

/** Marked text → clean NFKC text with its links; formatting tags dropped (other HTML stays, with a warning). */
function cleanMarked(ctx: Context, marked: string, line: number): { text: string; links: LinkSpan[] } {
  const { text: formatted, otherHtml } = withoutFormattingTags(marked);
  if (otherHtml) ctx.warnings.push({ file: ctx.file, line, message: "contains HTML; it is kept as plain text and never rendered" });
  // List markers (・, ①) go before NFKC, which would turn ① into a bare 1.
  const { text, links } = extractLinks(nfkc(circledAsParenthesised(withoutListMarker(cleanText(formatted)))));
  return { text, links };
}

function pushLine(ctx: Context, marked: string, raw: string, line: number, source: LineSource, extra: Partial<NoteLine> = {}) {
  let { text, links } = cleanMarked(ctx, marked, line);
  text = text.trimEnd();
  if (!text) return;
  // Lines were cut before parsing; a paragraph of wrapped lines joined into one is cut here.
  if (text.length > MAX_LINE_LENGTH) {
    text = text.slice(0, MAX_LINE_LENGTH);
    raw = raw.slice(0, MAX_LINE_LENGTH);
    links = links.filter((l) => l.end <= MAX_LINE_LENGTH);
  }
  ctx.lines.push({ text, raw: raw.trim() || text, line, path: ctx.path, source, ...(links.length ? { links } : {}), ...(ctx.lead !== undefined && source === "list" ? { lead: ctx.lead } : {}), ...extra });
}

/** The words of a paragraph's opening bold, as its line's text will read them. */
function boldOpening(ctx: Context, node: Paragraph): string | undefined {
  const first = node.children[0];
  if (first?.type !== "strong") return undefined;
  const words = [...phrasingLines(first.children, ctx).values()].join(" ");
  return extractLinks(nfkc(cleanText(withoutFormattingTags(words).text))).text.trim() || undefined;
}

function addParagraph(ctx: Context, node: Paragraph, source: LineSource) {
  const perLine = [...phrasingLines(node.children, ctx).entries()].sort((a, b) => a[0] - b[0]);
  const bold = boldOpening(ctx, node);
  let opening = true;
  const termOf = (text: string): Partial<NoteLine> => {
    const first = opening;
    opening = false;
    if (!first || !bold) return {};
    const t = extractLinks(nfkc(circledAsParenthesised(withoutListMarker(cleanText(withoutFormattingTags(text).text))))).text;
    return t.startsWith(bold) && /^\s*(?:[:：]|[-–—](?:\s|$))/.test(t.slice(bold.length)) ? { term: bold } : {};
  };
  let current: { text: string; raw: string; line: number } | undefined;
  for (const [line, text] of perLine) {
    const clean = cleanText(text);
    if (!clean) continue;
    if (current && wrapsOn(current.text, clean)) {
      const joiner = wrapJoiner(current.text, clean);
      current.text += `${joiner}${clean}`;
      current.raw += `${joiner}${rawLine(ctx, line).trim()}`;
      continue;
    }
    if (current) pushLine(ctx, current.text, current.raw, current.line, source, termOf(current.text));
    current = { text: clean, raw: rawLine(ctx, line), line };
  }
  if (current) pushLine(ctx, current.text, current.raw, current.line, source, termOf(current.text));
}

function enterHeading(ctx: Context, marked: string, line: number, depth: number, item = false) {
  // Decoration is cleaned on the marked text, so that link offsets are those of the clean words.
  const cleaned = extractLinks(cleanHeading(nfkc(circledAsParenthesised(cleanText(withoutFormattingTags(marked).text)))));
  // (…and an arrow in a link's words, "[AWS SAA-C03 Study Site →](…)", once the link is read.)
  let text = withoutTrailingArrow(cleaned.text);
  if (text.length > MAX_NAME_LENGTH) {
    ctx.warnings.push({ file: ctx.file, line, message: `heading is ${text.length.toLocaleString("en")} characters long; its first ${MAX_NAME_LENGTH} name the section` });
    text = boundedName(text);
  }
  if (!text) return;
  const heading: HeadingRef = { text, line, depth, ...(cleaned.links.length ? { links: cleaned.links.filter((l) => l.start < text.length).map((l) => (l.end <= text.length ? l : { ...l, end: text.length })) } : {}), ...(item ? { item: true as const } : {}) };
  ctx.path = [...ctx.path.filter((h) => h.depth < depth), heading];
  ctx.headings.push({ ...heading, path: ctx.path.slice(0, -1) });
  ctx.lead = undefined;
}

function addList(ctx: Context, list: List, level: number) {
  for (const item of list.children) addListItem(ctx, item, level);
}

/**
 * An item that is just a name with a nested list acts as a heading for that nested list; any
 * other item with a nested list is the lead-in its nested items continue ("Three flavors:").
 */
function addListItem(ctx: Context, item: ListItem, level: number) {
  const [first, ...rest] = item.children;
  // A table of contents: an item that is only a link to a heading of this page says nothing new.
  if (first?.type === "paragraph" && first.children.length === 1 && first.children[0]!.type === "link" && first.children[0]!.url.startsWith("#")) {
    for (const child of rest) if (child.type === "list") addList(ctx, child, level + 1);
    return;
  }
  const nested = rest.filter((c): c is List => c.type === "list");
  if (first?.type === "paragraph" && nested.length > 0) {
    const marked = [...phrasingLines(first.children, ctx).values()].join(" ").trim();
    const text = extractLinks(nfkc(cleanText(marked))).text;
    const itemLine = first.position?.start.line ?? 0;
    if (isTermLike(text) && !splitDefinition(text) && looksLikeName(text)) {
      const saved = ctx.path;
      const savedLead = ctx.lead;
      const base = ctx.path.at(-1)?.depth ?? 0;
      enterHeading(ctx, marked, itemLine, base + 1, true);
      for (const list of nested) addList(ctx, list, level + 1);
      ctx.path = saved;
      ctx.lead = savedLead;
      for (const child of rest) if (child.type !== "list") addBlock(ctx, child, "list");
      return;
    }
    addBlock(ctx, first, "list");
    const savedLead = ctx.lead;
    ctx.lead = itemLine;
    for (const child of rest) {
      if (child.type === "list") addList(ctx, child, level + 1);
      else addBlock(ctx, child, "list");
    }
    ctx.lead = savedLead;
    return;
  }
  for (const child of item.children) {
    if (child.type === "list") addList(ctx, child, level + 1);
    else addBlock(ctx, child, "list");
  }
}

/** First header cells that name the aspect a row is about, not a thing: the table compares its columns. */
const ASPECT_HEADER = /^(|#|no\.?|項目|観点|比較観点|比較項目|比較|機能|特徴|特性|違い|内容|aspect|feature|features|property|properties|attribute|characteristic|criteria|criterion|item|category|dimension|comparison)$/i;

/** Header cells of a table of terms: "Term | Meaning", "用語 | 説明", "Service | Use case". */
/** A section that lists terms with their meanings ("## 用語", "## Glossary"): there a word any article heads a section with (料金, Overview) is a term defined. */
export const GLOSSARY_HEADING = /^(用語|用語集|用語解説|略語|略語集|キーワード|glossary|terms|terminology|key terms|keywords|vocabulary|acronyms|key acronyms|abbreviations)$/i;
export const TERM_HEADER = /^(term|terms|name|keyword|word|concept|service|services|command|用語|名前|名称|キーワード|概念|サービス|サービス名|コマンド|単語)$/i;
export const MEANING_HEADER = /^(meaning|description|definition|explanation|summary|notes?|details?|use ?cases?|usage|purpose|説明|概要|意味|定義|内容|用途|備考|特徴|メモ|解説)$/i;
/** A column of what each row is, in words ("Description", "説明"): not of what it is for or notes on it ("Use case", "備考"). */
export const DESCRIPTION_HEADER = /^(?:meaning|description|definition|explanation|summary|説明|概要|意味|定義|解説)$/i;

/**
 * A table row as one line of text: "term: meaning" for a two-column table of terms, else each
 * cell after its column's header ("Standard Queue: at least once / FIFO Queue: exactly once"), so
 * the line says which cell belongs to which column.
 */
function tableRowText(header: string[], cells: string[]): string {
  const filled = cells.map((c, i) => ({ c, h: header[i] ?? "" })).filter((x) => x.c);
  if (filled.length <= 1) return filled[0]?.c ?? "";
  const aspect = ASPECT_HEADER.test((header[0] ?? "").trim());
  const glossary = header.length <= 2 && (TERM_HEADER.test((header[0] ?? "").trim()) || MEANING_HEADER.test((header[1] ?? "").trim()));
  if (glossary || !header.some((h, i) => i > 0 && h.trim())) return `${filled[0]!.c}: ${filled.slice(1).map((x) => x.c).join(" / ")}`;
  if (aspect) return `${filled[0]!.c}: ${filled.slice(1).map((x) => (x.h ? `${x.h} = ${x.c}` : x.c)).join(" / ")}`;
  return filled.map((x) => (x.h ? `${x.h}: ${x.c}` : x.c)).join(" / ");
}

function addTable(ctx: Context, table: Table) {
  const rows = table.children.map((row) => ({
    line: row.position?.start.line ?? 0,
    marked: row.children.map((cell) => cleanText([...phrasingLines(cell.children, ctx).values()].join(" "))),
    // (The row is shown as "cell: cell", without its backticks: what they held is kept here.)
    code: row.children.flatMap((cell) => cell.children.filter((c) => c.type === "inlineCode").map((c) => nfkc(c.value).trim())).filter(Boolean),
  }));
  const header = (rows[0]?.marked ?? []).map((m) => cleanMarked(ctx, m, rows[0]!.line).text);
  for (const row of rows.slice(1)) {
    const cells = row.marked.map((m) => cleanMarked(ctx, m, row.line).text);
    const text = tableRowText(header, cells);
    if (!text) continue;
    const t: TableRow = { header, cells };
    ctx.lines.push({ text, raw: text, line: row.line, path: ctx.path, source: "table", table: t, ...(row.code.length ? { code: row.code } : {}) });
  }
}

function addBlock(ctx: Context, node: RootContent, source: LineSource = "paragraph") {
  const line = node.position?.start.line ?? 0;
  switch (node.type) {
    case "heading": {
      // A note that opens on a heading naming what its file is named for, with more top-level
      // headings after it, is titled by that heading and sectioned by the others: "SQS\n====" then
      // "# 全般", "# FIFOキュー" in SQS/README.md; "# DynamoDB (DDB)" then "# Secondary Indexing" in
      // ddb.md. (Read as written, "全般" headed a note of its own, gathering every note's "全般".)
      const opening = ctx.headings.length === 0 && ctx.lines.length === 0 && node.depth === 1 && ctx.topHeadings > 1;
      const depth = ctx.titleLine !== undefined ? Math.min(6, node.depth + 1) : node.depth;
      enterHeading(ctx, [...phrasingLines((node as Heading).children, ctx).values()].join(" "), line, depth);
      const title = ctx.headings.at(-1);
      if (opening && title?.line === line && titlesFile(ctx.file, title.text, ctx.options)) ctx.titleLine = line;
      return;
    }
    case "paragraph": {
      addParagraph(ctx, node, source);
      // A paragraph that ends in a colon leads the list that follows it ("Types of X:", "以下の通り:").
      const last = ctx.lines.at(-1);
      if (source !== "list") ctx.lead = last && last.line >= line && /[:：]$/.test(last.text) ? last.line : undefined;
      return;
    }
    case "list":
      addList(ctx, node, 0);
      ctx.lead = undefined;
      return;
    case "table":
      addTable(ctx, node);
      ctx.lead = undefined;
      return;
    case "blockquote":
      for (const child of node.children) addBlock(ctx, child, "quote");
      return;
    case "html":
      node.value.split("\n").forEach((piece, i) => {
        // (Markup and no words, "<img src=…>" or "<div align=center>", is no line, as a picture is not;
        // nor is the label of a block that opens on a click, "<summary>Show Answer</summary>".)
        if (piece.trim() && /[\p{L}\p{N}]/u.test(piece.replace(/<[^>]*>/g, "")) && !/^\s*<summary\b[^>]*>.*<\/summary>\s*$/i.test(piece)) pushLine(ctx, piece, piece, line + i, "html");
      });
      return;
    default:
      return; // code, thematic breaks, link definitions: not facts
  }
}

interface FrontMatter {
  title?: string;
  aliases: string[];
  tags: string[];
  up: FrontMatterLink[];
  related: FrontMatterLink[];
}

const LIST = (v: unknown): string[] => (Array.isArray(v) ? v.flat().filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []);

/** Do a link's words spell the heading its address points to ("#geoproximity", "#emr-/-aws-integration")? */
function namesItsAnchor(url: string, shown: string): boolean {
  const at = url.indexOf("#");
  if (at < 0) return false;
  let anchor = url.slice(at + 1);
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    return false;
  }
  // (Letters and digits only: heading anchors drop or dash the rest, each generator its own way.)
  const letters = (x: string) => x.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return letters(anchor) !== "" && letters(anchor) === letters(shown);
}

/** "[[AWS Lambda]]", "AWS Lambda", "[AWS Lambda](AWS%20Lambda.md)" → the note's name. */
function frontMatterTarget(value: string): string | undefined {
  const { text, links } = extractLinks(markWikilinks(value.trim()));
  if (links[0]) return links[0].target;
  const md = /^\[[^\]]*\]\(([^)]+)\)$/.exec(text.trim());
  if (md) return noteLinkTarget(md[1]!);
  const t = text.trim();
  return t && t.length <= MAX_NAME_LENGTH ? t : undefined;
}

function readFrontMatter(ctx: Context, value: string, line: number, format: "yaml" | "toml" = "yaml"): FrontMatter {
  const empty: FrontMatter = { aliases: [], tags: [], up: [], related: [] };
  let data: unknown;
  try {
    // (Hugo writes its front matter in TOML, between +++ lines.)
    data = (format === "toml" ? parseToml(value) : parseYaml(value)) as unknown;
  } catch (e) {
    ctx.warnings.push({ file: ctx.file, line, message: `front matter is not valid ${format === "toml" ? "TOML" : "YAML"} (${(e as Error).message.split("\n")[0]}); ignored` });
    return empty;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return empty;
  return frontMatterOf(data as Record<string, unknown>, value, line);
}

/** Keys a metadata block without fences opens with (MultiMarkdown, Google Codelabs): one of them at least. */
const METADATA_KEYS = new Set(["title", "author", "authors", "date", "tags", "keywords", "summary", "id", "categories", "category", "status", "description", "feedback link", "environments", "analytics account"]);
/** Properties Notion writes under a page's title when it exports Markdown ("Tags: …", "Created: …", "Last edited time: …"). */
const PAGE_PROPERTY_KEYS = new Set(["tags", "created", "created time", "created by", "last edited", "last edited time", "last edited by", "status", "date", "author", "category", "type", "url", "reviewed"]);
const METADATA_LINE = /^([A-Za-z][A-Za-z0-9 _-]{0,30}):(?:\s+(.*))?$/;

/**
 * A metadata block without fences: the note's first lines, each "Key: value", up to the first
 * blank line (MultiMarkdown metadata; the header of a Google Codelabs page: "summary:", "id:",
 * "categories:", "tags:", "authors:"): how many lines it has (0 when the note opens with none) and
 * what they say, by lower-case key.
 */
function metadataBlock(lines: string[]): { length: number; record: Record<string, string> } {
  const record: Record<string, string> = {};
  let n = 0;
  for (; n < lines.length && lines[n]!.trim(); n++) {
    const m = METADATA_LINE.exec(lines[n]!.trimEnd());
    if (!m) return { length: 0, record: {} };
    record[m[1]!.toLowerCase()] = (m[2] ?? "").trim();
  }
  return n >= 2 && Object.keys(record).some((k) => METADATA_KEYS.has(k)) ? { length: n, record } : { length: 0, record: {} };
}

/**
 * A Notion page exported as Markdown: "# Title", a blank line, then its properties, "Key: value"
 * each, two of them at least Notion's own (Tags, Created, Last edited time, Status…): where that
 * block starts and what it says. (Not a note's facts under its title, "Type: queue / Delivery: …".)
 */
function pageProperties(lines: string[]): { start: number; length: number; record: Record<string, string> } {
  if (!/^#\s+\S/.test(lines[0] ?? "") || (lines[1] ?? "x").trim()) return { start: 0, length: 0, record: {} };
  const block = metadataBlock(lines.slice(2));
  const known = Object.keys(block.record).filter((k) => PAGE_PROPERTY_KEYS.has(k)).length;
  return block.length && known >= 2 ? { start: 2, ...block } : { start: 0, length: 0, record: {} };
}

function frontMatterOf(record: Record<string, unknown>, value: string, line: number, properties = false): FrontMatter {
  const get = (...keys: string[]) => keys.flatMap((k) => LIST(record[k] ?? record[k[0]!.toUpperCase() + k.slice(1)]));
  const frontLines = value.split("\n");
  const links = (...keys: string[]): FrontMatterLink[] =>
    get(...keys)
      .map((v) => {
        const target = frontMatterTarget(v);
        if (!target) return undefined;
        const at = frontLines.findIndex((l) => l.includes(v.trim()));
        return { target, line: line + 1 + Math.max(0, at), text: (frontLines[at] ?? v).trim().replace(/^-\s*/, "") };
      })
      .filter((x): x is FrontMatterLink => !!x);
  let title = typeof record.title === "string" ? boundedName(nfkc(cleanText(record.title))) : undefined;
  // (Dendron writes a note's title from its file's name when it creates the note, and keeps it when
  // the file is renamed: "dead_letter_queue" over dlq.md. Its front matter says so: an id, the
  // title, a description, and the times it was created and updated, in milliseconds.)
  const dendron = typeof record.id === "string" && "desc" in record && typeof record.created === "number" && typeof record.updated === "number";
  if (title && dendron) title = fileNameWords(title) || title;
  // Names only: an alias longer than a name can be is not one.
  const aliases = get("aliases", "alias").map((a) => nfkc(cleanText(a))).filter((x) => x && x.length <= MAX_NAME_LENGTH);
  // (Logseq's properties, "tags:: Distributed Systems, Java", separate tags by commas and a tag
  // may have words; Obsidian's are one word each, "tags: aws networking", or "#aws #network".)
  const tags = get("tags", "tag", "topics")
    .flatMap((t) => (properties && !/^\s*#/.test(t) ? t.split(",") : t.split(/[\s,]+/)))
    .map((t) => t.replace(/^#/, "").replace(/^\[\[([^\]|]*)(?:\|[^\]]*)?\]\]$/, "$1").trim())
    .filter(Boolean);
  return { ...(title ? { title } : {}), aliases, tags, up: links("up", "parent", "parents"), related: links("related", "related_concepts", "related_notes", "links", "see_also") };
}

/** An Obsidian Dataview field on a line of its own: "Related concepts:: [[Elasticity]]", "tags:: [[network]]". */
const INLINE_FIELD = /^\s*(?:[-*+]\s+)?([A-Za-z][A-Za-z0-9 _-]{0,30})::(.*)$/;
/** …or, with one colon, a key of front matter before links: "related: [[Amazon EC2]]", "tags: [[network]] [[aws/security]]". */
const LINKED_FIELD = /^\s*(?:[-*+]\s+)?(tags?|aliases|up|parents?|related(?: concepts?| notes)?|see also)\s*:\s*((?:\[\[[^\]]+\]\][\s,]*)+)$/i;

/**
 * The note's Dataview fields, read as front matter would be (related, up, tags, aliases: their
 * keys, in any case, "Related concepts" too), with the lines they stand on (outside code blocks).
 */
function inlineFields(lines: string[]): { record: Record<string, string[]>; at: number[] } {
  const record: Record<string, string[]> = {};
  const at: number[] = [];
  let fence: string | undefined;
  // (Not in the front matter: its keys are YAML.)
  const front = lines[0]?.trim() === "---" ? lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l)) : -1;
  lines.forEach((l, i) => {
    if (i <= front) return;
    const f = CODE_FENCE.exec(l)?.[1];
    if (f && (!fence || f.startsWith(fence))) fence = fence ? undefined : f;
    if (fence || f) return;
    const m = INLINE_FIELD.exec(l) ?? LINKED_FIELD.exec(l);
    if (!m) return;
    at.push(i);
    // (A property indented under a list item is that block's, in Logseq's outlines: "alias::
    // Session" under the item "org.hibernate.Session" in Hibernate.md names that block, not the
    // page; "tags:: Junit" under an example tags the example. Its line goes all the same.)
    if (/^[ \t]/.test(l)) return;
    const key = m[1]!.trim().toLowerCase().replace(/\s+/g, "_");
    // (The value trimmed here, not by the pattern: one way to read a line of any length.)
    (record[key] ??= []).push(...m[2]!.trim().split(/,\s*(?=\[\[)|\s+(?=\[\[)/).filter(Boolean));
  });
  return { record, at };
}

/**
 * Whether a heading names what the note's file is named for: its file's name, or its folder's for
 * a file named by convention (SQS/README.md); either side of "DynamoDB (DDB)" counts.
 */
function titlesFile(file: string, heading: string, options: MarkdownOptions): boolean {
  const parts = file.split("/");
  let base = (parts.at(-1) ?? "").replace(/\.[^.]+$/, "");
  if (options.conventionalFileNames?.some((c) => c.toLowerCase() === base.toLowerCase())) base = parts.at(-2) ?? "";
  const key = nameKey(base);
  // (GitBook's SUMMARY.md, "# Summary" then "# 数学ノート": a table of contents, whose chapters
  // are no sections of a thing called Summary.)
  if (!key || options.sectionWords?.has(heading.toLowerCase())) return false;
  const bracket = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(heading);
  const names = bracket ? [heading, bracket[1]!, bracket[2]!] : [heading];
  return names.some((n) => nameKey(n) === key || (options.sameThing?.(n, base) ?? false));
}

export function parseMarkdown(file: string, source: string, options: MarkdownOptions = {}): ParsedNote {
  let text = withoutDecoration(source);
  const ctx: Context = { file, sourceLines: source.split("\n"), lines: [], headings: [], warnings: [], path: [], inlineTags: new Set(), options, topHeadings: 0 };
  let front: FrontMatter = { aliases: [], tags: [], up: [], related: [] };
  // Metadata without fences is read as front matter, and its lines are no lines of the note
  // (blanked, so that every other line keeps its number).
  const textLines = text.split("\n");
  const metadata = metadataBlock(textLines);
  if (metadata.length) {
    front = frontMatterOf(metadata.record, textLines.slice(0, metadata.length).join("\n"), 0);
    text = [...textLines.slice(0, metadata.length).map(() => ""), ...textLines.slice(metadata.length)].join("\n");
  } else {
    const page = pageProperties(textLines);
    if (page.length) {
      // (The page's title is its heading already.)
      const { title: _title, ...record } = page.record;
      void _title;
      front = frontMatterOf(record, textLines.slice(page.start, page.start + page.length).join("\n"), page.start);
      text = textLines.map((l, i) => (i >= page.start && i < page.start + page.length ? "" : l)).join("\n");
    }
  }
  // Dataview fields are metadata too, and their lines no lines of the note (blanked alike).
  const lines = text.split("\n");
  const fields = inlineFields(lines);
  let fromFields: FrontMatter | undefined;
  if (fields.at.length) {
    const read = frontMatterOf(fields.record, fields.at.map((i) => lines[i]!).join("\n"), 0, true);
    const lineOf = (t: FrontMatterLink) => ({ ...t, line: 1 + (fields.at.find((i) => lines[i]!.includes(t.text.trim())) ?? fields.at[0]!) });
    fromFields = { aliases: read.aliases, tags: read.tags, up: read.up.map(lineOf), related: read.related.map(lineOf) };
    for (const i of fields.at) lines[i] = "";
    text = lines.join("\n");
  }
  const root = processor.parse(text) as Root;
  ctx.topHeadings = root.children.filter((c) => c.type === "heading" && c.depth === 1).length;
  // A title that names a thing heads the note; a title that is a sentence ("SQSとSNSの違いを
  //整理する") is words of the note, where relation cues still count.
  const headWithTitle = (line: number) => {
    if (front.title) front = { ...front, title: titleReadAsFileName(front.title, file) };
    if (!front.title || root.children.some((c) => c.type === "heading" && c.depth === 1)) return;
    if (isTermLike(front.title) && looksLikeName(front.title)) enterHeading(ctx, front.title, line, 1);
    else ctx.lines.push({ text: front.title, raw: front.title, line, path: [], source: "title" });
  };
  if (metadata.length) headWithTitle(1 + Math.max(0, textLines.findIndex((l) => /^title:/i.test(l))));
  for (const node of root.children) {
    // (mdast's types know YAML front matter; remark-frontmatter adds TOML's "toml" node alike.)
    const frontKind = (node as { type: string }).type;
    if (frontKind === "yaml" || frontKind === "toml") {
      const line = node.position?.start.line ?? 1;
      front = readFrontMatter(ctx, (node as unknown as { value: string }).value, line, frontKind);
      headWithTitle(line);
      continue;
    }
    addBlock(ctx, node);
  }
  if (fromFields) front = { ...front, aliases: [...front.aliases, ...fromFields.aliases], tags: [...front.tags, ...fromFields.tags], up: [...front.up, ...fromFields.up], related: [...front.related, ...fromFields.related] };
  // One warning per line and message (a line with <b>…</b> has two tags, one problem).
  const seen = new Set<string>();
  const warnings = ctx.warnings.filter((w) => {
    const k = `${w.line}|${w.message}`;
    return !seen.has(k) && seen.add(k);
  });
  return {
    file,
    ...(front.title ? { title: front.title } : {}),
    aliases: front.aliases,
    tags: [...new Set([...front.tags, ...ctx.inlineTags])],
    up: front.up,
    related: front.related,
    headings: ctx.headings,
    lines: ctx.lines,
    warnings,
  };
}
