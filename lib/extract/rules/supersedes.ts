// supersedes, from the newer to the older: "(旧A)", "旧A", "formerly A", "renamed from A";
// "Aの後継", "Aの機能強化バージョン", "replaces A", "an improvement of the legacy A";
// "Aは古い…Bを使うべき", "A is deprecated … B is preferred" (olderMarker + preferMarker);
// and pairs the vocabulary knows, when one sentence names both.

import type { ProposedEdge } from "../model";
import type { Mention } from "../mentions";
import { ARTICLES, mentionAfter, mentionBefore, occurrences, other, writtenAsCommonNoun } from "./cues";
import type { SentenceContext, SentenceRule } from "./types";

export const supersedesRule: SentenceRule = {
  name: "supersedes",
  propose(ctx: SentenceContext): ProposedEdge[] {
    const { s, ms, lex, know } = ctx;
    const out: ProposedEdge[] = [];
    const add = (newer: string | undefined, older: string | undefined) => {
      if (newer && older && newer !== older && !know.commonNoun(newer) && !know.commonNoun(older)) out.push({ source: newer, target: older, kind: "supersedes" });
    };
    // A common noun replaces nothing and is replaced by nothing: "…AppSync への移行が推奨" reaches
    // 移行 (migration) before the service; "無料(旧ユーザープールは50,000まで)" is a price, not a successor.
    // So is a phrase of plain English words naming nothing the vocabulary knows: a product's name
    // is written with capitals ("track improvement over time", "Q Developer in chat applications
    // (formerly AWS Chatbot)": the brackets follow words, not a name).
    const common = (m: Mention | undefined) => m !== undefined && (writtenAsCommonNoun(lex, m) || (/^[a-z][a-z\s-]*$/.test(m.surface) && !m.key.startsWith("e:")));
    // A former name in brackets is the whole of what they hold before a comma or another bracket:
    // "(formerly Azure AD)" names no "Azure".
    const fillsBracket = (m: Mention) => /^\s*(?:[(（][^()（）]*[)）]\s*)?[)）、,;]/.test(s.text.slice(m.end));
    const cues = lex.vocab.cues.supersedes;

    // "(旧A)", "旧A", "formerly A": the name before the bracket (or the subject) is the newer.
    for (const [start, end] of occurrences(s.text, cues.formerPrefix)) {
      const older = mentionAfter(s, ms, end, /^[\s:：]*(?:the\s+)?$/i);
      if (!older || common(older)) continue;
      const openParen = s.text.lastIndexOf("(", start);
      // (After another name of the newer in the brackets too: "オリジンアクセスコントロール (OAC、旧 OAI)".)
      const inParen = openParen >= 0 && /^\s*(?:[^()、,;]{1,24}[、,;]\s*)?$/.test(s.text.slice(openParen + 1, start));
      if (inParen && !fillsBracket(older)) continue;
      const newer = inParen ? mentionBefore(s, ms, openParen) ?? mentionBefore(s, ms, start, /^[\s、,;]*$/) : undefined;
      if (common(newer)) continue;
      add(newer?.key ?? other(ctx, older.key), older.key);
    }
    // "AはBの機能強化バージョン", "A replaces B", "(an improvement of the legacy B)"
    for (const [start, end, cue] of occurrences(s.text, cues.newerVersionOf)) {
      if (cue.startsWith("の")) {
        const older = mentionBefore(s, ms, start);
        // ("TLS は SSL の後継": the subject and the older are two names of what the vocabulary holds
        // as one thing, and the sentence makes nothing else the newer.)
        if (older && ctx.subject === older.key && ms.some((m) => m.key === older.key && m.start < older.start)) continue;
        if (older && !common(older)) add(ctx.subject && ctx.subject !== older.key ? ctx.subject : other(ctx, older.key), older.key);
      } else {
        // ("the legacy RRS / Reduced Redundancy Storage": an abbreviation and its long form.)
        const older = mentionAfter(s, ms, end, /^\s*(?:the\s+|a\s+|an\s+|legacy\s+|old\s+|older\s+)*(?:[A-Z][A-Z0-9]{1,6}\s*\/\s*)?$/i);
        if (!older || common(older)) continue;
        // "replaces the private IP … with its Elastic IP": one thing put in another's place, no succession.
        if (/^replaces?$/i.test(cue) && /^[^.;:。]*?\bwith\b/i.test(s.text.slice(older.end))) continue;
        // "If the primary ENI is assigned an elastic IP, it replaces the public IP": under a condition,
        // one value takes another's place when something happens; a product's successor is no event.
        if (/^replace/i.test(cue) && /^\s*(?:if|when|whenever|once)\b/i.test(s.text)) continue;
        const openParen = s.text.lastIndexOf("(", start);
        const inParen = openParen >= 0 && /^\s*(?:an?\s+|the\s+)?$/i.test(s.text.slice(openParen + 1, start));
        // (The name before the bracket may be the term the line defines, which `ms` leaves out.)
        const newer = inParen ? mentionBefore(s, s.mentions, openParen) : mentionBefore(s, ms, start, /^[\s\w,]*$/);
        // In brackets, the newer is the name right before them; a phrase that is no name gives nothing.
        if ((inParen && !newer) || common(newer)) continue;
        add(newer?.key ?? other(ctx, older.key), older.key);
      }
    }
    // "AはBに統合されました", "A was merged into B": what was merged into is the newer.
    for (const [start, end, cue] of occurrences(s.text, cues.mergedInto)) {
      const japanese = !/^[a-z]/i.test(cue);
      // (The newer's name may go on in Latin letters past what the vocabulary knows: "Amazon Q Developerに統合".)
      const newer = japanese ? mentionBefore(s, ms, start, /^[\sA-Za-z0-9-]*$/) : mentionAfter(s, ms, end, ARTICLES);
      // (Only an older thing the sentence writes as its topic or its subject: "機能もeventbridgeに統合される" merges no named thing.)
      const older = japanese ? (newer ? mentionBefore(s, ms, newer.start, /^\s*(?:は|が)\s*[、,]?\s*$/) : undefined) : mentionBefore(s, ms, start, /^\s*$/);
      if (newer && older && !common(newer) && !common(older)) add(newer.key, older.key);
    }
    // "Aは古いサービス、基本的にはB使うべき", "A is deprecated; B is preferred" within one sentence
    const olderAt = occurrences(s.text, cues.olderMarker)[0];
    const preferAt = occurrences(s.text, cues.preferMarker)[0];
    if (olderAt && preferAt) {
      const older = mentionBefore(s, ms, olderAt[0], /^[\s,、]*(は|is|was|are|:|、)?[\s,、]*(?:サービス)?[\s,、]*$/) ?? (ctx.subject ? ms.find((m) => m.key === ctx.subject && m.start < olderAt[0]) : undefined);
      const newer = mentionBefore(s, ms, preferAt[0], /^\s*(を|は|が|に)?\s*$/) ?? mentionAfter(s, ms, preferAt[1], ARTICLES) ?? mentionAfter(s, ms, olderAt[1], /^[^。]*$/);
      if (older && newer && !common(older) && !common(newer)) add(newer.key, older.key);
    }
    // The vocabulary's successor with its former name in brackets after it: "Amazon OpenSearch Service
    // (Amazon Elasticsearch Service)". (Not any line that names both: "delivered to CloudWatch Events
    // and EventBridge" says nothing of which came after which.)
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (a.key !== b.key && know.supersedesInVocab(a.key, b.key) && /^\s*[(（]\s*$/.test(s.text.slice(a.end, b.start)) && /^\s*[)）]/.test(s.text.slice(b.end))) add(a.key, b.key);
    }
    return out;
  },
};
