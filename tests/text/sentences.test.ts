import { describe, expect, it } from "vitest";
import { splitSentences } from "../../lib/text/sentences";

const texts = (line: string) => splitSentences(line).map((s) => s.text);

describe("splitSentences", () => {
  it("ends Japanese sentences at 。 and, in notes written with ASCII stops, at \". \" after a Japanese word", () => {
    expect(texts("SQSはキュー。SNSはトピック。")).toEqual(["SQSはキュー。", "SNSはトピック。"]);
    expect(texts("一般に結合演算はwhere文で条件の絞り込みを行う. 特に条件が等結合であるような結合を等結合という. select文で重複を取り除く.")).toEqual([
      "一般に結合演算はwhere文で条件の絞り込みを行う.",
      "特に条件が等結合であるような結合を等結合という.",
      "select文で重複を取り除く.",
    ]);
  });

  it("leaves a period inside an English sentence or a Japanese version number alone", () => {
    expect(texts("Use e.g. SQS here. Then poll it.")).toEqual(["Use e.g. SQS here.", "Then poll it."]);
    expect(texts("It stays (see above). then it goes")).toEqual(["It stays (see above). then it goes"]);
    expect(texts("Python 3.12 で動く. 古い版は非対応")).toEqual(["Python 3.12 で動く.", "古い版は非対応"]);
  });
});
