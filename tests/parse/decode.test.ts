import { describe, expect, it } from "vitest";
import { decodeNote } from "../../lib/parse/decode";
import { parseNote } from "../../lib/parse/parse-note";
import { lexicon } from "../helpers/seed";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decoding note files", () => {
  it("drops a UTF-8 byte order mark and turns CRLF and CR into LF", () => {
    const r = decodeNote("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("SQS\r\nキュー\rend")]));
    expect(r).toEqual({ ok: true, text: "SQS\nキュー\nend", warnings: [] });
  });

  it("reads UTF-16 with a byte order mark, with a warning", () => {
    const body = Buffer.from("SQS:キュー", "utf16le");
    const r = decodeNote("a.txt", new Uint8Array([0xff, 0xfe, ...body]));
    expect(r.ok && r.text).toBe("SQS:キュー");
    expect(r.ok && r.warnings[0]?.message).toMatch(/UTF-16/);
  });

  it("reads Shift_JIS notes from older Japanese tools, with a warning", () => {
    // "キュー" in Shift_JIS
    const r = decodeNote("old.txt", new Uint8Array([0x53, 0x51, 0x53, 0x3a, 0x83, 0x4c, 0x83, 0x85, 0x81, 0x5b]));
    expect(r.ok && r.text).toBe("SQS:キュー");
    expect(r.ok && r.warnings).toEqual([{ file: "old.txt", message: "is not UTF-8; decoded as Shift_JIS (save notes as UTF-8)" }]);
  });

  it("refuses binary files", () => {
    const r = decodeNote("img.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    expect(r).toEqual({ ok: false, warning: { file: "img.md", message: "is a binary file, not text notes; skipped" } });
  });

  it("names the line of the first byte that is not text, and the encodings it tried", () => {
    const r = decodeNote("bad.txt", new Uint8Array([...utf8("one\ntwo\n"), 0x81, 0x81, 0x41, 0xff]));
    expect(r).toEqual({
      ok: false,
      warning: { file: "bad.txt", line: 3, message: "is not valid UTF-8 (bytes 81 81 41 FF on this line), and does not read as UTF-16, CESU-8, Shift_JIS, EUC-JP or Windows-1252 text either; skipped" },
    });
  });

  // Byte sequences that a lenient check lets through and TextDecoder then refuses: each must be
  // judged here, never thrown at the build.
  it.each([
    ["a lone surrogate", [0xed, 0xa0, 0x80]],
    ["an overlong slash", [0xe0, 0x80, 0xaf]],
    ["a code point past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["an overlong NUL", [0xc0, 0x80]],
  ])("skips %s with a message naming the line", (_what, bad) => {
    const r = decodeNote("x.md", new Uint8Array([...utf8("fine\nSQS "), ...bad, ...utf8(" end\n")]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.warning).toMatchObject({ file: "x.md", line: 2, message: expect.stringMatching(/^is not valid UTF-8 \(bytes [0-9A-F ]+ on this line\).*skipped$/) });
  });

  it("decodes CESU-8 (emoji written as two surrogates, as Java does)", () => {
    const r = decodeNote("java.md", new Uint8Array([...utf8("SQS "), 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, ...utf8(" queue")]));
    expect(r.ok && r.text).toBe("SQS 😀 queue");
    expect(r.ok && r.warnings[0]?.message).toMatch(/CESU-8/);
  });

  it("reads a small EUC-JP note as EUC-JP, not as Shift_JIS mojibake", () => {
    const r = decodeNote("euc.md", new Uint8Array(Buffer.from("a3c5a3c3a3d3a4cfa5b3a5f3a5c6a5caa4ce", "hex")));
    expect(r.ok && r.text).toBe("ＥＣＳはコンテナの");
    expect(r.ok && r.warnings[0]?.message).toMatch(/EUC-JP/);
  });

  it("keeps UTF-8 cut in the middle of a character, without the broken end", () => {
    const bytes = utf8("SQSはキュー。\nメッセージ");
    const r = decodeNote("cut.md", bytes.subarray(0, bytes.length - 1));
    expect(r.ok && r.text).toBe("SQSはキュー。\nメッセー");
    expect(r.ok && r.warnings).toEqual([{ file: "cut.md", line: 2, message: expect.stringContaining("ends in the middle of a character") }]);
  });

  it("reads UTF-16 without a byte order mark, little- and big-endian", () => {
    const le = decodeNote("le.md", new Uint8Array(Buffer.from("# Notes\nSQS is a queue.\n", "utf16le")));
    expect(le.ok && le.text).toBe("# Notes\nSQS is a queue.\n");
    const be = decodeNote("be.md", new Uint8Array(Buffer.from("# Notes\nSQS is a queue.\n", "utf16le").swap16()));
    expect(be.ok && be.text).toBe("# Notes\nSQS is a queue.\n");
    expect(be.ok && be.warnings[0]?.message).toMatch(/UTF-16BE/);
  });

  it("reads Windows-1252 notes with curly quotes and accents", () => {
    const r = decodeNote("w.md", new Uint8Array([...utf8("A "), 0x93, ...utf8("caf"), 0xe9, 0x94, ...utf8(" is a place.")]));
    expect(r.ok && r.text).toBe("A \u201ccaf\u00e9\u201d is a place.");
    expect(r.ok && r.warnings[0]?.message).toMatch(/Windows-1252/);
  });

  it("skips empty files with a warning", () => {
    expect(parseNote(lexicon(), { file: "empty.md", bytes: utf8("  \n\n") })).toEqual({ warnings: [{ file: "empty.md", message: "is empty; skipped" }] });
  });
});
