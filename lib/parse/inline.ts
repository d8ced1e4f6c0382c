// What notes put around their words that is not part of them: HTML comments, Zenn/Qiita
// containers (:::message), Obsidian callout markers, embeds, highlights and block ids; emoji and
// numbering in headings; the syntax of links, whose targets are kept as spans of the text.

import { BLOCK_REFERENCE } from "./block-references";
import type { LinkSpan, NoteLine } from "./types";

/** Marks a link inside text while it goes through Markdown parsing: START target SEP text END. */
const LINK_START = "\uE000";
const LINK_SEP = "\uE002";
const LINK_END = "\uE001";
/** Between a link's target and the file it leads to, when its address says which (LinkSpan.file). */
const LINK_FILE = "\uE005";
const SENTINELS = /[\uE000-\uE005]/g;

/** Replaces every character of a match but line breaks with spaces, so line numbers stay. */
function blank(match: string): string {
  return match.replace(/[^\n]/g, " ");
}

const MATH_FENCE = /^(?:[ \t]*>)*[ \t]*\$\$[ \t]*$/;

/** Is there a "$$" line after line `i` to close the one it opens? */
function closesLater(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (MATH_FENCE.test(lines[j]!)) return true;
  return false;
}
const CONTAINER_FENCE = /^[ \t]*:{3,}[ \t]*([A-Za-z]+)?(?:[ \t]+(.*?))?[ \t]*$/;
/** Callout kinds whose default title says nothing ("> [!note] Note"). */
const CALLOUT_TITLES = new Set(["note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done", "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite", "definition", "info", "alert", "warn"]);

