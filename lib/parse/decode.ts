// Bytes → text. Notes arrive as UTF-8, sometimes with a BOM, CRLF line ends, as UTF-16 (with or
// without a BOM), from older Japanese tools as Shift_JIS/EUC-JP, from Java as CESU-8, or from
// older Western tools as Windows-1252. A decoding is taken only when it decodes every byte and the
// text reads as text; otherwise the file is skipped with the encodings that were tried.

import type { Warning } from "./types";

export type Decoded = { ok: true; text: string; warnings: Warning[] } | { ok: false; warning: Warning };

const utf8 = new TextDecoder("utf-8", { fatal: true });

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Length of the well-formed UTF-8 sequence at `i` (RFC 3629, table 3-7 of the Unicode standard:
 * no overlongs, no surrogates, nothing past U+10FFFF), or 0 when the bytes there are not one.
 */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** The bytes from `i` to the end are the start of a character that the file was cut in the middle of. */
function isCutCharacter(bytes: Uint8Array, i: number): boolean {
  const rest = bytes.length - i;
  const b = bytes[i]!;
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (need === 0 || rest >= need) return false;
  // Pad with continuation bytes: if that makes a well-formed character, only the end was lost.
  const padded = new Uint8Array(need);
  padded.set(bytes.subarray(i));
  for (let k = rest; k < need; k++) padded[k] = 0x80;
  // E0/ED/F0/F4 restrict their second byte; a lone lead byte pads to the smallest allowed one.
  if (rest === 1) padded[1] = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  return utf8SequenceLength(padded, 0) === need;
}

/**
 * CESU-8 (Java's "modified UTF-8" writes characters past U+FFFF as two encoded surrogates:
 * ED A0–AF xx ED B0–BF xx). Returns UTF-8 bytes, or undefined when anything else is malformed.
 */
function cesu8ToUtf8(bytes: Uint8Array): Uint8Array | undefined {
  const out: number[] = [];
  let pairs = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      for (let k = 0; k < n; k++) out.push(bytes[i + k]!);
      i += n;
      continue;
    }
    const [b0, b1, b2, b3, b4, b5] = [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3], bytes[i + 4], bytes[i + 5]];
    const isHigh = b0 === 0xed && b1 !== undefined && b1 >= 0xa0 && b1 <= 0xaf && b2 !== undefined && (b2 & 0xc0) === 0x80;
    const isLow = b3 === 0xed && b4 !== undefined && b4 >= 0xb0 && b4 <= 0xbf && b5 !== undefined && (b5 & 0xc0) === 0x80;
    if (!isHigh || !isLow) return undefined;
    const high = 0xd000 | ((b1! & 0x3f) << 6) | (b2! & 0x3f);
    const low = 0xd000 | ((b4! & 0x3f) << 6) | (b5! & 0x3f);
    const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    pairs++;
    i += 6;
  }
  return pairs > 0 ? Uint8Array.from(out) : undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.05;
}

/** UTF-16 without a byte order mark: ASCII-heavy text has a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

/**
 * How well a legacy decoding reads as Japanese (kana among its letters, few half-width kana or
 * stray symbols), or 0 when it does not: mojibake from the wrong legacy encoding is mostly
 * half-width kana and rare kanji.
 */
function japaneseScore(text: string): number {
  if (CONTROL.test(text)) return 0;
  let kana = 0;
  let halfwidth = 0;
  let cjk = 0;
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x3041 && c <= 0x30ff) kana++;
    else if (c >= 0xff61 && c <= 0xff9f) halfwidth++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c >= 0x80 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff01 && c <= 0xff60) && !(c >= 0x2010 && c <= 0x266f)) odd++;
  }
  const japanese = kana + halfwidth + cjk;
  if (japanese === 0) return 0;
  // Japanese prose always has kana (particles, endings); kanji alone is more likely misread bytes.
  const plausible = halfwidth <= japanese * 0.1 && odd <= japanese * 0.1 && kana >= Math.max(1, (kana + cjk) * 0.15);
  return plausible ? (kana + 1) / (japanese + odd + 1) : 0;
}

/**
 * Western text from Windows-1252 reads as text: few non-ASCII characters, and no byte patterns of
 * broken UTF-8 (a lead byte and two continuation bytes, C0/C1 and a continuation), whose
 * Windows-1252 reading ("à€¯") would be noise. "café”" (E9 94) is one lead and one continuation.
 */
