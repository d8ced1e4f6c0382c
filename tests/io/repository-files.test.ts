// Notes published as a GitHub repository carry the repository's files about itself beside them
// (a changelog, a contributing guide, a code of conduct). They say nothing of the subject and must
// not become nodes; a note of the learner's own with a similar name still is one.

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isRepositoryFile, mayChangeNotes, readNotesFolder } from "../../lib/io/read-notes";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { lexicon, vocabulary } from "../helpers/seed";

describe("a repository's files about itself", () => {
  it("are skipped with a warning naming each, and say nothing in the graph", () => {
    const notes = mkdtempSync(path.join(tmpdir(), "kg-repo-files-"));
    mkdirSync(path.join(notes, "docs"));
    mkdirSync(path.join(notes, "05-Database"));
    writeFileSync(path.join(notes, "CHANGELOG.md"), "# Changelog\n\n## [1.0.0]\n\n### Features\n\n#### Content\n- 850+ pages of comprehensive study material\n\n#### Study Support\n- 8-week structured study plan\n");
    writeFileSync(path.join(notes, "CONTRIBUTING.md"), "# Contributing\n\n## Pull Request Process\n\n1. Fork the repository\n2. **Commit Style**: Conventional Commits\n");
    writeFileSync(path.join(notes, "CODE_OF_CONDUCT.md"), "# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nWe as members pledge to make participation a harassment-free experience.\n");
    writeFileSync(path.join(notes, "docs", "SECURITY.md"), "# Security Policy\n\n## Reporting a Vulnerability\n\nEmail the maintainer.\n");
    // The learner's own notes, one of them on security, one in capitals inside a folder.
    writeFileSync(path.join(notes, "Security.md"), "# Security\n\nIAM is the service that controls access to AWS resources.\n");
    writeFileSync(path.join(notes, "05-Database", "SECURITY.md"), "# RDS Security\n\nRDS encrypts storage with KMS keys.\n");
    writeFileSync(path.join(notes, "README.md"), "# SAA notes\n\nSQS is a message queue service. SNS is a pub/sub service.\n");

    const { files, warnings } = readNotesFolder(notes);
    expect(files.map((f) => f.file).sort()).toEqual(["05-Database/SECURITY.md", "README.md", "Security.md"]);
    expect(warnings.map((w) => w.file).sort()).toEqual(["CHANGELOG.md", "CODE_OF_CONDUCT.md", "CONTRIBUTING.md", "docs/SECURITY.md"]);
    for (const w of warnings) expect(w.message).toMatch(/not a note; skipped/);

    const { graph } = runPipeline({ files, vocabulary: vocabulary(), layout: false }, lexicon());
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(["IAM", "RDS", "SQS", "SNS"]));
    for (const label of ["Content", "Study Support", "Our Pledge", "Pull Request Process", "Commit Style", "Reporting a Vulnerability"]) expect(labels).not.toContain(label);
    expect(JSON.stringify(graph)).not.toContain("850+ pages");
  });

  it("do not wake the watcher", () => {
    expect(mayChangeNotes("CHANGELOG.md")).toBe(false);
    expect(mayChangeNotes("docs/CONTRIBUTING.md")).toBe(false);
    expect(mayChangeNotes("Security.md")).toBe(true);
    expect(mayChangeNotes("05-Database/SECURITY.md")).toBe(true);
    expect(isRepositoryFile("LICENSE.txt")).toBe(true);
    expect(isRepositoryFile("notes/CHANGELOG.md")).toBe(false);
  });
});

// Logseq keeps its settings and a copy of each page as it was before every rewrite in a folder
// "logseq" beside pages/ and journals/ (the layout of jfftonsic/logseq-software-engineering).
describe("Logseq's own folder", () => {
  it("is not read: its backups would be second copies of pages named by timestamps", () => {
    const graphDir = mkdtempSync(path.join(tmpdir(), "kg-logseq-"));
    for (const dir of ["pages", "journals", "logseq/bak/pages/PostgreSQL", "logseq/version-files/base", "topics/logseq"]) mkdirSync(path.join(graphDir, dir), { recursive: true });
    writeFileSync(path.join(graphDir, "logseq", "config.edn"), "{:meta/version 1}\n");
    writeFileSync(path.join(graphDir, "logseq", "custom.css"), "");
    writeFileSync(path.join(graphDir, "logseq", "bak", "pages", "PostgreSQL", "2022-03-27T23_50_10.490Z.md"), "- PostgreSQL is a relational database.\n");
    writeFileSync(path.join(graphDir, "logseq", "version-files", "base", "pages_PostgreSQL.md"), "- PostgreSQL is a relational database.\n");
    writeFileSync(path.join(graphDir, "pages", "PostgreSQL.md"), "tags:: database\n\n- PostgreSQL is a relational database.\n");
    writeFileSync(path.join(graphDir, "journals", "2022_03_17.md"), "- read about [[PostgreSQL]]\n");
    // A learner's own folder of notes about Logseq is read.
    writeFileSync(path.join(graphDir, "topics", "logseq", "Blocks.md"), "# Blocks\n\nEvery line in Logseq is a block.\n");

    const { files, warnings } = readNotesFolder(graphDir);
    expect(files.map((f) => f.file).sort()).toEqual(["journals/2022_03_17.md", "pages/PostgreSQL.md", "topics/logseq/Blocks.md"]);
    expect(warnings).toEqual([]);
    expect(mayChangeNotes("logseq/bak/pages/PostgreSQL/2022-03-27T23_50_10.490Z.md")).toBe(false);
    expect(mayChangeNotes("logseq/version-files/base/pages_PostgreSQL.md")).toBe(false);
    expect(mayChangeNotes("pages/PostgreSQL.md")).toBe(true);
    expect(mayChangeNotes("topics/logseq/Blocks.md")).toBe(true);
  });
});
