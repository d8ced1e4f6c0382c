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

  it("stays its other name where the notes give it in brackets, though the general thing is a node", () => {
    expect(g.nodes.some((n) => n.id === "sms")).toBe(true);
    expect(g.nodes.find((n) => n.id === "server-migration-service")?.aliases).toContain("SMS");
  });

  it("is the general thing in the other notes", () => {
    expect(about("sns.md", "server-migration-service")).toBe(false);
    expect(about("sns.md", "sms")).toBe(true);
  });
});

describe("a file's name that is another thing's, written in the note", () => {
  const g = build({
    "contents.md": "# Contents\n\n- [Snowball Family](snowball.md): Snowball, Snowcone and Snowmobile move data offline.\n",
    "snowball.md": "# AWS Snowball Family\n\nDevices to move data into AWS offline. If it takes more than a week over the network, use snowball.\n\n- Snowcone: the smallest device.\n",
    "nlp.md": "# Text processing\n\n- snowball stemmer: works on several languages.\n- snowball client: copies files onto the device.\n",
  });
  const family = g.nodes.find((n) => n.label === "Snow Family");

  it("is no other name of the note's thing where that other thing is a node", () => {
    expect(family).toBeDefined();
    expect(g.nodes.some((n) => n.label === "Snowball")).toBe(true);
    expect(family!.aliases.map((a) => a.toLowerCase())).not.toContain("snowball");
  });

  it("names the other thing in names made outside the note, under that thing's tests", () => {
    expect(g.nodes.some((n) => /^Snow Family /.test(n.label))).toBe(false);
    const stemmer = g.nodes.find((n) => n.label === "Snowball stemmer");
    expect(stemmer).toBeDefined();
    const whole = (id: string) => g.edges.find((e) => e.kind === "part_of" && e.source === id)?.target;
    expect(whole(stemmer!.id)).toBe(g.nodes.find((n) => n.label === "Text processing")?.id);
    // (A client of the device is named after Snowball, not after the family's note.)
    expect(whole(g.nodes.find((n) => n.label === "Snowball client")!.id)).toBe("snowball");
  });
});
