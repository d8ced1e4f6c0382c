// The memo's own promises, pass by pass: an entry is reused only while no name it looked up has
// changed since the same moment of the build before — names that differ when the pass begins,
// names added during the pass in this build (from then on), and names added during the pass in
// the build before (which the entry may have seen, or not). And never across lexicons.

import { describe, expect, it } from "vitest";
import { PassMemo } from "../../lib/extract/mention-memo";
import { compileLexicon } from "../../lib/vocab/lexicon";
import { vocabulary } from "../helpers/seed";

const lexicon = compileLexicon(vocabulary());
const entry = { mentions: [], compounds: [], ensured: [] };
const names = (pairs: Record<string, string>) => new Map(Object.entries(pairs));

/** One build's pass: begins with `start`, remembers each input not reused, with what it looked up. */
function pass(memo: PassMemo, start: Map<string, string>, steps: ({ input: string; looked: string[] } | { added: string })[]): string[] {
  memo.begin(lexicon, start);
  const reused: string[] = [];
  for (const step of steps) {
    if ("added" in step) memo.nameAdded(step.added);
    else if (memo.reuse(step.input)) reused.push(step.input);
    else memo.remember(step.input, entry, step.looked);
  }
  memo.end();
  return reused;
}

describe("PassMemo", () => {
  it("is the same after being kept as text", () => {
    const memo = new PassMemo();
    const start = names({ sqs: "e:sqs", sns: "e:sns" });
    pass(memo, start, [{ input: "SQS polls", looked: ["sqs"] }, { added: "fifo" }, { input: "SNS pushes", looked: ["sns"] }]);
    const back = PassMemo.restore(JSON.parse(JSON.stringify(memo.store())));
    expect(pass(back, start, [{ input: "SQS polls", looked: [] }, { input: "SNS pushes", looked: [] }, { input: "FIFO line", looked: [] }])).toEqual(["SQS polls", "SNS pushes"]);
    const changed = PassMemo.restore(JSON.parse(JSON.stringify(memo.store())));
    expect(pass(changed, names({ sqs: "e:sqs", sns: "t:sns" }), [{ input: "SQS polls", looked: [] }, { input: "SNS pushes", looked: [] }])).toEqual(["SQS polls"]);
  });

  it("reuses what looked up nothing that changed, and not what did", () => {
    const memo = new PassMemo();
    const before = names({ sqs: "e:sqs", sns: "e:sns" });
    pass(memo, before, [{ input: "SQS polls", looked: ["sqs", "polls"] }, { input: "SNS pushes", looked: ["sns", "pushes"] }]);
    expect(pass(memo, before, [{ input: "SQS polls", looked: [] }, { input: "SNS pushes", looked: [] }])).toEqual(["SQS polls", "SNS pushes"]);
    // SNS now leads elsewhere (or is defined): only the sentence that looked it up is matched again.
    const after = names({ sqs: "e:sqs", sns: "t:sns\u0000d" });
    expect(pass(memo, after, [{ input: "SQS polls", looked: [] }, { input: "SNS pushes", looked: ["sns"] }])).toEqual(["SQS polls"]);
    // A name gone is a change too.
    expect(pass(memo, names({ sns: "t:sns\u0000d" }), [{ input: "SQS polls", looked: [] }, { input: "SNS pushes", looked: [] }])).toEqual(["SNS pushes"]);
  });

  it("counts a name added during this pass as changed for the sentences after it", () => {
    const memo = new PassMemo();
    const start = names({ queue: "t:queue" });
    pass(memo, start, [{ input: "a 標準キュー line", looked: ["標準キュー"] }, { input: "another line", looked: ["other"] }]);
    const reused = pass(memo, start, [{ input: "another line", looked: [] }, { added: "標準キュー" }, { input: "a 標準キュー line", looked: [] }]);
    expect(reused).toEqual(["another line"]);
  });

  it("counts a name added during the pass before as changed: the entry may have been made before or after it", () => {
    const memo = new PassMemo();
    const start = names({ queue: "t:queue" });
    // Build 1: the sentence was matched after 標準キュー was added (it found it).
    pass(memo, start, [{ added: "標準キュー" }, { input: "a 標準キュー line", looked: ["標準キュー"] }, { input: "another line", looked: ["other"] }]);
    // Build 2: nothing adds it (the line that did was deleted): the sentence must be matched again.
    expect(pass(memo, start, [{ input: "a 標準キュー line", looked: [] }, { input: "another line", looked: [] }])).toEqual(["another line"]);
  });

  it("reuses an input met twice in one build only until a name is added", () => {
    const memo = new PassMemo();
    const start = names({});
    const reused = pass(memo, start, [{ input: "same", looked: ["x"] }, { input: "same", looked: [] }, { added: "y" }, { input: "same", looked: [] }]);
    expect(reused).toEqual(["same"]);
    expect(memo.stats).toMatchObject({ matched: 2 });
  });

  it("reuses nothing under another vocabulary, nor after a pass that stopped half way", () => {
    const memo = new PassMemo();
    const start = names({ sqs: "e:sqs" });
    pass(memo, start, [{ input: "SQS polls", looked: ["sqs"] }]);
    // The same vocabulary compiled again is the same lexicon (a new process reads the memo from disk)…
    memo.begin(compileLexicon(vocabulary()), start);
    expect(memo.reuse("SQS polls")).toBeDefined();
    memo.end();
    // …one word more in the glossary is another.
    const v = vocabulary();
    memo.begin(compileLexicon({ ...v, glossary: { ...v.glossary, 検証語: "test word" } }), start);
    expect(memo.reuse("SQS polls")).toBeUndefined();
    memo.end();
    pass(memo, start, [{ input: "SQS polls", looked: ["sqs"] }]);
    memo.begin(lexicon, start); // …and the build fails before the pass ends.
    memo.begin(lexicon, start);
    expect(memo.reuse("SQS polls")).toBeUndefined();
  });
});
