// Character classes of mixed Japanese/English notes. Everything here works on NFKC text.

export const HIRAGANA = /[\u3041-\u309f]/;
export const KATAKANA = /[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]/; // excludes ・ (U+30FB)
export const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u303b]/;
export const CJK_ANY = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
export const CJK_GLOBAL = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
export const LATIN_WORD_CHAR = /[A-Za-z0-9]/;

export type ScriptClass = "latin" | "katakana" | "kanji" | "hiragana" | "space" | "other";

export function scriptOf(ch: string): ScriptClass {
  if (LATIN_WORD_CHAR.test(ch)) return "latin";
  if (KATAKANA.test(ch)) return "katakana";
  if (KANJI.test(ch)) return "kanji";
  if (HIRAGANA.test(ch)) return "hiragana";
  if (ch === " " || ch === "\t") return "space";
  return "other";
}

/** Share of CJK characters among letters: above about 0.2 a line reads as Japanese. */
export function cjkRatio(text: string): number {
  let cjk = 0;
  let letters = 0;
  for (const ch of text) {
    if (CJK_ANY.test(ch)) {
      cjk++;
      letters++;
    } else if (/[A-Za-z]/.test(ch)) letters++;
  }
  return letters === 0 ? 0 : cjk / letters;
}

/** Japanese: any kana particle or ending ("CloudFront、ALB、API Gatewayに設定可能" is mostly names), or much CJK. */
export function isJapanese(text: string): boolean {
  return /[\u3041-\u309f]/.test(text) || cjkRatio(text) >= 0.2;
}
