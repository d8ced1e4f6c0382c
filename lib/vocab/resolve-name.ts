import { nfkc } from "../text/normalize";
import { lookupEntity, type EntityMatch, type Lexicon } from "./lexicon";
import { tokenize, translateTokens } from "./tokenize";
import { remembered } from "../text/bounded-memo";

/**
 * The entity a whole name refers to, as written or through its English form
 * (AWSストレージゲートウェイ → Storage Gateway), tolerating typos when `fuzzy`.
 */
export function resolveName(lex: Lexicon, name: string, fuzzy = true): EntityMatch | undefined {
  // (The same names are asked for in every build, the watcher's too: a heading's, a term's.)
  let byName = resolved.get(lex);
  if (!byName) resolved.set(lex, (byName = new Map()));
  return remembered(byName, fuzzy ? `1${name}` : `0${name}`, 200_000, () => resolveNameNow(lex, name, fuzzy) ?? null) ?? undefined;
}

const resolved = new WeakMap<Lexicon, Map<string, EntityMatch | null>>();

function resolveNameNow(lex: Lexicon, name: string, fuzzy: boolean): EntityMatch | undefined {
  const text = nfkc(name).trim();
  if (!text) return undefined;
  const direct = lookupEntity(lex, text, false);
  if (direct) return direct;
  // The plural of a name written in capitals or with a digit: "EC2s", "AMIs", "ALBs" are EC2, AMI, ALB.
  if (/^(?:(?:AWS|Amazon)\s+)?[A-Z][A-Z0-9-]*[A-Z0-9]s$/.test(text)) {
    const singular = lookupEntity(lex, text.slice(0, -1), false);
    if (singular) return singular;
  }
  // A part named after the whole it belongs to: "Systems Manager Session Manager", "SSM Session
  // Manager" are Session Manager, which the vocabulary places in Systems Manager.
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const part = lookupEntity(lex, words.slice(i).join(" "), false);
    if (part?.entity.parent && lookupEntity(lex, words.slice(0, i).join(" "), false)?.entity.id === part.entity.parent) return part;
  }
  const english = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? translateTokens(tokenize(lex, text)).english : "";
  if (english && english !== text) {
    // A plain word translated (バックアップ → backup) is not a service named with that word.
    const translated = lookupEntity(lex, english, false);
    if (translated && (!translated.entity.ambiguous || /^(AWS|Amazon)/i.test(text))) return translated;
  }
  if (!fuzzy) return undefined;
  // (Typos are tolerated only towards a name that is no ordinary word: near "Detection" or
  // "backup" are other words, not Detective or AWS Backup.)
  const near = lookupEntity(lex, text, true) ?? (english ? lookupEntity(lex, english, true) : undefined);
  return near && (!near.entity.ambiguous || /^(AWS|Amazon)/i.test(text)) ? near : undefined;
}