/** A code fence, in a list item or a quote too ("- ```yml", "1. ~~~", "> ```"). */
export const CODE_FENCE = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*(`{3,}|~{3,})/;
/** Where a block in Org's words opens, "#+BEGIN_QUOTE" (Logseq writes these in Markdown too), and its kind. */
const ORG_BLOCK = /#\+BEGIN_([A-Za-z]+)\b/i;
/** Org's markers of a block, with a code block's language: "#+BEGIN_TIP", "#+END_TIP", "#+BEGIN_SRC java". */
const ORG_MARKERS = /#\+(?:BEGIN_(?:SRC|EXAMPLE|EXPORT)\b[^\n]*?(?=#\+END_|$)|(?:BEGIN|END)_[A-Za-z]+\b)/gi;
/** Org blocks that hold code or a query, not words of the note. */
const ORG_CODE_BLOCKS = new Set(["SRC", "EXAMPLE", "EXPORT", "COMMENT", "QUERY"]);

/**
 * Markdown source with what is not content taken out, line for line (line numbers do not move):
 * HTML comments and Obsidian %% comments; Zenn/Qiita container fences (":::message alert",
 * ":::details Title" keeps its title, ":::"); callout markers ("> [!note] Title" keeps a title that
 * says something); embeds of files ("![[image.png]]"; an embedded note stays a link); highlights
 * (==text==); block ids (" ^id" at a line's end); Logseq's block references ("((uuid))") and the
 * markers of its blocks in Org's words ("#+BEGIN_TIP"; a "#+BEGIN_SRC" block's code goes whole).
 * Code blocks are left as they are.
 */
export function withoutDecoration(source: string): string {
  let text = source.replace(SENTINELS, "");
  text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
  const lines = text.split("\n");
  let fence: string | undefined;
  let math = false;
  let orgCode: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const code = CODE_FENCE.exec(line);
    if (code && !math && !orgCode) {
      if (!fence) fence = code[1]![0]!.repeat(code[1]!.length);
      else if (code[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    // Logseq's blocks in Org's words: "#+BEGIN_TIP" … "#+END_TIP" (a tip, a quote, a warning) frame
    // words of the note, and the markers go; "#+BEGIN_SRC java" … "#+END_SRC" frames code, which
    // is no sentence, as a fenced block is none (its lines keep their list markers and indents).
    if (orgCode) {
      const end = new RegExp(`#\\+END_${orgCode}\\b`, "i").test(line);
      lines[i] = /^[ \t]*(?:[-*+][ \t]+)?/.exec(line)![0]!.replace(/[-*+]/, " ");
      if (end) orgCode = undefined;
      continue;
    }
    const orgBlock = ORG_BLOCK.exec(line);
    if (orgBlock && ORG_CODE_BLOCKS.has(orgBlock[1]!.toUpperCase()) && !new RegExp(`#\\+END_${orgBlock[1]}\\b`, "i").test(line.slice(orgBlock.index + orgBlock[0].length))) {
      orgCode = orgBlock[1]!;
      lines[i] = line.slice(0, orgBlock.index);
      continue;
    }
    line = line.replace(ORG_MARKERS, blank);
    // Display math ("$$" on lines of its own, in a quote or a callout too) is no sentence, as a
    // code block is none: its lines keep only their quote marks. (One that never closes is left
    // as it is; so is a "$" or two in a line, a price: "$0.023 per GB".)
    const mathFence = MATH_FENCE.test(line);
    if (math || (mathFence && closesLater(lines, i))) {
      if (mathFence) math = !math;
      lines[i] = /^((?:[ \t]*>)*)/.exec(line)![1]!;
      continue;
    }
    // …and a line's formula set apart, "$$b^1=b.$$", none of its words.
    // (Not prices: "Expedited (fast/$$$), Standard (medium/$$)".)
    line = line.replace(/(?<!\$)\$\$(?!\$)(?:\S|\S[^$\n]*\S)\$\$(?!\$)/g, blank);
    const container = CONTAINER_FENCE.exec(line);
    if (container) {
      // ":::details タイトル" opens a collapsible block whose title is words of the note.
      lines[i] = container[1]?.toLowerCase() === "details" && container[2] ? container[2] : "";
      continue;
    }
    line = line.replace(/%%[\s\S]*?%%/g, blank);
    // Callouts: "> [!note]- Title" → "> Title"; a title that only names the kind goes.
    line = line.replace(/^((?:[ \t]*>)+[ \t]*)\[!([A-Za-z-]+)\][+-]?[ \t]*(.*)$/, (_m, quote: string, kind: string, title: string) => {
      const t = title.trim();
      return CALLOUT_TITLES.has(t.toLowerCase()) || t.toLowerCase() === kind.toLowerCase() || !t ? quote : `${quote}${t}`;
    });
    // Embedded files go; an embedded note is a link to it.
    line = line.replace(/!\[\[([^\]]+)\]\]/g, (m, inner: string) => (/\.(png|jpe?g|gif|svg|webp|bmp|pdf|mp4|mov|mp3|excalidraw|canvas)(\||#|$)/i.test(inner.split("|")[0]!.trim()) ? blank(m) : `[[${inner}]]`));
    line = line.replace(/==([^=\n]+)==/g, "$1");
    line = line.replace(/\s\^[A-Za-z0-9-]+\s*$/, "");
    // (Logseq's references to a block by its id, "((6650f0a1-…))", show that block where it is read;
    // here they are no words of the line.)
    line = line.replace(BLOCK_REFERENCE, "");
    lines[i] = line;
  }
  return lines.join("\n");
}

/** The name a link target stands for: "Folder/Note#Heading" → "Note". */
function targetName(target: string): string {
  const path = target.split("#")[0]!.split("^")[0]!.trim();
  // (A link to a folder, "/20220201002546/" or "../sqs/", leads to its page, README.md or index.md,
  // as GitHub shows it: named by the folder.)
  return noteName(path.split("/").filter((part) => part.trim() && part !== "." && part !== "..").pop() ?? "");
}

/**
 * A note's name from its file's: without the extension, nor the page id Notion adds when it
 * exports ("Amazon SQS 8f9c2b1e4d7a4c3b9e2f1a0b6c5d4e3f.md" is "Amazon SQS").
 */
