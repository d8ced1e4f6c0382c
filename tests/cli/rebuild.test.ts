// npm run build:graph again after a note changed, as a new process: it reads back the rows of the
// build it follows, writes only those that changed, and stores what a fresh build stores.

import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/seed";

const work = mkdtempSync(path.join(tmpdir(), "kg-rebuild-"));
const notes = path.join(work, "notes");

function run(args: string[], db: string, input?: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), ...args], { cwd: ROOT, env: { ...process.env, CI: "1", NOTES_DIR: notes, DATABASE_URL: `file:${path.join(work, db)}` }, encoding: "utf8", input, maxBuffer: 1 << 26 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe("a rebuild in a new process", () => {
  it("writes only the rows an edit changed and stores the graph a fresh build stores", () => {
    mkdirSync(notes, { recursive: true });
    writeFileSync(path.join(notes, "aws-notes.md"), readFileSync(path.join(ROOT, "notes/aws-notes.md")));
    writeFileSync(path.join(notes, "queues.md"), "# Queues\n\nSQSはキュー。SNSはpub/sub。\n\n## SQS vs SNS\n\nSQSはプル型、SNSはプッシュ型。\n");
    run(["build-graph"], "graph.db");
    appendFileSync(path.join(notes, "queues.md"), "\nKinesis はストリームを扱う。SQS とは違い、レコードを再生できる。\n");
    const rebuilt = run(["build-graph"], "graph.db");
    const kept = /store \((\d+) of (\d+) rows and (\d+) of (\d+) search index parts kept from the build before\)/.exec(rebuilt);
    expect(kept, rebuilt).not.toBeNull();
    // Nearly every row is the build before's: the edit wrote a few.
    const [shared, total] = [Number(kept![1]), Number(kept![2])];
    expect(total - shared).toBeGreaterThan(0);
    expect(total - shared).toBeLessThan(total / 10);
    // …and of the search index's parts, most are copied in the database, not written again.
    expect(Number(kept![3])).toBeGreaterThan(Number(kept![4]) / 2);
    run(["build-graph"], "fresh.db");
    // (Where nodes are drawn aside: a rebuild keeps the drawing of the build before.)
    const graphOf = (db: string) => {
      const { build: _build, nodes, ...graph } = JSON.parse(run(["export"], db)) as { build: unknown; nodes: { x?: number; y?: number }[] };
      return { ...graph, nodes: nodes.map(({ x: _x, y: _y, ...n }) => n) };
    };
    expect(graphOf("graph.db")).toEqual(graphOf("fresh.db"));
    const answers = (db: string) => run(["search", "--json", "--stdin"], db, "SQS\nKinesis\nレコードを再生\nALIAS record\nプッシュ型\n");
    expect(answers("graph.db")).toContain("kinesis");
    expect(answers("graph.db")).toBe(answers("fresh.db"));
    // Its search index went on from the one the build before stored: only the texts the edit changed were indexed.
    const indexed = /search index \((\d+) texts indexed, (\d+) taken out\)/.exec(rebuilt);
    expect(indexed, rebuilt).not.toBeNull();
    expect(Number(indexed![1])).toBeGreaterThan(0);
    expect(Number(indexed![1]) + Number(indexed![2])).toBeLessThan(20);
    // …and the next one from that (its texts no longer each at its id): a line taken out, one reworded.
    writeFileSync(path.join(notes, "queues.md"), "# Queues\n\nSQSはキュー。SNSはpub/subで、プッシュ型。\n\nKinesis はストリームを扱う。SQS とは違い、レコードを再生できる。\n");
    const again = run(["build-graph"], "graph.db");
    expect(again).toMatch(/search index \(\d+ texts indexed, [1-9]\d* taken out\)/);
    run(["build-graph"], "fresh2.db");
    expect(answers("graph.db")).toBe(answers("fresh2.db"));
  }, 300_000);
});
