import { toRomaji } from "wanakana";
import { nfkc } from "../text/normalize";
import { remembered } from "../text/bounded-memo";

/** FNV-1a, for short stable suffixes of slugs made from text that has no ASCII form. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).slice(0, 5);
}

const SLUG_SOURCE_MAX = 120;

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/@/g, "-")
    .replace(/&/g, "-and-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/^(.{1,72})-.*$/, (whole, head: string) => (whole.length > 80 ? head : whole))
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/**
 * A URL-safe ASCII slug: from the English label, else the romanised kana of the Japanese one;
 * kanji have no reading here, so a label with kanji gets a short hash of itself appended.
 */
export function slugify(label: string): string {
  // (Remembered: romanising took a rebuild of aws-study 25 ms, for the same labels every time.)
  return remembered(slugs, label, 50_000, () => slugOf(label));
}

const slugs = new Map<string, string>();

function slugOf(label: string): string {
  // A slug keeps at most 80 characters: romanising more is wasted work (and wanakana recurses per
  // character, so a heading of thousands of kana would overflow the stack). The hash sees it all.
  const full = nfkc(label);
  const text = full.length > SLUG_SOURCE_MAX ? Array.from(full).slice(0, SLUG_SOURCE_MAX).join("") : full;
  if (text !== full) return `${asciiSlug(/[^\x00-\x7f]/.test(text) ? toRomaji(text.replace(/[\u3400-\u9fff]+/g, " ")) : text) || "n"}-${shortHash(full)}`;
  if (!/[^\x00-\x7f]/.test(text)) return asciiSlug(text) || `n-${shortHash(text)}`;
  const romanised = asciiSlug(toRomaji(text.replace(/[\u3400-\u9fff]+/g, " ")));
  const hasKanji = /[\u3400-\u9fff]/.test(text);
  if (!romanised) return `n-${shortHash(text)}`;
  return hasKanji ? `${romanised}-${shortHash(text)}` : romanised;
}
