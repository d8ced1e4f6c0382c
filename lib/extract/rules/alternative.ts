// alternative: "Aでも代用可", "Aの代わりにB", "Aの代替として", "AかBか選べる", "A or B",
// "an alternative to A", "use B instead (of A)".

import { isAbbreviation, longFormOf } from "../definitions";
import type { ProposedEdge } from "../model";
import { ARTICLES, mentionAfter, mentionBefore, occurrences, other, writtenAsCommonNoun } from "./cues";
import type { SentenceContext, SentenceRule } from "./types";

/**
 * "CloudTrail logs, VPC Flow Logs or EKS logs": the word after the second name is the first's last
 * word, so the choice is between two kinds of logs, and the second name only says whose.
 */
function sharesHeadAfter(text: string, a: { surface: string }, b: { end: number }): boolean {
  const head = /([A-Za-z]+?)s?$/.exec(a.surface)?.[1]?.toLowerCase();
  const next = /^\s+([A-Za-z]+?)s?\b/.exec(text.slice(b.end))?.[1]?.toLowerCase();
  return !!head && head.length > 2 && head === next;
}

const afterOneOf = (words: string) => new RegExp(`\\b(?:${words})\\s+(?:(?:the|a|an|amazon|aws)\\s+)*$`, "i");
const SAYS_WHAT_FOR = "with|to|through|via|from|into|onto|on|in|by|at|for";
/** A name right after a preposition, which says how, where or what for ("…with DNS", "access to EC2"). */
const AFTER_PREPOSITION = afterOneOf(`${SAYS_WHAT_FOR}|of`);
/** …but "of", which names whose a thing is: "the IP address of Global Accelerator instead of the load balancers" sets the two owners side by side. */
const AFTER_PURPOSE = afterOneOf(SAYS_WHAT_FOR);

/**
 * What "B instead of A" uses: the name before the cue — unless that one only says what for or
 * where, after a preposition, and the clause names one without: "use IAM roles for providing access
 * to EC2 instead of Access keys" uses IAM roles; "store sessions in DynamoDB instead of EC2" still
 * stores them in DynamoDB.
 */
function usedInstead(s: SentenceContext["s"], ms: SentenceContext["ms"], start: number) {
  const b = mentionBefore(s, ms, start, /^[^.]*$/);
  if (!b || !AFTER_PURPOSE.test(s.text.slice(0, b.start))) return b;
  const earlier = ms.filter((m) => m.end <= b.start && !/[.;。]/.test(s.text.slice(m.end, b.start)) && !AFTER_PURPOSE.test(s.text.slice(0, m.start)));
  return earlier.at(-1) ?? b;
}

