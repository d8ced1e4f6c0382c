// Markdown notes through unified/remark (GFM tables and lists, YAML front matter). Every line of
// text keeps its line number; HTML stays text; code blocks are not facts.

import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { isJapanese } from "../text/script";
import { cleanText, withoutListMarker } from "../text/normalize";
import { isTermLike, splitDefinition } from "./definition";
import { boundedName, MAX_LINE_LENGTH, MAX_NAME_LENGTH } from "./limits";
import type { HeadingRef, LineSource, NoteLine, ParsedNote, Warning } from "./types";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

interface Context {
  file: string;
  sourceLines: string[];
  lines: NoteLine[];
  headings: ParsedNote["headings"];
  warnings: Warning[];
  path: HeadingRef[];
}

/** Plain text of inline content, line by line (soft line breaks kept as separate lines). */
function phrasingLines(nodes: PhrasingContent[], ctx: Context): Map<number, string> {
  const out = new Map<number, string>();
  const append = (line: number, text: string) => out.set(line, (out.get(line) ?? "") + text);
  const walk = (node: PhrasingContent | Nodes) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "text": {
        node.value.split("\n").forEach((piece, i) => append(line + i, piece));
        return;
      }
      case "inlineCode":
        append(line, node.value);
        return;
      case "html":
        ctx.warnings.push({ file: ctx.file, line, message: "contains HTML; it is kept as plain text and never rendered" });
        node.value.split("\n").forEach((piece, i) => append(line + i, piece));
        return;
      case "image":
        append(line, node.alt ?? "");
        return;
      case "break":
        return;
      default:
        if ("children" in node) for (const child of node.children as PhrasingContent[]) walk(child);
    }
  };
  for (const n of nodes) walk(n);
  return out;
}

function rawLine(ctx: Context, line: number): string {
  const raw = ctx.sourceLines[line - 1] ?? "";
  return raw.replace(/^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?/, "").trimEnd();
}

