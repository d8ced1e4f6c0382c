// The caches a build leaves for the next process are written a piece at a time and put in place
// at once: the file holds the old text or the whole new one, never half of it.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MentionMemo } from "../../lib/extract/mention-memo";
import { MatchMemoFile } from "../../lib/io/match-memo-file";
import { cacheFileOf, ParseCacheFile } from "../../lib/io/parse-cache-file";
import { writeChunksAtomically } from "../../lib/io/write-chunks";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { ROOT, vocabulary } from "../helpers/seed";

const seed = { file: "aws-notes.md", bytes: readFileSync(path.join(ROOT, "notes/aws-notes.md")) };

describe("a file written piece by piece", () => {
  it("holds the pieces in order, and nothing is left beside it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chunks-"));
    const file = path.join(dir, "sub", "out.json");
    expect(writeChunksAtomically(file, ["{", '"a":', "[1,2]", "}"])).toBe(true);
    expect(readFileSync(file, "utf8")).toBe('{"a":[1,2]}');
    expect(readdirSync(path.dirname(file))).toEqual(["out.json"]);
  });

  it("keeps the old file whole when the pieces fail half-way or grow too large", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "chunks-"));
    const file = path.join(dir, "out.json");
    writeFileSync(file, "old");
    const failing = (function* () {
      yield "new, half";
      throw new Error("no more");
    })();
    expect(writeChunksAtomically(file, failing)).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(writeChunksAtomically(file, ["12345", "67890"], (written) => written <= 8)).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });
});

describe("the caches of a build of the seed", () => {
  it("the match memo's text is the compact JSON of what it holds, and reads back to the same memo", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "memo-"));
    const memo = new MentionMemo();
    runPipeline({ files: [seed], vocabulary: vocabulary(), mentionMemo: memo, layout: false });
    const text = memo.serialize();
    expect(text.length).toBeGreaterThan(10_000);
    // Piece by piece, the text is what JSON.stringify makes of the same data.
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(["compounds", "rematch", "late", "relations", "addedNames", "lexicon", "english"]);
    const file = new MatchMemoFile("/notes", "v1", dir);
    file.save(memo);
    expect(readFileSync(cacheFileOf("/notes", dir), "utf8")).toBe(`v1\n${text}`);
    expect(file.load().serialize()).toBe(text);
    // Another version of the code reads no memo.
    expect(new MatchMemoFile("/notes", "v2", dir).load().serialize()).toBe(new MentionMemo().serialize());
  });

  it("the parse cache's file is the JSON of its entries", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parse-"));
    const cache = new ParseCacheFile("/notes", "v1", dir);
    runPipeline({ files: [seed, { file: "extra.txt", bytes: Buffer.from("Lambda\nレイヤー:共通ライブラリを共有する\n") }], vocabulary: vocabulary(), cache });
    cache.save();
    const text = readFileSync(cacheFileOf("/notes", dir), "utf8");
    const data = JSON.parse(text) as { version: string; entries: Record<string, unknown> };
    expect(JSON.stringify(data)).toBe(text);
    expect(data.version).toBe("v1");
    expect(Object.keys(data.entries)).toHaveLength(2);
    expect(existsSync(`${cacheFileOf("/notes", dir)}.${process.pid}.tmp`)).toBe(false);
  });
});
