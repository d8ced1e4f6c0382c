// A renamed thing keeps its names both ways; a thing another one replaced does not take its names.

import { describe, expect, it } from "vitest";
import { graphOfNotes as build, node } from "../helpers/seed";

describe("former names", () => {
  it("notes that know only the old name of a renamed service find it by the new one", () => {
    const g = build("# Analytics\n\n- Amazon Elasticsearch Service indexes application logs for full-text search.\n");
    expect(node(g, "elasticsearch-service").aliases).toContain("OpenSearch Service");
  });

  it("notes that know only SWF do not call it Step Functions (c-nelson/aws-notes)", () => {
    const g = build("# AWS application integration\n\n- SWF is a web service that makes it easy to coordinate work across distributed application components.\n");
    const swf = node(g, "swf");
    expect(swf.aliases).toContain("Simple Workflow Service");
    expect(swf.aliases.filter((a) => /step functions|sfn/i.test(a))).toEqual([]);
  });
});
