// contrasts: "A vs B", "AとBの違い", "Aとの違い", "Aと異なり", "Aに比べて", "unlike A",
// "the difference between A and B", "A is not B", "confused with A"; "Aより", "rather than A";
// "逆に", "一方", "whereas", "while"; two variants of one thing set against each other with
// "but" or "or" ("Eventually Consistent Reads, but there are also Strongly Consistent Reads").

import type { AnalysedSentence, Mention } from "../mentions";
import type { ProposedEdge } from "../model";
import { ARTICLES, citesSourceAt, mentionAfter, mentionBefore, occurrences, other, writtenAsCommonNoun } from "./cues";
import type { SentenceContext, SentenceRule } from "./types";

/**
 * Names that open parallel English clauses with the same verb ("VPN connects to your on-prem over
 * the internet and DirectConnect connects to your on-prem through a private tunnel").
 */
export function parallelClauses(s: AnalysedSentence, ms: Mention[]): [Mention, Mention][] {
  if (s.japanese) return [];
  const out: [Mention, Mention][] = [];
  // (The same verb whatever adverb comes first or whether it agrees with one or many: "Security
  // Groups usually control the ports… and the NACLs control which network…".)
  // (A noun after each name is no verb, "S3 encryption, RDS encryption, versioning" lists topics:
  // a word of a noun's ending, or one nothing follows in its clause.)
  const verbAfter = (m: Mention) => {
    const v = /^\s+(?:(?:also|only|simply|just|usually|typically|generally|normally|mainly|mostly|often|always|never)\s+)?([a-z]{3,}?)(?:e?s)?\b(?!\s*(?:[,;:.)]|$))/.exec(s.text.slice(m.end))?.[1];
    return v && !/(?:tion|sion|ment|ness|ity|ship|ance|ence)$/.test(v) ? v : undefined;
  };
  for (let i = 0; i < ms.length; i++) {
    const verb = verbAfter(ms[i]!);
    if (!verb || /^(and|or|for|with|from|into|in|on|to|the|are|is|was|can|will|of)$/.test(verb)) continue;
    // Clauses set side by side are near each other: a few names and a clause apart at most.
    for (let j = i + 1; j < ms.length && j <= i + 4 && ms[j]!.start - ms[i]!.end <= 240; j++) {
      const between = s.text.slice(ms[i]!.end, ms[j]!.start);
      if (verbAfter(ms[j]!) === verb && /(?:,|;|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*(?:the\s+)?$/i.test(between)) out.push([ms[i]!, ms[j]!]);
    }
  }
  return out;
}

/**
 * Names that open parallel clauses, each the topic of its own ("SQS はプル型のキュー、SNS はプッシュ
 * 型の通知サービス", "EBS is block storage attached to one instance; EFS is NFS shared by many"):
 * what one clause says is no work done with the other.
 */
