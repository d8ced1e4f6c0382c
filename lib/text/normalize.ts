// Normal forms used to compare names: NFKC, lower case, without spaces and punctuation, so that
// "Route 53", "route53" and "Ｒｏｕｔｅ５３" compare equal, and "AWS Glue" equals "Glue".

import { remembered } from "./bounded-memo";

const PUNCT_OR_SPACE = /[\s\-_.・･/()（）「」『』【】\[\]:：,，、。'"’‘“”!?！？~〜*`]/g;
const VENDOR_PREFIX = /^(?:aws|amazon)\s+/i;

export function nfkc(text: string): string {
  return text.normalize("NFKC");
}

const keyCache = new Map<string, string>();

/** Comparison key of a name: NFKC, lower case, no spaces or punctuation. */
export function nameKey(name: string): string {
  return remembered(keyCache, name, 200_000, () => {
    const key = nfkc(name).toLowerCase().replace(PUNCT_OR_SPACE, "");
    // A command-line option is its dashes and its word: "--threshold", "--instance-type" and
    // "--name" are not the words threshold, instance type and name that every other line uses.
    return /^\s*-{1,2}[A-Za-z]/.test(name) ? `--${key}` : key;
  });
}

const bareCache = new Map<string, string>();

/** The name without a leading "AWS " or "Amazon ". */
export function stripVendorPrefix(name: string): string {
  // (Remembered: matching asks it of every span of words, several times over.)
  return remembered(bareCache, name, 200_000, () => nfkc(name).trim().replace(VENDOR_PREFIX, ""));
}

/** Collapses runs of white space, trims, and removes control characters. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/[\t\u00a0\u3000 ]+/g, " ")
    .trim();
}

/**
 * Circled numbers (②) written as (2): NFKC makes them a bare digit joined to the word after
 * ("…場合、②VPC Peering パターン" would read "2VPC Peering"). Before NFKC, on text read for
 * extraction (what a line shows is left as written).
 */
export function circledAsParenthesised(text: string): string {
  return /[\u2460-\u2473]/.test(text) ? text.replace(/[\u2460-\u2473]/g, (c) => `(${c.charCodeAt(0) - 0x245f})`) : text;
}

/**
 * A line without the list marker it starts with: Japanese bullets (・, •), "- ", "* ", "+ ",
 * "1. ", "(1) ", "①". Markdown lists lose theirs in parsing; plain text and Japanese bullets
 * (which Markdown does not know) lose them here, so both forms of a note read alike.
 */
export function withoutListMarker(text: string): string {
  // (…and a tree's branches drawn with box characters, "│ ├ bin/: …", a listing of a file system.)
  return text.replace(/^(?:[・･•‣◦∙]+\s*|[-*+]\s+|\d{1,3}[.)]\s+|\(\d{1,3}\)\s*|[\u2460-\u2473]\s*|(?:[\u2500-\u257f]+\s*)+)/, "");
}

/** Capitalises the first letter of an English label, leaving acronyms and the rest alone. */
export function capitalizeFirst(text: string): string {
  // Words with capitals inside keep their case: mRNA, iPhone, eBay; so do names written as a
  // program writes them: auth_time, pid_file, client:port; codes of a few small letters and a
  // digit, which are written small: gp3, io1, st1, t3.medium, v2; and paths: boot/, usr/local/bin
  // (not two words with a slash between, "Blue/green").
  if (text.length === 0 || /^[a-z]+[A-Z]/.test(text) || /^[a-z][a-z0-9]*(?:[_:][A-Za-z0-9]+)+$/.test(text) || /^[a-z]{1,4}\d[a-z0-9.]*$/.test(text) || /^[a-z][\w.-]*(?:\/|(?:\/[\w.-]+){2,}\/?)$/.test(text)) return text;
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Words without the emoji they open with: "⚠️ DISCLAIMER", "❌ TRAP" are the words DISCLAIMER and TRAP. */
export function withoutLeadingEmoji(text: string): string {
  return text.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, "");
}

/** Words without the full stop they end with ("SQS Standard vs FIFO." → "SQS Standard vs FIFO"; an ellipsis stays). */
export function withoutFinalStop(text: string): string {
  return text.trim().replace(/(?<=[^.])[.。]$/, "").trim();
}
