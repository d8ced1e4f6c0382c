// What a sentence is about. Japanese marks its topic (SQSは…, Lambdaとは…, …のはSNS); English puts
// its subject first ("S3 Select is…", "Since API Gateway can…"). A sentence with neither is about
// what the sentence before it in the line was about, else what the list it belongs to is about,
// else the section's node. A line's facts belong to its sentences' subjects; the other things it
// names only mention it.

import type { AnalysedSentence, Mention } from "./mentions";

/** Is the mention the topic of its clause (Xは, Xでは, Xとは, …のはX, Xの…は)? */
export function isTopicMarked(s: AnalysedSentence, m: Mention): boolean {
  const after = s.text.slice(m.end).replace(/^\s+/, "").replace(/^\([^()]*\)\s*/, "");
  // …but not "ではなく"/"ではない" (X is not), and not "はず" (should).
  if (/^(は|では|とは|って|も)/.test(after) && !/^(はず|ではな|じゃな|では不|は不可)/.test(after)) return true;
  // "…のはSNS", "SFTPの転送ならTransfer Family": what the clause before leads to is the topic.
  if (/(?:のは|なら)\s*$/.test(s.text.slice(0, m.start))) return true;
  const possessive = /^の([^。、はがをにで\s]{1,12})は/.exec(after);
  if (!possessive) return false;
  // "S3の構成変更監査とは目的が異なる": what differs from something is S3's auditing, not S3.
  if (possessive[1]!.endsWith("と") && /^[^。、]*?(?:異な|違|比べ|同じ|同様|似て)/.test(after.slice(possessive[0].length))) return false;
  const nounStart = s.text.indexOf(possessive[1]!, m.end);
  return !s.mentions.some((x) => x !== m && x.start >= m.end && x.start <= nounStart + 1);
}

/** English clauses set side by side: "SQS is a queue, SNS is pub/sub" (a name opening a clause, then "is"/"are"). */
export function isClauseSubject(s: AnalysedSentence, m: Mention): boolean {
  const before = s.text.slice(0, m.start).replace(/\s+$/, "");
  return (before === "" || /[,;:]$/.test(before)) && /^\s+(is|are)\b/i.test(s.text.slice(m.end));
}

/** Words after a name that leave it the head of its phrase: auxiliaries, modals, adverbs, prepositions, relatives. */
const AUXILIARY_OR_VERB = /^(?:is|was|can|cannot|could|will|would|may|might|must|should|shall|has|had|does|did|do|have|not|also|only|then|now|never|always|often|usually|still|just|automatically|typically|with|without|in|of|for|from|to|on|at|by|into|inside|within|across|behind|per|that|which|who|whose|where|and|or)$/;

/** Words that may stand before an English sentence's subject ("Since", "The", "Amazon"). */
const ENGLISH_LEAD_IN = /^\s*(?:(?:since|because|when|if|while|although|once|unless|so|also|note|tip|remember|but|and|however|then|thus)[\s:,]+){0,2}(?:(?:the|a|an|each|every|your|our|this|that|both|all|amazon|aws)\s+)*$/i;

/** The sentence's own subject: a topic-marked name, or in English the name it opens with. */
export function topicOf(s: AnalysedSentence, ms: Mention[]): Mention | undefined {
  if (!s.japanese) {
    const first = ms[0];
    if (!first || !ENGLISH_LEAD_IN.test(s.text.slice(0, first.start))) return undefined;
    // "SQS and SNS are…", "S3, EBS and EFS…": several subjects; none is the sentence's alone.
    // (A comma opens a list only when a name follows it: "Object storage, as opposed to…" is one.)
    const rest = s.text.slice(first.end).replace(/^\s*\([^()]*\)/, "");
    if (/^\s*(?:and\b|&|or\b|\/)/i.test(rest)) return undefined;
    // A name after "a" or "an" qualifies the noun after it (a name takes no article of its own):
    // "A JSON policy document in which…" is about a policy document, not JSON. ("A VPC spans a
    // region" still names its subject: a word after it that ends like a verb, or an auxiliary.)
    const next = /^\s+([a-z][a-z-]*)\b/.exec(rest)?.[1];
    if (next && /^\s*(?:\S+\s+)*?(?:a|an)\s+$/i.test(s.text.slice(0, first.start)) && !/(?:s|ed)$/.test(next) && !AUXILIARY_OR_VERB.test(next)) return undefined;
    const second = ms[1];
    if (/^\s*,/.test(rest) && second && /^[\s,]*(?:(?:the|a|an|amazon|aws)\s+)?$/i.test(s.text.slice(first.end, second.start).replace(/\([^()]*\)/, ""))) return undefined;
    return first;
  }
  // (Without a topic, what the sentence opens by using is what it speaks of: "Lake Formationを使えば
  // S3とRDSのデータどちらも管理できる" is about Lake Formation, not the line's subject before it.)
  return ms.find((m) => isTopicMarked(s, m) && !settingAfterTopic(s, m)) ?? ms.find((m) => /^\s*(?:\([^()]*\)\s*)?が/.test(s.text.slice(m.end)) && m === ms[0]) ?? (ms[0] && ms[0].start <= 2 && /^\s*を(?:使え|使う|使用す|利用す|用い)(?:ば|れば|ると(?!き)|と(?!き))/.test(s.text.slice(ms[0].end)) ? ms[0] : undefined);
}

/**
 * "料金は東京リージョンでは…": right after a topic already marked (料金は), "Xでは" sets where
 * the clause holds; X is not what it is about.
 */
function settingAfterTopic(s: AnalysedSentence, m: Mention): boolean {
  return /^\s*では/.test(s.text.slice(m.end)) && /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9)）]\s*は[、,]?\s*$/u.test(s.text.slice(0, m.start));
}