export function parallelTopics(s: AnalysedSentence, ms: Mention[]): [Mention, Mention][] {
  // (Or one facet of each, "SQS の料金はリクエスト単位、SNS の料金は配信先ごと": the same noun after の.)
  const topic = s.japanese ? /^\s*(?:[(（][^()（）]*[)）]\s*)?(?:の\s*([^、。はがをにで\s]{1,12}?)\s*)?(?:は|では)/ : /^\s*(?:\([^()]*\)\s*)?(?:is|are)\b/i;
  const joint = s.japanese ? /[、,]\s*$/ : /(?:[;,]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*(?:the\s+)?$/i;
  const out: [Mention, Mention][] = [];
  for (let i = 0; i < ms.length; i++) {
    const first = topic.exec(s.text.slice(ms[i]!.end));
    if (!first) continue;
    for (let j = i + 1; j < ms.length && j <= i + 4; j++) {
      const second = topic.exec(s.text.slice(ms[j]!.end));
      if (second && second[1] === first[1] && joint.test(s.text.slice(ms[i]!.end, ms[j]!.start))) out.push([ms[i]!, ms[j]!]);
    }
  }
  return out;
}

/** What joins the names of a topic: "A と B", "A・B", "A and B", "A & B". */
const TOPIC_JOINER = /^\s*(?:\([^()]*\)\s*)?(?:と|・|and|&)\s*$/i;

/**
 * Names joined as a clause's topic whose clause ends by saying they differ: "Security GroupとNACLは
 * 適用単位と状態管理が違う", "CloudFormationとAWS CDKでは…大きな違いがあります", "SQS and SNS differ
 * in how…". (Not where the cue qualifies a noun, "AとBは異なるリージョンに置く", nor where the
 * clause says they are alike before what differs: "テーブルとパーティションキーは同じですが、ソートキーが異なる".)
 */
function pairsSaidToDiffer(s: AnalysedSentence, ms: Mention[], cues: readonly string[]): [Mention, Mention][] {
  if (cues.length === 0) return [];
  const out: [Mention, Mention][] = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    // The whole run of joined names ("A、B と C は…" aside: only と, ・, "and").
    if (i > 0 && TOPIC_JOINER.test(s.text.slice(ms[i - 1]!.end, ms[i]!.start))) continue;
    let j = i;
    while (j + 1 < ms.length && TOPIC_JOINER.test(s.text.slice(ms[j]!.end, ms[j + 1]!.start))) j++;
    if (j === i || j - i > 3) continue;
    const after = s.text.slice(ms[j]!.end);
    let clause: string | undefined;
    if (s.japanese) {
      const topic = /^\s*(?:[(（][^()（）]*[)）]\s*)?(?:は|では|も)/.exec(after);
      clause = topic ? after.slice(topic[0].length).split(/[。；;！!？?]/)[0] : undefined;
    } else clause = after.replace(/^\s*(?:\([^()]*\)\s*)?(?:both\s+)?/i, "");
    if (clause === undefined) continue;
    const differs = s.japanese
      ? !/同じ|同様|共通|似て/.test(clause) && cues.some((c) => {
          const at = clause!.lastIndexOf(c);
          return at >= 0 && /^(?:\s*$|[、,]|です|でした|ので|のが|ため|から|けど|が|点|ところ)/.test(clause!.slice(at + c.length));
        })
      : // (Not "A and B differ from region to region", "…by size": each varies; they are not set against each other.)
        cues.some((c) => /^[a-z]/i.test(c) && new RegExp(`^${c.replace(/\s+/g, "\\s+")}\\b(?!\\s+(?:from|by|across|between|per|depending|according)\\b)`, "i").test(clause!));
    if (!differs) continue;
    for (let x = i; x < j; x++) for (let y = x + 1; y <= j; y++) if (ms[x]!.key !== ms[y]!.key) out.push([ms[x]!, ms[y]!]);
  }
  return out;
}

/** Words before a noun that do not narrow it: articles, determiners, prepositions, conjunctions. */
const NOT_MODIFIERS = /^(?:the|a|an|this|that|these|those|its|their|our|your|each|every|any|all|some|no|one|to|of|for|with|from|in|on|at|by|than|and|or|but|as|is|are|was|were|be|vs|versus|like|unlike|over|into)$/i;

/**
 * Is a mention of a common noun narrowed by a word before it ("x86 インスタンスと比較して",
 * "オリジナルのスナップショットと異なる", "既存テンプレートと違い", "トランザクションスループットは")?
 * Then what is compared is the narrower thing, which is no node: not the common noun itself.
 */
