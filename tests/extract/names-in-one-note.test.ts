// An abbreviation that is another thing's name in general (SMS, a text message) names a note's own
// thing only in that note: "AWS Server Migration Service (SMS)" heading a section, or a file
// named sms.md, does not make every SMS in the other notes the migration service.

import { describe, expect, it } from "vitest";
import { graphOfNotes as build } from "../helpers/seed";

describe("an abbreviation a note gives its own thing", () => {
  const g = build({
    "index.md": "# Migration notes\n\n- [Server Migration Service](sms.md)\n- [SNS](sns.md)\n",
    "sms.md": "# AWS Server Migration Service\n\nIt moves on-premises virtual machines to AWS. SMS replicates their volumes to Amazon EBS snapshots.\n",
    "migration.md": "# Migration\n\n## AWS Server Migration Service (SMS)\n\n- SMS is retired: AWS Application Migration Service replaces SMS.\n",
    "sns.md": "# Amazon SNS\n\n- SNS delivers a notification to SQS, Lambda, email or SMS subscribers.\n",
    "retired.md": "# Retired services\n\n- AWS Server Migration Service (SMS) is retired.\n- AWS Application Migration Service replaces SMS.\n",
  });
  const about = (file: string, id: string) => g.edges.some((e) => (e.source === id || e.target === id) && [e.evidence, ...e.more].some((ev) => ev.file === file));

  it("is that thing in the note that gives it", () => {
    expect(about("sms.md", "server-migration-service")).toBe(true);
    expect(g.edges.some((e) => e.kind === "supersedes" && e.target === "server-migration-service" && e.evidence.file === "migration.md")).toBe(true);
    // (…or in brackets in a sentence, from there on.)
    expect(g.edges.some((e) => e.kind === "supersedes" && e.target === "server-migration-service" && [e.evidence, ...e.more].some((ev) => ev.file === "retired.md"))).toBe(true);
    expect(about("retired.md", "sms")).toBe(false);
  });

  it("is the general thing in the other notes", () => {
    expect(about("sns.md", "server-migration-service")).toBe(false);
    expect(about("sns.md", "sms")).toBe(true);
  });
});