/** A hard-wrapped English line continues on the next one; Japanese notes put one fact per line. */
function continues(prev: string, next: string): boolean {
  if (isJapanese(prev) || isJapanese(next)) return false;
  if (/[.!?:。！？：]$/.test(prev) || splitDefinition(next)) return false;
  return /^[a-z(]/.test(next) || prev.length >= 60;
}

function pushLine(ctx: Context, text: string, raw: string, line: number, source: LineSource) {
  let t = withoutListMarker(cleanText(text));
  if (!t) return;
  // Lines were cut before parsing; a paragraph of wrapped lines joined into one is cut here.
  if (t.length > MAX_LINE_LENGTH) {
    t = t.slice(0, MAX_LINE_LENGTH);
    raw = raw.slice(0, MAX_LINE_LENGTH);
  }
  ctx.lines.push({ text: t, raw: raw.trim() || t, line, path: ctx.path, source });
}

function addParagraph(ctx: Context, node: Paragraph, source: LineSource) {
  const perLine = [...phrasingLines(node.children, ctx).entries()].sort((a, b) => a[0] - b[0]);
  let current: { text: string; raw: string; line: number } | undefined;
  for (const [line, text] of perLine) {
    const clean = cleanText(text);
    if (!clean) continue;
    if (current && continues(current.text, clean)) {
      current.text += ` ${clean}`;
      current.raw += ` ${rawLine(ctx, line).trim()}`;
      continue;
    }
    if (current) pushLine(ctx, current.text, current.raw, current.line, source);
    current = { text: clean, raw: rawLine(ctx, line), line };
  }
  if (current) pushLine(ctx, current.text, current.raw, current.line, source);
}

function enterHeading(ctx: Context, text: string, line: number, depth: number) {
  const clean = cleanText(text);
  if (clean.length > MAX_NAME_LENGTH) ctx.warnings.push({ file: ctx.file, line, message: `heading is ${clean.length.toLocaleString("en")} characters long; its first ${MAX_NAME_LENGTH} name the section` });
  const heading: HeadingRef = { text: boundedName(clean), line, depth };
  if (!heading.text) return;
  ctx.path = [...ctx.path.filter((h) => h.depth < depth), heading];
  ctx.headings.push({ ...heading, path: ctx.path.slice(0, -1) });
}

function addList(ctx: Context, list: List, level: number) {
  for (const item of list.children) addListItem(ctx, item, level);
}

/** An item that is just a term with a nested list acts as a heading for that nested list. */
function addListItem(ctx: Context, item: ListItem, level: number) {
  const [first, ...rest] = item.children;
  const nested = rest.filter((c): c is List => c.type === "list");
  if (first?.type === "paragraph" && nested.length > 0) {
    const text = [...phrasingLines(first.children, ctx).values()].join(" ").trim();
    if (isTermLike(text) && !splitDefinition(text)) {
      const saved = ctx.path;
      const base = ctx.path.at(-1)?.depth ?? 0;
      enterHeading(ctx, text, first.position?.start.line ?? 0, base + 1);
      for (const list of nested) addList(ctx, list, level + 1);
      ctx.path = saved;
      for (const child of rest) if (child.type !== "list") addBlock(ctx, child, "list");
      return;
    }
  }
  for (const child of item.children) {
    if (child.type === "list") addList(ctx, child, level + 1);
    else addBlock(ctx, child, "list");
  }
}

function addTable(ctx: Context, table: Table) {
  const rows = table.children.map((row) => ({
    line: row.position?.start.line ?? 0,
    cells: row.children.map((cell) => cleanText([...phrasingLines(cell.children, ctx).values()].join(" "))),
  }));
  for (const row of rows.slice(1)) {
    const cells = row.cells.filter(Boolean);
    if (cells.length === 0) continue;
    const text = cells.length === 1 ? cells[0]! : `${cells[0]}: ${cells.slice(1).join(" / ")}`;
    pushLine(ctx, text, text, row.line, "table");
  }
}

function addBlock(ctx: Context, node: RootContent, source: LineSource = "paragraph") {
  const line = node.position?.start.line ?? 0;
  switch (node.type) {
    case "heading":
      enterHeading(ctx, [...phrasingLines((node as Heading).children, ctx).values()].join(" "), line, node.depth);
      return;
    case "paragraph":
      addParagraph(ctx, node, source);
      return;
    case "list":
      addList(ctx, node, 0);
      return;
    case "table":
      addTable(ctx, node);
      return;
    case "blockquote":
      for (const child of node.children) addBlock(ctx, child, "quote");
      return;
    case "html":
      ctx.warnings.push({ file: ctx.file, line, message: "contains HTML; it is kept as plain text and never rendered" });
      node.value.split("\n").forEach((piece, i) => pushLine(ctx, piece, piece, line + i, "html"));
      return;
    default:
      return; // code, thematic breaks, link definitions: not facts
  }
}

function readFrontMatter(ctx: Context, value: string, line: number): { title?: string; aliases: string[] } {
  try {
    const data = parseYaml(value) as unknown;
    if (typeof data !== "object" || data === null) return { aliases: [] };
    const record = data as Record<string, unknown>;
    const title = typeof record.title === "string" ? boundedName(record.title) : undefined;
    // Names only: an alias longer than a name can be is not one.
    const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []).filter((x) => x.length <= MAX_NAME_LENGTH);
    return { ...(title ? { title } : {}), aliases: [...list(record.aliases), ...list(record.alias)] };
  } catch (e) {
    ctx.warnings.push({ file: ctx.file, line, message: `front matter is not valid YAML (${(e as Error).message.split("\n")[0]}); ignored` });
    return { aliases: [] };
  }
}

export function parseMarkdown(file: string, text: string): ParsedNote {
  const ctx: Context = { file, sourceLines: text.split("\n"), lines: [], headings: [], warnings: [], path: [] };
  const root = processor.parse(text) as Root;
  let front: { title?: string; aliases: string[] } = { aliases: [] };
  for (const node of root.children) {
    if (node.type === "yaml") {
      front = readFrontMatter(ctx, node.value, node.position?.start.line ?? 1);
      if (front.title && !root.children.some((c) => c.type === "heading" && c.depth === 1)) enterHeading(ctx, front.title, node.position?.start.line ?? 1, 1);
      continue;
    }
    addBlock(ctx, node);
  }
  // One warning per line and message (a line with <b>…</b> has two tags, one problem).
  const seen = new Set<string>();
  const warnings = ctx.warnings.filter((w) => {
    const k = `${w.line}|${w.message}`;
    return !seen.has(k) && seen.add(k);
  });
  return { file, ...(front.title ? { title: front.title } : {}), aliases: front.aliases, headings: ctx.headings, lines: ctx.lines, warnings };
}
