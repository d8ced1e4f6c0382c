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
