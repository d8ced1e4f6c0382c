// An abbreviation in brackets is another name of what it follows only when that spells it out
// (Schwartz & Hearst's letters in order). One word shortened keeps its consonants; an
// abbreviation in brackets among examples names none of the words before it.

import { describe, expect, it } from "vitest";
import { longFormOf } from "../../lib/extract/definitions";
import { graphOfNotes as build } from "../helpers/seed";

describe("a long form an abbreviation spells", () => {
  it("is one word's consonants, or words' initials", () => {
    expect(longFormOf("MSG", "message")).toBe("message");
    expect(longFormOf("CFG", "configuration")).toBe("configuration");
    expect(longFormOf("DB", "database")).toBe("database");
    expect(longFormOf("CPU", "central processing unit")).toBe("central processing unit");
    // (C, P and U are in "compute", but a CPU is no shortened compute.)
    expect(longFormOf("CPU", "compute")).toBeUndefined();
  });

  it("does not make a CPU in one note another note's compute (davit's Aurora and CloudWatch notes)", () => {
    const g = build({
      "aurora.md": "# Amazon Aurora\n\n## Pricing\n\n* **Compute**: Charged hourly (per second, 10-minute minimum).\n* **Storage**: Charged per GB-month.\n\n## Serverless\n\n* **ACU (Aurora Capacity Unit)**: The unit of measure for compute (CPU) and memory (RAM).\n",
      "cloudwatch.md": "# CloudWatch\n\n## Alarms (Crucial for Exam)\n\n* **Alarms**: Watch a single metric and perform one or more actions based on the value of the metric relative to a threshold.\n\t* Example: If CPU > 80% for 5 mins, send an SNS notification.\n",
    });
    const compute = g.nodes.find((n) => n.label === "Compute");
    expect(compute).toBeDefined();
    expect(compute!.aliases).not.toContain("CPU");
    expect(g.edges.filter((e) => e.evidence.file === "cloudwatch.md" && (e.source === compute!.id || e.target === compute!.id))).toEqual([]);
  });
});

describe("an abbreviation among examples in brackets", () => {
  it("names nothing the brackets follow ('Everything else (PrivateLink, ENI, $)', 'Layer 7(HTTP)')", () => {
    const g = build({
      "endpoints.md": "# VPC endpoints\n\n- **Gateway Endpoint**: S3 and DynamoDB only, free\n- **Interface Endpoint**: Everything else (PrivateLink, ENI, $)\n- An ALB routes on Layer 7(HTTP) request fields\n",
    });
    const labels = g.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(["Gateway Endpoint", "Interface Endpoint"]));
    expect(labels).not.toContain("Everything else");
    expect(labels).not.toContain("Layer 7");
  });
});

describe("an abbreviation or a Japanese name, then its long form, in brackets", () => {
  it("gives the thing both names, no node of the long form and no name with a colon (ichigo's 'IC(集積回路: Integrated Circuit)')", () => {
    const g = build({
      "ic.md": "# IC\n\nIC(集積回路: Integrated Circuit)は、基板上に様々な部品をまとめた小型の回路。\n",
      "system.md": "# 構成\n\n## 密結合マルチプロセッサシステム\n\n密結合マルチプロセッサシステム(TCMP: Tightly Coupled Multiprocessor)は、主記憶を共有しながら1つのOSによって制御される構成。\n",
    });
    const ic = g.nodes.find((n) => n.label === "IC");
    expect(ic?.aliases).toEqual(expect.arrayContaining(["集積回路", "Integrated Circuit"]));
    expect(ic?.aliases.some((a) => a.includes(":"))).toBe(false);
    const tcmp = g.nodes.find((n) => n.labelJa === "密結合マルチプロセッサシステム");
    expect(tcmp?.label).toBe("Tightly Coupled Multiprocessor");
    expect(tcmp?.aliases).toContain("TCMP");
    expect(g.nodes.filter((n) => /Integrated Circuit|Tightly Coupled/.test(n.label))).toHaveLength(1);
  });
});

describe("an abbreviation the vocabulary knows, spelled out as something else", () => {
  // fishnal/aws-notes: "EB (exabyte)" in a note on the Snow Family, where the vocabulary's EB is
  // Elastic Beanstalk; "EBS (Elastic Block Storage)" spells out the vocabulary's EBS in other words.
  const g = build({
    "snow.md": "# Snow Family\n\n- Snowmobile can transfer EB (exabyte) of data.\n",
    "rds.md": "# RDS\n\n- Storage: EBS (Elastic Block Storage) or shared cluster storage\n",
  });
  const aliases = (id: string) => g.nodes.find((n) => n.id === id)?.aliases ?? [];

  it("gives the vocabulary's thing no name of the other sense", () => {
    expect(aliases("elastic-beanstalk")).not.toContain("exabyte");
  });

  it("still names the thing where the long form shares its words", () => {
    expect(aliases("ebs")).toContain("Elastic Block Storage");
  });
});

describe("a vocabulary name that is an everyday short word ('distro')", () => {
  it("names EKS Distro only written as a name, not 'your CF distro' (fishnal's CloudFront note)", () => {
    const g = build({
      "cloudfront.md": "# CloudFront\n\nCloudFront distros solve this problem\n- Can remove public access to the S3 bucket and only grant your CF distro access to the S3 bucket. This is done via **Origin Access Identities (OAI)** and **S3 bucket policies**\n",
    });
    expect(g.nodes.some((n) => n.id === "eks-distro")).toBe(false);
  });
});
