// build:graph --watch as a note-taker's editor drives it: a save that changes nothing and changes
// beside the notes (an Obsidian vault's .obsidian/ settings, an editor's swap file, an image) do not
// rebuild; a changed note does.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mayChangeNotes } from "../../lib/io/read-notes";
import { cacheFileOf } from "../../lib/io/parse-cache-file";
import { ROOT } from "../helpers/seed";

describe("which changes the watcher looks at", () => {
  it("skips folders and files a build never reads, and nothing else", () => {
    for (const f of [".obsidian/workspace.json", ".obsidian", "sub/.note.md.swp", ".git/index", "node_modules/x/readme.md", ".DS_Store"]) expect(mayChangeNotes(f), f).toBe(false);
    for (const f of ["aws.md", "sub/SQS.markdown", "Chapter 1.2", "images/diagram.png", "notes.txt~", null]) expect(mayChangeNotes(f), String(f)).toBe(true);
  });
});

describe("build:graph --watch", () => {
  const work = mkdtempSync(path.join(tmpdir(), "kg-watch-"));
  const notes = path.join(work, "notes");
  const note = path.join(notes, "queues.md");
  let watcher: ChildProcess;
  let out = "";
  const builds = () => out.split("Built the graph").length - 1;
  const unchanged = () => out.split("no note changed since the last build").length - 1;
  async function until(what: () => boolean, ms = 60_000) {
    const end = Date.now() + ms;
    while (!what()) {
      if (Date.now() > end) throw new Error(`timed out; the watcher said:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    mkdirSync(notes, { recursive: true });
    writeFileSync(note, "# SQS\n\nSQSはキュー。SNSはpub/sub。\n\n## SQS vs SNS\n\nSQSはプル型、SNSはプッシュ型。\n");
    watcher = spawn(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "build-graph", "--watch"], {
      cwd: ROOT,
      env: { ...process.env, CI: "1", NOTES_DIR: notes, DATABASE_URL: `file:${path.join(work, "graph.db")}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    watcher.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    watcher.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    await until(() => builds() === 1 && out.includes("watching"));
  });
  afterAll(() => {
    watcher?.kill();
  });

  it("does not rebuild for changes beside the notes", async () => {
    mkdirSync(path.join(notes, ".obsidian"), { recursive: true });
    writeFileSync(path.join(notes, ".obsidian/workspace.json"), '{"active":"queues.md"}');
    writeFileSync(path.join(notes, ".queues.md.swp"), "swap");
    await new Promise((r) => setTimeout(r, 1500));
    expect(builds()).toBe(1);
    expect(unchanged()).toBe(0);
  });

  it("reads the notes again after a save that changed nothing, and keeps the graph", async () => {
    writeFileSync(note, readFileSync(note));
    writeFileSync(path.join(notes, "diagram.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await until(() => unchanged() >= 1);
    expect(builds()).toBe(1);
  });

  it("rebuilds when a note changes", async () => {
    writeFileSync(note, `${readFileSync(note, "utf8")}\nKinesisはストリーム。\n`);
    await until(() => builds() === 2);
    expect(out).toContain("notes changed, rebuilding");
  });

  it("stores, from rows it shares with the build before, the graph a fresh build makes", async () => {
    // A note read before the other: every line of the other keeps its text and place, and gets another id.
    writeFileSync(path.join(notes, "basics.md"), "# Basics\n\nSQSはSNSと組み合わせる。\n");
    await until(() => builds() === 3);
    expect(out).toMatch(/store \(\d+ of \d+ rows( and \d+ of \d+ search index parts)? kept from the build before\)/);
    const run = (args: string[], db: string) => spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), ...args], { cwd: ROOT, env: { ...process.env, CI: "1", NOTES_DIR: notes, DATABASE_URL: `file:${db}` }, encoding: "utf8" });
    const fresh = path.join(work, "fresh.db");
    expect(run(["build-graph"], fresh).status).toBe(0);
    // (Where nodes are drawn aside: the watcher keeps the drawing of the build before.)
    const graphOf = (db: string) => {
      const { build: _build, nodes, ...graph } = JSON.parse(run(["export"], db).stdout) as { build: unknown; nodes: { x?: number; y?: number }[] };
      return { ...graph, nodes: nodes.map(({ x: _x, y: _y, ...n }) => n) };
    };
    expect(graphOf(path.join(work, "graph.db"))).toEqual(graphOf(fresh));
    // Its search index, kept from build to build (only lines added or gone indexed), answers as
    // the fresh build's does.
    const answers = (db: string) => spawnSync(process.execPath, [path.join(ROOT, "scripts/run.mjs"), "search", "--json", "--stdin"], { cwd: ROOT, env: { ...process.env, CI: "1", NOTES_DIR: notes, DATABASE_URL: `file:${db}` }, input: "SQS\nキュー\nSNSと組み合わせる\nストリーム\nSQS vs SNS\npub/sub\n", encoding: "utf8" }).stdout;
    expect(answers(path.join(work, "graph.db"))).toContain("sqs");
    expect(answers(path.join(work, "graph.db"))).toBe(answers(fresh));
  });

  it("writes what a later process reuses once no save follows, and when stopped right after a build", async () => {
    const matching = cacheFileOf(notes, path.join(ROOT, ".cache", "match"));
    const written = () => (existsSync(matching) ? statSync(matching).mtimeMs : 0);
    // Idle since the last build: written within a few seconds.
    await until(() => written() > 0, 10_000);
    const before = written();
    writeFileSync(note, "# SQS\n\nSQSはキュー。\n\nKinesisはストリーム。\n");
    await until(() => builds() === 4);
    // Stopped before it was idle long enough: written on the way out.
    const exited = new Promise<number | null>((resolve) => watcher.once("exit", (code) => resolve(code)));
    watcher.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(written()).toBeGreaterThan(before);
    expect(readFileSync(matching, "utf8").length).toBeGreaterThan(100);
  });
});
