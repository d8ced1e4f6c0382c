// A line of Markdown as the words a reader sees, for places that show text without rendering it
// (search snippets): "**OSPF**は、[リンク状態型](#リンク状態型)の…" reads "OSPFは、リンク状態型の…".
// Inline syntax only, by patterns: a snippet is a window of one line, and the search module runs in
// the browser too, where a Markdown parser would weigh more than the search itself. The result is
// still text, escaped wherever it is shown.

const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[([^\[\]^][^\[\]]*)\]\[[^\[\]]*\]/g;
const WIKILINK_SHOWN = /\[\[[^\]|]+\|([^\]]+)\]\]/g;
const WIKILINK = /\[\[([^\]]+)\]\]/g;
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/gi;
const CODE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const EMPHASIS_STAR = /\*(?=[^\s*])([^*]*?[^\s*])\*/g;
// (An underscore emphasises only between non-word characters: snake_case stays as written.)
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const ESCAPED = /\\([\\`*_{}\[\]()#+\-.!|~<>])/g;

/** Marks round something that is not only more marks: "_____" is a blank to fill in, left as written. */
const words = (inner: string) => /[^\s*_~]/.test(inner);

export function plainInline(markdown: string): string {
  // Code and escaped characters first: they are shown as written, stars and brackets too.
  const kept: string[] = [];
  const keep = (shown: string) => `\u0000${kept.push(shown) - 1}\u0000`;
  let text = markdown.replace(CODE, (_, _ticks: string, inner: string) => keep(inner.trim())).replace(ESCAPED, (_, c: string) => keep(c));
  text = text
    .replace(IMAGE, "$1")
    .replace(WIKILINK_SHOWN, "$1")
    .replace(WIKILINK, "$1")
    .replace(LINK, "$1")
    .replace(REFERENCE_LINK, "$1")
    .replace(AUTOLINK, "$1")
    .replace(STRONG, (whole, _mark: string, inner: string) => (words(inner) ? inner : whole))
    .replace(STRIKE, (whole, inner: string) => (words(inner) ? inner : whole))
    .replace(EMPHASIS_STAR, (whole, inner: string) => (words(inner) ? inner : whole))
    .replace(EMPHASIS_UNDERSCORE, (whole, before: string, inner: string) => (words(inner) ? `${before}${inner}` : whole));
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)] ?? "");
}