function modified(s: AnalysedSentence, m: Mention): boolean {
  const before = s.text.slice(0, m.start);
  // Glued on (既存テンプレート) or after a word and a space (x86 インスタンス), or "X の".
  if (/[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) || /\S\s?の\s?$/.test(before)) return true;
  const word = /(?:^|[\s(（「"'])([A-Za-z0-9][\w.-]*)\s+$/.exec(before)?.[1];
  return word !== undefined && !NOT_MODIFIERS.test(word);
}

/** A common noun every mention of which is narrowed by a word before it (see `modified`). */
function onlyModified(ctx: SentenceContext, key: string): boolean {
  if (!ctx.know.commonNoun(key)) return false;
  const at = ctx.ms.filter((m) => m.key === key);
  return at.length > 0 && at.every((m) => modified(ctx.s, m));
}

/**
 * A thing this sentence writes only as a common noun (バージョン, 対応, アクセス, "architecture"):
 * "過去のバージョンとの比較", "x86_64 アーキテクチャより" set a version, an architecture of
 * something against it — what is compared is no node.
 */
function onlyCommon(ctx: SentenceContext, key: string): boolean {
  const at = ctx.ms.filter((m) => m.key === key);
  return at.length > 0 && at.every((m) => writtenAsCommonNoun(ctx.lex, m));
}

export const contrastRule: SentenceRule = {
  name: "contrast",
  propose(ctx: SentenceContext): ProposedEdge[] {
    const { s, ms, lex } = ctx;
    const out: ProposedEdge[] = [];
    // (A kind of a thing is not set against the thing: "While the policy is in the in-progress
    // state, you have 24 hours to validate your Vault Lock policy" names one policy twice.)
    const add = (a: string | undefined, b: string | undefined) => {
      // (Nor a thing against what is named after it: VPC Flow Logs are the VPC's own, no alternative to it.)
      if (a && b && a !== b && !ctx.know.kindOfOther(a, b) && ctx.know.namedAfter(a) !== b && ctx.know.namedAfter(b) !== a && !onlyModified(ctx, a) && !onlyModified(ctx, b) && !onlyCommon(ctx, a) && !onlyCommon(ctx, b)) out.push({ source: a, target: b, kind: "contrasts" });
    };
    const cues = lex.vocab.cues.contrasts;

    for (const [start, end, cue] of occurrences(s.text, cues.between)) {
      const c = cue.trim().toLowerCase();
      if (c.startsWith("の")) {
        // "AとBの違い"; "Aの違い" alone says nothing ("Bとの違い" is the と-cue below).
        const b = mentionBefore(s, ms, start);
        const a = b && mentionBefore(s, ms, b.start, /^\s*(と|and|&|,|、|・)\s*$/);
        if (a && b) add(a.key, b.key);
      } else if (c.startsWith("と") || c.startsWith("に比べ") || c.startsWith("に比較")) {
        const b = mentionBefore(s, ms, start);
        if (!b) continue;
        // "Athenaと異なるリージョン", "元の KMS と異なるキー": a region, a key other than A's — A's
        // own one against another, no contrast of A with the subject. ("Amplifyと異なる点": the
        // point where the subject differs from Amplify.)
        if (/る$|う$/.test(c) && /^[\u30a0-\u30ff\u3400-\u9fffA-Za-z]/.test(s.text.slice(end)) && !/^(?:点|ところ|所|部分|こと|理由)/.test(s.text.slice(end))) continue;
        // "元テンプレートとの差分を検出する", "前回のテンプレートと比較して差分をチェック": a tool
        // that compares with A to find what changed, no contrast the note draws.
        if (/^[^。、,]{0,12}?(?:検出|チェック|確認|検知|抽出)/.test(s.text.slice(end))) continue;
        // "Fargate のほうが EC2 に比べて…": the name its particle marks right before is the other side.
        const marked = mentionBefore(s, ms, b.start, /^\s*(?:の(?:ほう|方)が|が|は|では|も)\s*$/);
        // (Not a common noun: "データ送信料金が VPN に比べて割安" compares the section's thing's price.)
        add(b.key, marked && !ctx.know.commonNoun(marked.key) ? marked.key : other(ctx, b.key));
      } else if (c === "vs" || c === "vs." || c === "versus") {
        add(mentionBefore(s, ms, start, ARTICLES)?.key, mentionAfter(s, ms, end, ARTICLES)?.key);
      } else if (c.startsWith("difference") || c.startsWith("comparison")) {
        // "the difference between A and B", "… between a Gateway endpoint and an Interface endpoint"
        const after = ms.filter((m) => m.start >= end);
        if (after[0] && after[1] && /^\s*(and|&|vs\.?|or|,)\s*(?:(?:the|an?)\s+)?$/i.test(s.text.slice(after[0].end, after[1].start))) add(after[0].key, after[1].key);
      } else if (c === "is not" || c === "are not" || c === "isn't") {
        // "CloudWatch is NOT CloudTrail": two names on either side, nothing else between. ("DAX is not
        // a public service" denies it a class — "a", "an" — and sets it against nothing.)
        // (Nor does a word in lower case after it, a predicate: "RAID 1 is not recommended", "EFA
        // is not supported".)
        const denied = mentionAfter(s, ms, end, /^[\s*_]*(?:the\s+)?$/i);
        if (denied && !/^[a-z][a-z-]*$/.test(denied.surface)) add(mentionBefore(s, ms, start, /^[\s*_]*$/)?.key, denied.key);
      } else {
        // "unlike A", "differs from A", "compared to A", "confused with A": A against the subject —
        // which, when the cue opens the sentence ("Unlike Redshift, Athena needs no cluster"), is the
        // name that opens the clause after the comma.
        const a = mentionAfter(s, ms, end, ARTICLES);
        if (!a) continue;
        const opening = /^\s*$/.test(s.text.slice(0, start));
        const comma = opening ? s.text.indexOf(",", a.end) : -1;
        const clauseSubject = comma >= 0 ? mentionAfter(s, ms, comma + 1, ARTICLES) : undefined;
        add(a.key, clauseSubject?.key ?? other(ctx, a.key));
      }
    }

    // "Aより速い", "Aではなく", "faster than A", "rather than A"
    for (const [start, end, cue] of occurrences(s.text, cues.afterOther)) {
      if (/^[\u3040-\u30ff]/.test(cue)) {
        // "Xより" citing where something comes from is no comparison.
        if (cue.startsWith("より") && citesSourceAt(s.text, start)) continue;
        const b = mentionBefore(s, ms, start);
        if (!b) continue;
        // ("他のコンテナ型仮想化技術よりも普及した": than the others of its own kind — the subject is one
        // of them, set against no other thing.)
        if (/(?:他|ほか|別)の\s*$/.test(s.text.slice(0, b.start))) continue;
        const next = cue.includes("なく") ? mentionAfter(s, ms, end, /^[\s、,]*$/) : undefined;
        add(b.key, next?.key ?? other(ctx, b.key));
      } else {
        // "faster than A", "more durable than A", "rather than A" set the subject against A; "a
        // better measure than IOPS" compares a measure, not the subject.
        // ("Other than EC2" is "besides EC2": "resources that are scalable other than EC2" compares nothing.)
        if (/^\s*than\s*$/i.test(cue) && (!/(?:\b[a-z]{2,}er|\b(?:more|less)\s+[a-z]+|\b(?:better|worse|rather|different|differently))\s*$/i.test(s.text.slice(0, start)) || /\bother\s*$/i.test(s.text.slice(0, start)))) continue;
        const a = mentionAfter(s, ms, end, ARTICLES);
        if (!a) continue;
        // "X rather than A" sets against A what stands right before it: a name ("customer-managed
        // CMK rather than an AWS managed CMK"), or words that name nothing ("use the endpoint rather
        // than the IP address to point applications to the RDS DB": no side of RDS, no contrast).
        // Only with no word before it is the subject the other side.
        if (/^\s*rather than\s*$/i.test(cue)) {
          const x = mentionBefore(s, ms, start, /^\s*,?\s*$/);
          if (x) {
            add(x.key, a.key);
            continue;
          }
          if (/[A-Za-z][\w-]*\s*,?\s*$/.test(s.text.slice(0, start))) continue;
        }
        // (A side the sentence does not write is none where its clause names another thing of the
        // same kind before the comparison: "Use ELB health checks (better than EC2)" under Auto
        // Scaling compares two health checks, not Auto Scaling with EC2; "Use CloudFront: cheaper
        // than S3 direct" under cost optimisation sets CloudFront against S3.)
        const against = other(ctx, a.key);
        // (A thing named after one of that kind is of it: "ELB health checks" against EC2.)
        const sameKind = (x: string, y: string) => ctx.know.kindOf(x) === ctx.know.kindOf(y) || ctx.know.kindOf(ctx.know.namedAfter(x) ?? "") === ctx.know.kindOf(y);
        if (against && !ms.some((m) => m.key === against) && ms.some((m) => m.end <= start && m.key !== a.key && sameKind(m.key, a.key) && !/[.;。]/.test(s.text.slice(m.end, start)))) continue;
        add(a.key, against);
      }
    }

    // "逆に…", "whereas …": the thing this clause ends on against the sentence's subject. ("While
    // making a copy…" opening a sentence is a time, not a contrast.)
    for (const [start, end, cue] of occurrences(s.text, cues.conversely)) {
      if (/^\s*(?:while|whereas)\s*$/i.test(cue) && !/[,;]\s*$|\S\s+$/.test(s.text.slice(0, start))) {
        // "While EBS mounts one volume to one instance, you can attach one EFS volume across…": a
        // name right after an opening "while", against the first name after the comma. ("While
        // making a copy…" names nothing: a time.)
        const a = mentionAfter(s, ms, end, ARTICLES);
        const comma = a ? s.text.indexOf(",", a.end) : -1;
        const b = comma >= 0 ? ms.find((m) => m.start > comma) : undefined;
        // (An "EFS volume" stands for EFS against EBS.)
        const against = b && (ctx.know.kindOf(b.key) === ctx.know.kindOf(a!.key) ? b.key : ctx.know.namedAfter(b.key));
        if (a && against && ctx.know.kindOf(a.key) === ctx.know.kindOf(against)) add(a.key, against);
        continue;
      }
      // "AをBに、またはその逆に変換": "or the reverse" (vice versa) turns the change around; it sets
      // nothing against anything.
      if (/^\s*逆に/.test(cue) && /(?:または|あるいは|もしくは|か)\s*その\s*$/.test(s.text.slice(0, start))) continue;
      // "…while taking an instance out of service", "…while in production", "…while the ASG is
      // running", "…while valid for SSL": while doing something, while in some state, while
      // something else goes on, is a time too.
      if (/^\s*while\s*$/i.test(cue) && (/^\s*(?:[a-z]+ing|in|on|at|under|during|still|valid|available|possible)\b/i.test(s.text.slice(end)) || /^\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:is|are|was|were)\s+(?:still\s+)?[a-z]+ing\b/i.test(s.text.slice(end)))) continue;
      const before = ms.filter((m) => m.end <= start);
      const after = ms.filter((m) => m.start >= end);
      // (English sets the clause's subject against the other's: "Auto Scaling is for compute
      // services (such as EC2 instances) whereas Application Auto Scaling…" — not the instances.)
      const inBrackets = (m: Mention) => (s.text.slice(0, m.start).match(/\(/g)?.length ?? 0) > (s.text.slice(0, m.start).match(/\)/g)?.length ?? 0);
      const left = s.japanese ? before.at(-1) : (before.find((m) => !inBrackets(m)) ?? before[0]);
      // ("KDS on the other hand needs custom code in Lambda to load S3": right after the name the
      // sentence opens with, the cue sets it against what came before, not against what its own
      // clause goes on to name.)
      const adverbial = !s.japanese && !!left && /^[\s,]*$/.test(s.text.slice(left.end, start)) && /^[\s*_-]*(?:(?:the|a|an)\s+)?$/i.test(s.text.slice(0, left.start));
      if (adverbial) continue;
      // (In English the other clause's subject stands right after the cue, or after "with", "in":
      // "…works at the network layer, while path-based routing works at the application layer" sets
      // no layer against route-based routing.)
      if (!s.japanese && after.length && !/^\s*(?:(?:with|in|for|on|by)\s+)?(?:(?:the|a|an|amazon|aws)\s+)*$/i.test(s.text.slice(end, after[0]!.start))) continue;
      if (left && after.length) add(left.key, s.japanese ? after.at(-1)!.key : after[0]!.key);
      // Nothing named before the cue: Japanese leaves the section's topic unsaid ("一方、SNSは…");
      // English says its subject, and only a pronoun opening the sentence ("It is cheap, whereas
      // Glacier…") stands for it. ("If some files are read often while the others are rarely
      // read, S3 Intelligent-Tiering…" under Glacier sets files against files, not the two classes.)
      else if (after.length && (s.japanese || /^\s*(?:it|this|they|these)\b/i.test(s.text))) {
        const b = s.japanese ? after.at(-1)! : after[0]!;
        // (A thing, not a heading's words: under "接続パターン", "逆に、…VPC Peering パターンで構築する
        // ほうが…" sets one pattern against another the sentence before names, not against patterns.)
        const against = ctx.owner && ctx.owner !== b.key ? ctx.owner : other(ctx, b.key);
        // (…of one kind with it, or both things the vocabulary knows: "一方、AWS CDKでは…" in a section
        // on boilerplate code sets CDK against what the section before used, CloudFormation, not
        // against boilerplate code; "逆に単一のVPCは仮想ゲートウェイでよい" under Transit Gateway does.)
        if (against && ctx.know.vouched(against) && (ctx.know.kindOf(against) === ctx.know.kindOf(b.key) || (ctx.know.inVocabulary(against) && ctx.know.inVocabulary(b.key)))) add(b.key, against);
      }
    }

    for (const [a, b] of pairsSaidToDiffer(s, ms, cues.pairDiffers)) add(a.key, b.key);

    // Parallel English clauses with one verb: "VPN connects to … and DirectConnect connects to …".
    for (const [a, b] of parallelClauses(s, ms)) if (ctx.know.kindOf(a.key) !== "question" && ctx.know.kindOf(b.key) !== "question") add(a.key, b.key);
    // Two variants of one thing, set against each other: "A, but … B", "A or B", "AかB".
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length && j <= i + 4 && ms[j]!.start - ms[i]!.end <= 240; j++) {
        const between = s.text.slice(ms[i]!.end, ms[j]!.start);
        if (/(?:^|[\s,])(?:but|whereas|while)\s/i.test(between) || /^\s*(?:or|か|vs\.?)\s*$/i.test(between)) {
          if (ctx.know.comparable(ms[i]!.key, ms[j]!.key)) add(ms[i]!.key, ms[j]!.key);
        }
      }
    }
    return out;
  },
};
