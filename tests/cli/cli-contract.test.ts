// The command-line contract other tools rely on, run as a user runs it: npm run build:graph,
// export and search, on the bundled notes and on a folder of broken notes.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../helpers/databases";
import { ROOT } from "../helpers/seed";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function npm(args: string[], env: Record<string, string>, input?: string): Run {
  const r = spawnSync("npm", ["run", "--silent", ...args], { cwd: ROOT, env: { ...process.env, CI: "1", ...env }, input, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace: no "    at f (file:line)" frames. */
function expectNoStackTrace(r: Run) {
  expect(r.stderr).not.toMatch(/^\s+at .+[:(]/m);
  expect(r.stdout).not.toMatch(/^\s+at .+[:(]/m);
}

const work = mkdtempSync(path.join(tmpdir(), "kg-cli-"));
const db = (name: string) => `file:${path.join(work, `${name}.db`)}`;

describe.each(TEST_DATABASES)("build:graph, export and search on the bundled notes ($name)", (database) => {
  const env = { NOTES_DIR: path.join(ROOT, "notes"), DATABASE_URL: "" };
  let build: Run;
  beforeAll(async () => {
    env.DATABASE_URL = await database.create("cli");
    build = npm(["build:graph"], env);
  });
  afterAll(() => database.dropAll());

  it("builds and ends with a summary: files, nodes and edges by kind, warnings, time", () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(new RegExp(`^Built the graph from 1 file in \\d+\\.\\d\\d s → ${database.name === "postgresql" ? "PostgreSQL" : ".*\\.db"}$`, "m"));
    expect(build.stdout).toMatch(/^ {2}nodes \d+: service \d+, concept \d+, topic \d+, question 1$/m);
    expect(build.stdout).toMatch(/^ {2}edges \d+: supersedes \d+, contrasts \d+, alternative \d+, part_of \d+, integrates \d+, mentions \d+$/m);
    expect(build.stdout).toMatch(/^ {2}warnings 0$/m);
    expect(build.stdout).toMatch(/^ {2}time read \d+ ms, .*store \d+ ms$/m);
    // Not a terminal: plain progress lines, no bar.
    expect(build.stderr).toContain("parsed 1/1 files");
    expect(build.stderr).not.toContain("\r");
  });

  it("exports the graph as one JSON document", () => {
    const r = npm(["export"], env);
    expect(r.status).toBe(0);
    const g = JSON.parse(r.stdout) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    const sqs = g.nodes.find((n) => n.id === "sqs")!;
    expect(sqs).toMatchObject({ id: "sqs", label: "SQS", kind: "service", aliases: expect.arrayContaining(["Simple Queue Service"]) });
    const e = g.edges.find((x) => x.kind === "contrasts" && [x.source, x.target].sort().join() === "sns,sqs")!;
    expect(e).toMatchObject({ evidence: expect.stringContaining("pub/sub"), file: "aws-notes.md", line: expect.any(Number) });
  });

  it("answers one query as JSON", () => {
    const r = npm(["search", "--", "--json", "ALIAS record"], env);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.query).toBe("ALIAS record");
    expect(out.results[0]).toMatchObject({ id: "alias-record", label: "ALIAS record", kind: "concept", score: expect.any(Number), snippet: expect.any(String) });
  });

  it("answers one query per input line with --stdin, in order", () => {
    const r = npm(["search", "--", "--json", "--stdin"], env, "ロングポーリング\nLamda\n\nSQS vs SNS\n");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(["ロングポーリング", "Lamda", "", "SQS vs SNS"]);
    expect(lines[0].results[0].id).toBe("long-polling");
    expect(lines[1].results[0].id).toBe("lambda");
    expect(lines[2].results).toEqual([]);
    expect(lines[3].results.slice(0, 2).map((x: { id: string }) => x.id)).toEqual(["sqs", "sns"]);
  });

  it("prints readable text without --json", () => {
    const r = npm(["search", "--", "Memcached"], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ 1\. Memcached {2}\[concept, \/concept\/memcached, score [\d.]+\]$/m);
  });

  it("rejects a bad --limit with a message", () => {
    const r = npm(["search", "--", "--limit", "lots", "SQS"], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--limit must be a whole number");
    expectNoStackTrace(r);
  });
});

describe("bad input", () => {
  it("builds from usable notes and names every unusable file and line", () => {
    const notes = path.join(work, "messy");
    mkdirSync(path.join(notes, "sub"), { recursive: true });
    writeFileSync(path.join(notes, "good.md"), "## SQS\n- 可視性タイムアウト:メッセージを隠す時間\n");
    writeFileSync(path.join(notes, "dup.md"), "## SQS\nSQSはキューイングサービス\n");
    writeFileSync(path.join(notes, "empty.md"), "");
    writeFileSync(path.join(notes, "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(path.join(notes, "latin1.txt"), Buffer.from([0x53, 0x51, 0x53, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    // Bytes no encoding reads as text: a surrogate and an overlong, as lenient encoders write them.
    writeFileSync(path.join(notes, "broken.txt"), Buffer.from([0x53, 0x51, 0x53, 0x0a, 0xed, 0xa0, 0x80, 0xe0, 0x80, 0xaf, 0x0a]));
    writeFileSync(path.join(notes, "bom-crlf.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("SNS\r\npub/subである\r\n")]));
    writeFileSync(path.join(notes, "huge.txt"), `Kinesis\nshort\n${"x".repeat(2 * 1024 * 1024)}\n`);
    writeFileSync(path.join(notes, "hostile.md"), '## EC2\n<script>alert("pwned")</script>\n<img src=x onerror=alert(1)>\n');
    symlinkSync("..", path.join(notes, "sub", "loop"));
    const r = npm(["build:graph"], { NOTES_DIR: notes, DATABASE_URL: db("messy") });
    expectNoStackTrace(r);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Built the graph from 6 files \(\d+ skipped\)/);
    expect(r.stdout).toContain("empty.md: is empty; skipped");
    expect(r.stdout).toContain("binary.md: is a binary file, not text notes; skipped");
    expect(r.stdout).toContain("latin1.txt: is not UTF-8; decoded as Windows-1252 (save notes as UTF-8)");
    expect(r.stdout).toContain("broken.txt:2: is not valid UTF-8 (bytes ED A0 80 E0 on this line), and does not read as UTF-16, CESU-8, Shift_JIS, EUC-JP or Windows-1252 text either; skipped");
    expect(r.stdout).toMatch(/huge\.txt:3: line is 2,097,152 characters long; only its first 20,000 are read/);
    expect(r.stdout).toContain("hostile.md:2: contains HTML; it is kept as plain text and never rendered");
    expect(r.stdout).toMatch(/sub\/loop: is a link to a folder already read|sub\/loop: is a symbolic link loop/);
    expect(r.stdout).toMatch(/good\.md:1: heading "SQS" also heads a section in dup\.md:1/);
    const exported = JSON.parse(npm(["export"], { DATABASE_URL: db("messy") }).stdout);
    expect(exported.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(["sqs", "sns", "visibility-timeout", "ec2"]));
    // The hostile lines are stored as the text they are.
    const ec2 = exported.nodes.find((n: { id: string }) => n.id === "ec2");
    expect(ec2.facts.map((f: { text: string }) => f.text)).toContain('<script>alert("pwned")</script>');
  });

  it("fails clearly on a missing notes folder and keeps the stored graph", () => {
    const env = { DATABASE_URL: db("keep") };
    expect(npm(["build:graph"], { ...env, NOTES_DIR: path.join(ROOT, "notes") }).status).toBe(0);
    const before = npm(["export"], env).stdout;
    const r = npm(["build:graph"], { ...env, NOTES_DIR: path.join(work, "nope") });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`notes folder ${path.join(work, "nope")} does not exist`);
    expectNoStackTrace(r);
    expect(npm(["export"], env).stdout).toBe(before);
  });

  it("fails clearly when no file can be read as notes, and keeps the stored graph", () => {
    const env = { DATABASE_URL: db("keep") };
    const before = npm(["export"], env).stdout;
    const notes = path.join(work, "unusable");
    mkdirSync(notes);
    writeFileSync(path.join(notes, "a.md"), Buffer.from([0, 1, 2, 3]));
    writeFileSync(path.join(notes, "b.txt"), "");
    const r = npm(["build:graph"], { ...env, NOTES_DIR: notes });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("none of the 2 files");
    expect(r.stderr).toContain("a.md: is a binary file");
    expectNoStackTrace(r);
    expect(npm(["export"], env).stdout).toBe(before);
  });

  it("rejects an unsupported DATABASE_URL and a search before any build", () => {
    const bad = npm(["build:graph"], { NOTES_DIR: path.join(ROOT, "notes"), DATABASE_URL: "mysql://localhost/x" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('DATABASE_URL "mysql://localhost/x" is not supported');
    expectNoStackTrace(bad);
    const unreachable = npm(["build:graph"], { NOTES_DIR: path.join(ROOT, "notes"), DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing" });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain("cannot prepare the PostgreSQL database: connection refused");
    expectNoStackTrace(unreachable);
    const early = npm(["search", "--", "SQS"], { DATABASE_URL: db("never-built") });
    expect(early.status).toBe(1);
    expect(early.stderr).toContain("no graph has been built yet");
    expectNoStackTrace(early);
  });
});
