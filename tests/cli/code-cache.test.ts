// scripts/run.mjs keeps the code V8 compiled for a command (a code cache named after the bundle it
// came from) so that the next run starts sooner. A cache that is missing, damaged or from another
// Node must never change what the command does.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/seed";

const work = mkdtempSync(path.join(tmpdir(), "kg-code-cache-"));
const notes = path.join(work, "notes");
const cli = path.join(ROOT, ".cache", "cli");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), ...args], { cwd: ROOT, env: { ...process.env, CI: "1", NOTES_DIR: notes, DATABASE_URL: `file:${path.join(work, "graph.db")}` }, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** The cache the search command's current bundle reads: `<bundle>.<size>-<mtime>.v8cache`. */
function searchCache(): string {
  const bundle = statSync(path.join(cli, "search.cjs"));
  return path.join(cli, `search.cjs.${bundle.size}-${Math.round(bundle.mtimeMs)}.v8cache`);
}

describe("the command line's code cache", () => {
  it("is kept for the bundle that made it, and a damaged one is replaced without changing the answer", () => {
    mkdirSync(notes, { recursive: true });
    writeFileSync(path.join(notes, "queues.md"), "# Queues\n\nSQSはキュー。SNSはpub/sub。\n\n## SQS vs SNS\n\nSQSはプル型、SNSはプッシュ型。\n");
    run(["build-graph"]);
    const answer = run(["search", "--json", "SQS vs SNS"]);
    expect((JSON.parse(answer) as { results: { id: string }[] }).results.map((r) => r.id)).toContain("sqs");
    // After one run the cache of this very bundle is there (a build of the command made no other).
    const cache = searchCache();
    expect(readdirSync(cli)).toContain(path.basename(cache));
    expect(statSync(cache).size).toBeGreaterThan(10_000);

    // Damaged (a disk full, another tool): V8 rejects it, the answer is the same, a good one replaces it.
    const damaged = Buffer.alloc(4096, 0x5a);
    writeFileSync(cache, damaged);
    expect(run(["search", "--json", "SQS vs SNS"])).toBe(answer);
    expect(readFileSync(cache).equals(damaged)).toBe(false);
    expect(run(["search", "--json", "SQS vs SNS"])).toBe(answer);
  });
});
