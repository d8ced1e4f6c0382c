// The glossary reads a katakana word written another way (ゲートウエイ for ゲートウェイ) or a long
// word with a slip of one letter, but a short word one letter off is as often another word:
// データソース (data source) is no データベース (database), イベントリ no イベント.

import { describe, expect, it } from "vitest";
import { glossWord } from "../../lib/vocab/lexicon";
import { lexicon } from "../helpers/seed";

describe("a katakana word the glossary does not hold as written", () => {
  const lex = lexicon();

  it("is read when it is a variant spelling of a glossary word", () => {
    expect(glossWord(lex, "ゲートウエイ")).toBe("gateway");
    expect(glossWord(lex, "ロングポーリング")).toBe("long polling");
  });

  it("is read when a long word slips by one letter", () => {
    // (Seven letters and more: ロングポーリンク for ロングポーリング.)
    expect(glossWord(lex, "ロングポーリンク")).toBe("long polling");
  });

  it("is not read as a short word one letter away", () => {
    expect(glossWord(lex, "データソース")).toBe("data source");
    expect(glossWord(lex, "データソーズ")).toBeUndefined();
    expect(glossWord(lex, "イベントリ")).toBeUndefined();
  });
});