export const alternativeRule: SentenceRule = {
  name: "alternative",
  propose(ctx: SentenceContext): ProposedEdge[] {
    const { s, ms, lex } = ctx;
    // Sides are still looked for among all mentions, so that a common noun nearer the cue stops the
    // reach to a name further away; a side written so then gives nothing.
    const common = new Set(ms.filter((m) => writtenAsCommonNoun(lex, m)));
    const out: ProposedEdge[] = [];
    const add = (a: string | undefined, b: string | undefined) => {
      // (A thing is no alternative to what is named after it: "S3 Standard or S3 Standard-IA" are
      // two classes of S3, not S3 and one of its classes.)
      // (Nor is a bare common noun one side of a choice: "CSV 形式または JSON 形式" chooses between
      // formats, not between 形式 and JSON; "サービス停止もしくは API エラー" names two causes.)
      if (a && b && a !== b && ctx.know.namedAfter(a) !== b && ctx.know.namedAfter(b) !== a && !ctx.know.commonNoun(a) && !ctx.know.commonNoun(b)) out.push({ source: a, target: b, kind: "alternative" });
    };
    // (A sentence that opens on "otherwise" ("- Default KMS key / - Otherwise choose a KMS key"
    // under "Accounts can be set to use encryption by default") offers something in place of what
    // the line before said, not of a subject it does not write.)
    const otherwiseOpens = /^[\W_]*otherwise\b/i.test(s.text) && !ms.some((m) => m.key === ctx.subject);
    for (const [start, end, cue] of occurrences(s.text, lex.vocab.cues.alternative)) {
      const c = cue.trim().toLowerCase();
      if (otherwiseOpens && (c === "choose" || /^(?:then|otherwise) (?:choose|use)$/.test(c))) continue;
      if (c === "or" || c === "または" || c === "alternatively") continue; // between two names, below
      if (c.includes("代わり") || c === "instead of" || c === "in place of") {
        // (A choice reported, not recommended: "Selected SNS instead of Lambda-backed custom
        // resources" in a review of a practice test is the wrong answer given.)
        if (/^\s*(?:i\s+)?(?:selected|chose|picked|answered|went with)\b/i.test(s.text)) continue;
        // "Aの代わりにB", "B instead of A": the two sides of the cue
        const a = /^[a-z]/i.test(c) ? mentionAfter(s, ms, end, ARTICLES) : mentionBefore(s, ms, start);
        const b = /^[a-z]/i.test(c) ? usedInstead(s, ms, start) : mentionAfter(s, ms, end, /^[^。]*?$/);
        if (a && !common.has(a) && !(b && common.has(b))) add(a.key, b?.key ?? other(ctx, a.key));
      } else if (c.includes("代替")) {
        // "Aの代替として…", "Aを代替": A is what the subject stands in for
        const a = mentionBefore(s, ms, start, /^\s*(の|を)?\s*$/);
        if (a && !common.has(a)) add(other(ctx, a.key), a.key);
      } else if (c.includes("alternative")) {
        // "EC2 can be a solid alternative to RDS"
        const a = mentionAfter(s, ms, end, /^\s*(?:to\s+|for\s+)?(?:the\s+|a\s+|an\s+|amazon\s+|aws\s+)*$/i);
        const b = mentionBefore(s, ms, start, /^[\s\w]*$/);
        const againstB = b && b.key !== a?.key ? b : undefined;
        if (a && !common.has(a) && !(againstB && common.has(againstB))) add(againstB ? againstB.key : other(ctx, a.key), a.key);
      } else if (c === "choose") {
        // "…choose EFS for normal Linux file systems if your requirements don't match": a recommendation
        // of something else where the subject does not fit.
        const a = mentionAfter(s, ms, end, ARTICLES);
        // (The negation in the condition's own clause: "If there are instances in multiple
        // Availability Zones, choose the Availability Zone with … one instance that is not protected"
        // chooses among zones, it recommends no other thing.)
        if (a && !common.has(a) && /\b(?:if|unless|when)\b[^.,;]*\b(?:don't|do not|doesn't|does not|not|no longer)\b|\binstead\b|\botherwise\b|\brather\b/i.test(s.text)) add(other(ctx, a.key), a.key);
      } else if (/^(then|otherwise) (choose|use)$|^consider using$/.test(c)) {
        // "Memcached is for simple caching, but if you require more… then choose Redis"
        const a = mentionAfter(s, ms, end, ARTICLES);
        if (a && !common.has(a)) add(other(ctx, a.key), a.key);
      } else if (c === "instead" || c === "replacement") {
        // "…you have to use an Application Load Balancer instead", "trigger Step Functions instead":
        // the object of the verb, against the sentence's subject; not a name after a preposition,
        // which says how or where ("you must resolve them with DNS instead", "Client VPN connects
        // laptops to the VPC instead").
        const b = mentionBefore(s, ms, start, ARTICLES);
        const afterPreposition = b && AFTER_PREPOSITION.test(s.text.slice(0, b.start)) && !/\b(?:go with|switch to|move to|migrate to|opt for)\s+(?:(?:the|a|an)\s+)?$/i.test(s.text.slice(0, b.start));
        // (Nor what replaces a denied deed: "a DELETE action doesn't delete the object version but
        // applies a delete marker instead" puts the marker in place of a deletion, not of S3.)
        const forDeniedDeed = b && /\b(?:doesn't|does not|don't|do not|didn't|did not|won't|will not|isn't|is not|never)\b[^.;]*\bbut\b[^.;]*$/i.test(s.text.slice(0, b.start));
        if (b && !afterPreposition && !forDeniedDeed && !common.has(b)) add(other(ctx, b.key), b.key);
      } else if (c.includes("選べる")) {
        const chosen = ms.filter((m) => m.end <= start);
        for (let i = 1; i < chosen.length; i++) if (/^\s*(か|or|または)\s*$/.test(s.text.slice(chosen[i - 1]!.end, chosen[i]!.start)) && !common.has(chosen[i - 1]!) && !common.has(chosen[i]!)) add(chosen[i - 1]!.key, chosen[i]!.key);
      } else if (c.endsWith("あるが")) {
        // "VPCを繋ぐ方法としてはVPC仮想ゲートウェイがあるが、…時はこっちを使う": there is A, but
        // this one (the subject) is for something else. Without "こっち/こちら…使う" it only says A exists.
        if (!/(?:こっち|こちら|これ)(?:を|が)?(?:使|選|利用)/.test(s.text.slice(end))) continue;
        const b = mentionBefore(s, ms, start);
        if (b && !common.has(b)) add(b.key, other(ctx, b.key));
      } else {
        // "Aでも代用可", "Aでもできる", "Redshift can also be used if we have lots of OLAP…".
        // (Not "can also be used for extra security", "…to handle new services", "…as a message
        // broker": a use in addition, with a purpose of its own, is no stand-in.)
        if (/^[a-z]/i.test(c) && !/^\s*(?:[.;,)]|$|(?:if|when|where|instead|in place)\b)/i.test(s.text.slice(end))) continue;
        const b = mentionBefore(s, ms, start, /^\s*(で|でも|も|を)?\s*$/);
        if (b && !common.has(b)) add(b.key, other(ctx, b.key));
      }
    }
    // "AかB", "A or B", "AまたはB": two names set as a choice ("Hardware Security Module or HSM"
    // gives one name twice, not a choice; "resources like EC2 instances or RDS DB instances", "例えば
    // S3 か DynamoDB" give examples, not a choice)
    const examples = occurrences(s.text, lex.vocab.cues.exampleCues).map(([, end]) => end);
    // (An example's reach ends with its clause or its brackets: "(e.g., IAM user, role) and the API
    // calls using CloudTrail or Amazon Detective" gives a choice after them.)
    const givenAsExample = (m: { start: number }) => examples.some((end) => end <= m.start && !/[.;。;)）]/.test(s.text.slice(end, m.start)));
    for (let i = 1; i < ms.length; i++) {
      const [a, b] = [ms[i - 1]!, ms[i]!];
      const between = s.text.slice(a.end, b.start);
      const sameThing = (isAbbreviation(b.surface) && !!longFormOf(b.surface, a.surface)) || (isAbbreviation(a.surface) && !!longFormOf(a.surface, b.surface));
      // (Nor the last two of a list the "or" closes: "you only pay for SNS, SQS or Lambda" lists what
      // is billed; a choice among them all would be no choice of the last two alone.)
      const listed = i >= 2 && /^\s*(?:,|、|，)\s*$/.test(s.text.slice(ms[i - 2]!.end, a.start));
      if (/^\s*(か|or|または|もしくは|あるいは)\s*$/i.test(between) && !listed && !sameThing && !givenAsExample(a) && !common.has(a) && !common.has(b) && !sharesHeadAfter(s.text, a, b)) add(a.key, b.key);
    }
    return out;
  },
};