function plausibleWestern(bytes: Uint8Array, text: string): boolean {
  if (CONTROL.test(text)) return false;
  const cont = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b === 0xc0 || b === 0xc1) && cont(bytes[i + 1])) return false;
    if (b >= 0xe0 && b <= 0xf4 && cont(bytes[i + 1]) && cont(bytes[i + 2])) return false;
  }
  let nonAscii = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch.codePointAt(0)! >= 0x80) nonAscii++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return nonAscii > 0 && nonAscii <= Math.max(4, letters * 0.1);
}

// Node's TextDecoder reads "windows-1252" as ISO-8859-1 (0x80–0x9F become C1 controls), so the
// 27 characters Windows-1252 puts there are mapped here; 0 marks its five undefined bytes.
const WINDOWS_1252_HIGH = [0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178];

function decodeWindows1252(bytes: Uint8Array): string | undefined {
  let out = "";
  for (const b of bytes) {
    if (b < 0x80 || b >= 0xa0) out += String.fromCharCode(b);
    else {
      const cp = WINDOWS_1252_HIGH[b - 0x80]!;
      if (cp === 0) return undefined;
      out += String.fromCharCode(cp);
    }
  }
  return out;
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const hex = (bytes: Uint8Array, at: number) =>
  Array.from(bytes.subarray(at, Math.min(bytes.length, at + 4)), (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");

export function decodeNote(file: string, bytes: Uint8Array): Decoded {
  const ok = (text: string, message?: string, line?: number): Decoded => ({
    ok: true,
    text: normaliseLineEnds(text),
    warnings: message ? [{ file, ...(line ? { line } : {}), message }] : [],
  });
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = tryDecode(bytes[0] === 0xff ? "utf-16le" : "utf-16be", bytes.subarray(2));
    if (text === undefined || CONTROL.test(text.replace(/\u0000/g, ""))) return { ok: false, warning: { file, message: "starts with a UTF-16 byte order mark but is not valid UTF-16; skipped" } };
    return ok(text, "decoded as UTF-16; save notes as UTF-8");
  }
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  const utf16 = utf16WithoutBom(body);
  if (utf16) {
    const text = tryDecode(utf16, body.length % 2 ? body.subarray(0, -1) : body);
    if (text !== undefined && !CONTROL.test(text)) return ok(text, `decoded as ${utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} (it has no byte order mark); save notes as UTF-8`);
  }
  if (looksBinary(body)) return { ok: false, warning: { file, message: "is a binary file, not text notes; skipped" } };
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return ok(utf8.decode(body));
  const line = lineOfByte(body, bad);
  if (isCutCharacter(body, bad)) {
    return ok(utf8.decode(body.subarray(0, bad)), "ends in the middle of a character (was the file cut short?); the incomplete character is left out", line);
  }
  const cesu = cesu8ToUtf8(body);
  if (cesu && firstInvalidUtf8(cesu) < 0) return ok(utf8.decode(cesu), "is CESU-8 (Java's way of writing emoji and rare characters); decoded as such (save notes as UTF-8)", line);
  // Both Japanese encodings may decode the bytes; the one that reads better wins.
  let best: { text: string; name: string; score: number } | undefined;
  for (const [encoding, name] of [["shift_jis", "Shift_JIS"], ["euc-jp", "EUC-JP"]] as const) {
    const text = tryDecode(encoding, body);
    const score = text === undefined ? 0 : japaneseScore(text);
    if (text !== undefined && score > 0 && (!best || score > best.score)) best = { text, name, score };
  }
  if (best) return ok(best.text, `is not UTF-8; decoded as ${best.name} (save notes as UTF-8)`);
  const western = decodeWindows1252(body);
  if (western !== undefined && plausibleWestern(body, western)) return ok(western, "is not UTF-8; decoded as Windows-1252 (save notes as UTF-8)");
  return {
    ok: false,
    warning: {
      file,
      line,
      message: `is not valid UTF-8 (bytes ${hex(body, bad)} on this line), and does not read as UTF-16, CESU-8, Shift_JIS, EUC-JP or Windows-1252 text either; skipped`,
    },
  };
}
