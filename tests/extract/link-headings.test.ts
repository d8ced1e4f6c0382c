// A heading that is only a link names the linked note; its words are another name of that note's
// thing, unless they title a chapter of a table of contents.

import { describe, expect, it } from "vitest";
import { graphOfNotes, node } from "../helpers/seed";

describe("a heading that only links to a note", () => {
  it("gives the note's thing the link's words as a name, not a chapter's title", () => {
    const g = graphOfNotes({
      "README.md": ["# Study notes", "", "### [[03 - Storage/S3 Basics|03 - Storage]]", "* [[03 - Storage/S3 Basics|S3 Basics]]", "", "### [[04 - Queues/Visibility Timeout|可視性タイムアウト]]", ""].join("\n"),
      "03 - Storage/S3 Basics.md": ["# Amazon S3", "", "Amazon S3 is an object storage service that keeps data as objects in buckets.", ""].join("\n"),
      "04 - Queues/Visibility Timeout.md": ["# Visibility Timeout", "", "The time a received message stays hidden from other consumers of the queue.", ""].join("\n"),
    });
    expect(node(g, "s3").aliases).not.toContain("03 - Storage");
    expect(node(g, "visibility-timeout").aliases).toContain("可視性タイムアウト");
  });
});
