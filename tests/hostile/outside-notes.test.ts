// Notes cloned from someone else's repository may hold links that lead out of the notes folder
// (to /etc/passwd, to ~/.ssh): nothing outside NOTES_DIR may reach the graph.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readNotesFolder } from "../../lib/io/read-notes";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { lexicon, vocabulary } from "../helpers/seed";

describe("a notes folder with links out of it", () => {
  it("reads only what is inside, and names every link it did not follow", () => {
    const base = mkdtempSync(path.join(tmpdir(), "kg-outside-"));
    const secret = path.join(base, "secret");
    mkdirSync(secret);
    writeFileSync(path.join(secret, "keys.md"), "# Secret\n\nroot:x:0:0:OUTSIDE-MARKER-FILE:/root:/bin/bash\n");
    writeFileSync(path.join(secret, "dir-note.md"), "# Elsewhere\n\nOUTSIDE-MARKER-DIR SQS\n");
    const notes = path.join(base, "notes");
    mkdirSync(path.join(notes, "sub"), { recursive: true });
    writeFileSync(path.join(notes, "sqs.md"), "# SQS\n\nSQSはキューイングサービス。\n");
    writeFileSync(path.join(notes, "sub", "inside.md"), "# SNS\n\nSNSはpub/sub。\n");
    symlinkSync(path.join(secret, "keys.md"), path.join(notes, "passwd.md"));
    symlinkSync(secret, path.join(notes, "linked-dir"));
    symlinkSync("../../secret/keys.md", path.join(notes, "sub", "relative.md"));
    // A link that stays inside is fine.
    symlinkSync("sqs.md", path.join(notes, "same.md"));

    const { files, warnings } = readNotesFolder(notes);
    expect(files.map((f) => f.file).sort()).toEqual(["same.md", "sqs.md", "sub/inside.md"]);
    expect(warnings.map((w) => w.file).sort()).toEqual(["linked-dir", "passwd.md", "sub/relative.md"]);
    for (const w of warnings) expect(w.message).toMatch(/outside the notes folder/);

    const { graph } = runPipeline({ files, vocabulary: vocabulary(), layout: false }, lexicon());
    const everything = JSON.stringify(graph);
    expect(everything).not.toContain("OUTSIDE-MARKER");
    expect(everything).not.toContain("root:x:0:0");
    expect(graph.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(["SQS", "SNS"]));
  });

  it("skips a system file linked into the folder", () => {
    const notes = mkdtempSync(path.join(tmpdir(), "kg-passwd-"));
    writeFileSync(path.join(notes, "a.md"), "# A\n\ntext\n");
    symlinkSync("/etc/passwd", path.join(notes, "passwd.md"));
    const { files, warnings } = readNotesFolder(notes);
    expect(files.map((f) => f.file)).toEqual(["a.md"]);
    expect(warnings).toEqual([{ file: "passwd.md", message: expect.stringContaining("outside the notes folder") }]);
  });
});