export function noteName(fileName: string): string {
  let name = fileName.replace(/\.(md|markdown|txt)$/i, "").replace(/\s+[0-9a-f]{32}$/i, "").trim();
  // Logseq writes a page's name into its file's with signs encoded: a namespace's "/" as "___" or
  // "%2F", others as "%3A" ("AWS___S3.md", "AWS%2FS3.md" are the page AWS/S3; "new page%3A
  // slf4j.md" is "new page: slf4j"). A page in a namespace is named as a link to it names it, by
  // its last part: [[AWS/S3]] is S3.
  if (/%[0-9A-Fa-f]{2}/.test(name)) {
    try {
      name = decodeURIComponent(name);
    } catch {
      // (A "%" of the name's own, "100% guide", stays.)
    }
  }
  name = name.replace(/___/g, "/");
  return (name.split("/").filter((part) => part.trim()).pop() ?? name).trim();
}

/**
 * A note's place in a hierarchy of dotted names, as Dendron names its files and links
 * ("concepts.design_patterns.strategy"): three names or more, each a word without spaces, the last
 * with a letter. (Two, "node.js", "lang.py", may be one name.)
 */
const HIERARCHY_PATH = /^[A-Za-z0-9_-]+\.(?:[A-Za-z0-9_-]*\.)+([A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*)$/;

/** Is a file's name (without its extension) a place in a hierarchy of dotted names, an address rather than a name? */
export function isHierarchyPath(stem: string): boolean {
  return HIERARCHY_PATH.test(stem);
}

/** A file's name as words: "access_control" → "access control" (Dendron, scripts name files so). */
export function fileNameWords(name: string): string {
  return /\s/.test(name) ? name : name.replace(/_+/g, " ").trim();
}

/**
 * A note's title that repeats its file's name is the file's name, read as words: Dendron writes
 * each note's title from its file's ("tools.storage.db.snowflake.access_control.md" titled
 * "access_control", "Abstract_factory"), so its underscores are no one's spelling but the file's.
 * (A title of its own stays as written, "max_connections" over "mysql-settings.md".)
 */
export function titleReadAsFileName(title: string, file: string): string {
  const stem = fileStem(file);
  const last = stem.split(".").pop() ?? stem;
  const same = (a: string) => a.toLowerCase() === title.toLowerCase();
  return same(stem) || (stem.includes(".") && same(last)) ? fileNameWords(title) || title : title;
}

/**
 * The name a file in a hierarchy of dotted names stands for, when its title says it is the last
 * one ("tools.storage.db.snowflake.access_control.md" titled "access_control" is "access control";
 * "node.js.md" titled "Node.js" is in no hierarchy).
 */
export function hierarchyLeaf(file: string, title: string | undefined): string | undefined {
  const stem = fileStem(file);
  if (title === undefined || !stem.includes(".")) return undefined;
  const last = fileNameWords(stem.split(".").pop() ?? "");
  return last && last.toLowerCase() === title.toLowerCase() && last.toLowerCase() !== stem.toLowerCase() ? last : undefined;
}

/** A file's name as written, without folders and extension: "saa/rds-aurora.md" → "rds-aurora". */
export function fileStem(file: string): string {
  return noteName(file.split("/").pop() ?? file);
}

/** "[[target#heading|alias]]" → a marked link whose text is the alias, else the heading, else the target. */
export function markWikilinks(text: string): string {
  return text.replace(/\[\[([^\][|]+)(?:\|([^\][]*))?\]\]/g, (_m, target: string, alias: string | undefined) => {
    const name = targetName(target);
    const heading = target.includes("#") ? target.split("#").slice(1).join("#").trim() : "";
    // (A link to a note by its place in a hierarchy, "[[concepts.design_patterns.strategy]]",
    // shows the note's own name, as Dendron shows it: "The strategy pattern is…".)
    const leaf = HIERARCHY_PATH.exec(name)?.[1];
    const shown = alias?.trim() || heading || (leaf ? fileNameWords(leaf) : name);
    return name ? `${LINK_START}${name}${LINK_SEP}${shown}${LINK_END}` : shown;
  });
}

/** A Markdown link's target when it leads to another note of the folder ("./sqs.md", "SQS%20notes"). */
export function noteLinkTarget(url: string): string | undefined {
  if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("#") || url.startsWith("//")) return undefined;
  let path = url.split(/[?#]/)[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (!/\.(md|markdown)$/i.test(path) && /\.[a-z0-9]{1,5}$/i.test(path)) return undefined; // an image or another file
  const name = targetName(path);
  return name || undefined;
}

export function markLink(target: string, shown: string, heading?: "in text" | "alone", file?: string): string {
  return `${LINK_START}${target}${heading === "in text" ? HEADING_IN_TEXT : heading === "alone" ? HEADING_ALONE : ""}${file ? `${LINK_FILE}${file.replace(SENTINELS, "")}` : ""}${LINK_SEP}${shown}${LINK_END}`;
}

/**
 * The file a Markdown link's address leads to, as a path in the notes folder: relative to the
 * linking note's folder ("../storage/ebs.md"), or to the folder itself when it opens with "/"
 * ("/storage/ebs.md", as a site built from the folder serves it). Two notes may share a file's
 * name ("compute/ebs.md" on Elastic Beanstalk, "storage/ebs.md" on EBS); the address says which.
 * Undefined for an address that leaves the folder or is no note's.
 */
export function noteLinkFile(url: string, fromFile: string): string | undefined {
  if (!noteLinkTarget(url)) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(url.split(/[?#]/)[0]!).replace(/\\/g, "/");
  } catch {
    return undefined;
  }
  const parts = address.startsWith("/") ? [] : fromFile.split("/").slice(0, -1);
  for (const part of address.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  // (A folder's address keeps its closing slash: the note is the folder's page.)
  return parts.length ? `${parts.join("/")}${address.endsWith("/") ? "/" : ""}` : undefined;
}

/** After a marked link's target: the link's words spell a heading of that note, in a sentence or on a line of links (LinkSpan.heading). */
const HEADING_IN_TEXT = "\uE003";
const HEADING_ALONE = "\uE004";

/** A note's id in a Zettelkasten: the time it was made, "20220201002546", "20240929T091838Z". */
const ZETTEL_ID = /^\d{8,}(?:T?\d*Z?)$/;

/** The text without link marks, and where each link's text now is. */
export function extractLinks(marked: string): { text: string; links: LinkSpan[] } {
  if (!marked.includes(LINK_START)) return { text: marked.replace(SENTINELS, ""), links: [] };
  let text = "";
  const links: LinkSpan[] = [];
  let i = 0;
  while (i < marked.length) {
    const start = marked.indexOf(LINK_START, i);
    if (start < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, start);
    const sep = marked.indexOf(LINK_SEP, start);
    const end = marked.indexOf(LINK_END, start);
    if (sep < 0 || end < 0 || sep > end) {
      i = start + 1;
      continue;
    }
    const [rawTarget, file] = marked.slice(start + 1, sep).split(LINK_FILE) as [string, string | undefined];
    const target = rawTarget.replace(SENTINELS, "").trim();
    const shown = marked.slice(sep + 1, end).replace(SENTINELS, "");
    const heading = rawTarget.includes(HEADING_IN_TEXT) ? "in text" : rawTarget.includes(HEADING_ALONE) ? "alone" : undefined;
    // (A link that shows only the id it leads to, "[20220201002546](/20220201002546/) Arch Install"
    // in a Zettelkasten's list of related notes, is titled by the words after it on its line.)
    const after = marked.slice(end + 1);
    if (ZETTEL_ID.test(target) && shown.trim() === target && /^[ \t]+\S/.test(after) && !after.includes(LINK_START) && !after.includes("\n")) {
      const title = after.replace(SENTINELS, "").trim();
      links.push({ target, start: text.length, end: text.length + title.length, ...(heading ? { heading } : {}), ...(file ? { file } : {}) });
      text += title;
      break;
    }
    if (target && shown.trim()) links.push({ target, start: text.length, end: text.length + shown.length, ...(heading ? { heading } : {}), ...(file ? { file } : {}) });
    text += shown;
    i = end + 1;
  }
  return { text: text.replace(SENTINELS, ""), links };
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3]/gu;
const LEADING_NUMBER = /^(?:\d{1,3}[.):：](?=[\u3040-\u30ff\u3400-\u9fff])|(?:\d{1,3}[.):：]|\d{1,3}(?:[.\-](?:\d{1,3}|[A-Za-z]))+[.):：]?|[IVXivx]{1,4}[.)]|(?:chapter|section|step|part|lesson|day|card|カード)\s*\d+[.:：]?|q\d{1,3}[.:：)]|\(\d{1,3}\)|[[【〔]\d{1,3}[\]】〕]|[A-Za-z][.)])\s+|[\u2460-\u2473\u2776-\u277f]\s*|第\s*\d+\s*[章節部回項][.:：]?\s*)/i;
const LEADING_SYMBOLS = /^[\s▼▽▲△■□◆◇●○◎★☆※▶►▸▹・･→⇒>\-–—*+#|]+/;

/**
 * A heading's words: emoji, leading numbering ("1.", "2.1.3", "3.x.1.", "第2章", "Step 3:", a flashcard's "Card 19:"), leading symbols (▼, ■),
 * enclosing brackets (【…】) and a trailing colon removed. "## 📌 1. Amazon SQS とは：" → "Amazon SQS とは".
 */
export function cleanHeading(text: string): string {
  let t = text.replace(EMOJI, " ").replace(/\s+/g, " ").trim();
  for (let k = 0; k < 3; k++) {
    const before = t;
    t = t.replace(LEADING_SYMBOLS, "").replace(LEADING_NUMBER, "").trim();
    if (t === before) break;
  }
  const wrapped = /^[【「『\[]([^【】「」『』[\]]+)[】」』\]]$/.exec(t);
  if (wrapped) t = wrapped[1]!.trim();
  // A note about the section in front of its name: "(試験ガイド外) VPC エンドポイント", "[WIP] S3".
  t = t.replace(/^(?:\([^()]{1,20}\)|（[^（）]{1,20}）|\[[^[\]]{1,20}\]|【[^【】]{1,20}】)\s*(?=\S)/, "").trim();
  t = t.replace(/\s*[:：]+$/, "").trim();
  return withoutTrailingArrow(t);
}

/** An arrow after a heading's words points the reader on, as a link's does ("AWS SAA-C03 Study Site →", "詳細はこちら »"): no part of its name. */
export function withoutTrailingArrow(text: string): string {
  return text.replace(/\s*(?:→|⇒|➡|➜|»|›|->|>>)+$/, "").trim();
}

/** Inline HTML that only formats text: its tags go, its words stay. */
const FORMATTING_TAG = /<\/?(?:b|i|u|s|em|strong|span|sup|sub|mark|small|big|kbd|font|center|br|wbr|details|summary|div|p|a|code|del|ins|abbr|ruby|rt|rp)(?:\s[^<>]*)?\/?>/gi;

/** The line's words without formatting tags; other HTML (script, img…) stays as written. */
export function withoutFormattingTags(text: string): { text: string; otherHtml: boolean } {
  const stripped = text.replace(FORMATTING_TAG, " ");
  return { text: stripped, otherHtml: /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i.test(stripped) };
}

/** A line that is only links to pages ("[DynamoDB のオンデマンドバックアップ](https://…)", a bare URL), with at most a label or a length beside them. */
export function isReferenceLine(raw: string): boolean {
  if (!/\]\(|https?:\/\//.test(raw)) return false;
  const rest = raw
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/<?https?:\/\/[^\s>)]+>?/g, " ")
    .replace(/【[^】]*】|\([^()]*\)|（[^（）]*）/g, " ");
  return (rest.match(/\p{L}/gu) ?? []).length < 2;
}

/** What a line holds in inline code: `npm run dev`, `curl` (each span's text). */
export function inlineCodeTexts(line: Pick<NoteLine, "raw" | "code">): string[] {
  if (line.code) return line.code;
  if (!line.raw.includes("`")) return [];
  return [...line.raw.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim()).filter(Boolean);
}
