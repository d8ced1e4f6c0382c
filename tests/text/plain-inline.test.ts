import { describe, expect, it } from "vitest";
import { plainInline } from "../../lib/text/plain-inline";

describe("a Markdown line as the words a reader sees", () => {
  it("keeps the words of links, emphasis, code and wikilinks", () => {
    expect(plainInline("**OSPF**は、[リンク状態型](#リンク状態型)の[ルーティングプロトコル](./a.md#x)で")).toBe("OSPFは、リンク状態型のルーティングプロトコルで");
    expect(plainInline("![diagram](x.png) [[Amazon SQS|SQS]] and [[SNS]] <https://aws.amazon.com/sqs/>")).toBe("diagram SQS and SNS https://aws.amazon.com/sqs/");
    expect(plainInline("~~old~~ new, *stressed*, __strong__")).toBe("old new, stressed, strong");
  });

  it("leaves what only looks like Markdown as written", () => {
    expect(plainInline("Use `a*b*c` for **bold** and snake_case_name")).toBe("Use a*b*c for bold and snake_case_name");
    expect(plainInline("_____ minutes (Answer: ___)")).toBe("_____ minutes (Answer: ___)");
    expect(plainInline("\\*not emphasis\\* and 2 * 3 * 4")).toBe("*not emphasis* and 2 * 3 * 4");
    expect(plainInline("a footnote[^1] and [a link](with spaces in it)")).toBe("a footnote[^1] and [a link](with spaces in it)");
  });
});
