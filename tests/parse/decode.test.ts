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

  it("names the line of the first byte that is not text", () => {
    const r = decodeNote("bad.txt", new Uint8Array([...utf8("one\ntwo\n"), 0xff, 0xfe, 0x41]));
    expect(r).toEqual({ ok: false, warning: { file: "bad.txt", line: 3, message: "is not valid UTF-8 (first bad byte 0xff); skipped" } });
  });

  it("skips empty files with a warning", () => {
    expect(parseNote(lexicon(), { file: "empty.md", bytes: utf8("  \n\n") })).toEqual({ warnings: [{ file: "empty.md", message: "is empty; skipped" }] });
  });
});
