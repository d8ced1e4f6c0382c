// Parsed notes are remembered by content between builds, for one version of the code only.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ParseCacheFile } from "../../lib/io/parse-cache-file";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { ROOT, vocabulary } from "../helpers/seed";

const seed = { file: "aws-notes.md", bytes: readFileSync(path.join(ROOT, "notes/aws-notes.md")) };
const other = { file: "extra.txt", bytes: Buffer.from("Lambda\nレイヤー:共通ライブラリを共有する\n同時実行数:リージョンごとの上限\n") };

function build(cacheDir: string, version: string, files = [seed, other]) {
  const cache = new ParseCacheFile("/notes", version, cacheDir);
  const result = runPipeline({ files, vocabulary: vocabulary(), cache });
  cache.save();
  return { graph: result.graph, hits: cache.hits };
}

describe("parse cache", () => {
  it("parses only the files that changed, and the graph is the same as without it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parse-cache-"));
    const first = build(dir, "v1");
    expect(first.hits).toBe(0);
    const again = build(dir, "v1");
    expect(again.hits).toBe(2);
    expect(again.graph).toEqual(first.graph);
    const changed = build(dir, "v1", [seed, { ...other, bytes: Buffer.from("Lambda\nレイヤー:共通ライブラリを共有する\n") }]);
    expect(changed.hits).toBe(1);
    expect(changed.graph.facts.some((f) => f.text.startsWith("同時実行数"))).toBe(false);
    expect(changed.graph).toEqual(runPipeline({ files: [seed, { ...other, bytes: Buffer.from("Lambda\nレイヤー:共通ライブラリを共有する\n") }], vocabulary: vocabulary() }).graph);
  });

  it("kept in memory from build to build (the watcher), reuses what the build before parsed and the same graph comes out", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parse-cache-"));
    const cache = new ParseCacheFile("/notes", "v1", dir);
    const first = runPipeline({ files: [seed, other], vocabulary: vocabulary(), cache });
    expect(cache.hits).toBe(0);
    const edited = { ...other, bytes: Buffer.from("Lambda\nレイヤー:共通ライブラリを共有する\n") };
    cache.startBuild();
    const second = runPipeline({ files: [seed, edited], vocabulary: vocabulary(), cache });
    expect(cache.hits).toBe(1);
    expect(second.graph).toEqual(runPipeline({ files: [seed, edited], vocabulary: vocabulary() }).graph);
    // The file removed since is no longer held; the seed, unchanged twice, still is.
    cache.startBuild();
    const third = runPipeline({ files: [seed, other], vocabulary: vocabulary(), cache });
    expect(cache.hits).toBe(1);
    expect(third.graph).toEqual(first.graph);
  });

  it("does not reuse what other code parsed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parse-cache-"));
    build(dir, "old code");
    expect(build(dir, "new code").hits).toBe(0);
    expect(build(dir, "new code").hits).toBe(2);
  });
});
