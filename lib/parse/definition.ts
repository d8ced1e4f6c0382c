// "term: definition" lines, the commonest shape of study notes (VPCピアリング:二つのVPCをつなげる).

export interface DefinitionParts {
  term: string;
  definition: string;
  /** Offset of the definition within the text. */
  definitionStart: number;
}

const MAX_TERM = 48;

/** Kana that only join nouns (オンプレとの連携, 明示的な拒否); any other kana makes a clause. */
const JOINING_KANA = new Set(["の", "と", "との", "や", "な", "その", "および", "における", "について"]);
export function onlyJoiningKana(text: string): boolean {
  return (text.normalize("NFKC").match(/[\u3041-\u309f]+/g) ?? []).every((run) => JOINING_KANA.has(run));
}

/** A term is a short noun phrase: no sentence end, no list comma, not a URL scheme or a time. */
export function isTermLike(term: string): boolean {
  const t = term.trim();
  if (!t || t.length > MAX_TERM) return false;
  if (/[。．！？!?、，]/.test(t)) return false;
  if (/,\s/.test(t)) return false;
  if (/^(https?|ftp|mailto|file)$/i.test(t)) return false;
  if (/^\d+$/.test(t)) return false;
  if (/[はがをにでへ]$/.test(t)) return false;
  if (t.split(/\s+/).length > 7) return false;
  return true;
}

/** Splits "term: definition" (ASCII or full-width colon, also " - " and " — " in English notes). */
export function splitDefinition(text: string): DefinitionParts | undefined {
  const m = /^(.+?)\s*[:：]\s*/.exec(text);
  if (m && m[1] && isTermLike(m[1]) && !/^\d{1,2}$/.test(m[1].trim()) && !/^\/\//.test(text.slice(m[0].length))) {
    const definition = text.slice(m[0].length);
    if (definition.trim()) return { term: m[1].trim(), definition, definitionStart: m[0].length };
  }
  const dash = /^([^\s].{0,46}?)\s+[-–—]\s+/.exec(text);
  if (dash && dash[1] && isTermLike(dash[1])) {
    const definition = text.slice(dash[0].length);
    if (definition.trim()) return { term: dash[1].trim(), definition, definitionStart: dash[0].length };
  }
  return undefined;
}
