// Bytes → text. Notes arrive as UTF-8, sometimes with a BOM, CRLF line ends, as UTF-16, or from
// older Japanese tools as Shift_JIS/EUC-JP. Binary files are refused with a reason.

import type { Warning } from "./types";

export type Decoded = { ok: true; text: string; warnings: Warning[] } | { ok: false; warning: Warning };

const utf8 = new TextDecoder("utf-8", { fatal: true });

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
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

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function decodeNote(file: string, bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = tryDecode(bytes[0] === 0xff ? "utf-16le" : "utf-16be", bytes.subarray(2));
    if (text === undefined) return { ok: false, warning: { file, message: "starts with a UTF-16 byte order mark but is not valid UTF-16; skipped" } };
    return { ok: true, text: normaliseLineEnds(text), warnings: [{ file, message: "decoded as UTF-16; save notes as UTF-8" }] };
  }
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) return { ok: false, warning: { file, message: "is a binary file, not text notes; skipped" } };
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { ok: true, text: normaliseLineEnds(utf8.decode(body)), warnings };
  // Not UTF-8: try the encodings of older Japanese tools before giving up.
  for (const encoding of ["shift_jis", "euc-jp"]) {
    const text = tryDecode(encoding, body);
    if (text !== undefined && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) {
      warnings.push({ file, message: `is not UTF-8; decoded as ${encoding === "shift_jis" ? "Shift_JIS" : "EUC-JP"} (save notes as UTF-8)` });
      return { ok: true, text: normaliseLineEnds(text), warnings };
    }
  }
  return { ok: false, warning: { file, line: lineOfByte(body, bad), message: `is not valid UTF-8 (first bad byte 0x${body[bad]!.toString(16).padStart(2, "0")}); skipped` } };
}
