// Logseq shows a referenced block's words where "((id))" stands; read without them a line loses
// words mid-sentence. The references are shown across the folder before any note is parsed.

import { describe, expect, it } from "vitest";
import { withBlockReferencesShown } from "../../lib/parse/block-references";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { lexicon, vocabulary } from "../helpers/seed";

const note = (file: string, lines: string[]) => ({ file, bytes: new Uint8Array(Buffer.from(lines.join("\n") + "\n", "utf8")) });
const files = [
  note("pages/REST.md", [
    "- Short description",
    "\t- An architectural style for distributed hypermedia systems.",
    "- Key abstraction",
    "\t- _resource_",
    "\t  id:: 627e9b34-0dbc-441f-9319-ffde46d57b4f",
    "\t\t- any information that can be named.",
    "- Guiding Principles",
    "\t- Uniform Interface",
    "\t\t- Identification of ((627e9b34-0dbc-441f-9319-ffde46d57b4f))s",
    "\t\t\t- The interface must identify each ((627e9b34-0dbc-441f-9319-ffde46d57b4f)) involved in an interaction.",
    "\t\t- Self-descriptive messages ((00000000-0000-4000-8000-000000000000))",
  ]),
  note("pages/Miscellaneous definitions.md", ["- [[REST]]", "\t- ((627e9b34-0dbc-441f-9319-ffde46d57b4f))"]),
  note("pages/Load Balancer.md", ["- Spreads requests over several servers."]),
];
const text = (fs: { file: string; bytes: Uint8Array }[], file: string) => Buffer.from(fs.find((f) => f.file === file)!.bytes).toString("utf8");

describe("Logseq's block references", () => {
  it("show the referenced block's first line, in its page and in others; an unknown one is left for the parser", () => {
    const shown = withBlockReferencesShown(files);
    expect(text(shown, "pages/REST.md")).toContain("- Identification of resources\n");
    expect(text(shown, "pages/REST.md")).toContain("The interface must identify each resource involved in an interaction.");
    expect(text(shown, "pages/REST.md")).toContain("Self-descriptive messages ((00000000-0000-4000-8000-000000000000))");
    expect(text(shown, "pages/Miscellaneous definitions.md")).toBe("- [[REST]]\n\t- resource\n");
    // (A file without references is the same file; shown twice, nothing more changes.)
    expect(shown[2]).toBe(files[2]);
    expect(withBlockReferencesShown(shown).map((f) => text(shown, f.file))).toEqual(shown.map((f) => text(shown, f.file)));
  });

  it("leave no word cut in the graph: no node 'Identification ofs'", () => {
    const { graph, sources } = runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }, lexicon());
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).toContain("Identification of resources");
    expect(labels).not.toContain("Identification ofs");
    expect(JSON.stringify(graph)).not.toMatch(/\bofs\b|\beach\s+involved/);
    expect(sources["pages/REST.md"]).toContain("Identification of resources");
  });

  it("leave a file that is not UTF-8 as it was", () => {
    const latin1 = { file: "pages/Café.md", bytes: new Uint8Array(Buffer.from("- caf\xe9 ((627e9b34-0dbc-441f-9319-ffde46d57b4f))\n", "latin1")) };
    const shown = withBlockReferencesShown([...files, latin1]);
    expect(shown.at(-1)).toBe(latin1);
  });
});
