// Relations the notes state by how they are laid out rather than in one sentence:
//   compared headings   "## SQS vs SNS", "### Stored Volumes vs. Cached Volumes:"
//   enumerations        "Storage Gateway comes in three flavors:" and the list below it
//   comparison tables   a header that names the things its columns compare
//   side-by-side terms  ショート/ロングポーリング defined one after the other
//   parallel topics     "ECSは…、EKSは…", "SQS is a queue, SNS is pub/sub"
//   denied properties   SQS "pub/subではない" against SNS "pub/subであり"
//   front matter        up: (part_of), related: (a relation the note's sentences may type)
//   older and newer     "X is deprecated." … "Y is preferred." in one line

import { nameKey } from "../../text/normalize";
import type { AnalysedSentence, Mention } from "../mentions";
import type { Extraction } from "../extract-graph";
import type { LineWork, Section } from "../model";
import { tableId } from "../tables";
import { isPartsHeading } from "../headings";
import { isMeasure, measureWordOpening } from "../summary";
import { analyseSentence, outsideMentions } from "../mentions";
import { mentionAfter, mentionBefore, occurrences, qualifiesNext } from "./cues";
import { tokenize } from "../../vocab/tokenize";
import { isClauseSubject, isTopicMarked } from "../subjects";

export type StructureRule = (ex: Extraction) => void;

/** "## SQS vs SNS": the two sides contrast, with the heading as evidence. */
const comparedHeadings: StructureRule = (ex) => {
  for (const { section, sides, joined } of ex.comparedHeadings) {
    const sec = ex.sections[section]!;
    const read = sides.map((side) => headingName(ex, side));
    const [a, b] = read.map((r) => r.key);
    if (!a || !b || a === b) continue;
    // Joined by "and", each side must be a name: "Provide private access to S3 and DynamoDB" heads
    // what a gateway endpoint does for both, no comparison.
    if (joined && !read.every((r) => r.whole)) continue;
    // Two names only joined by "and"/"と" ("モニタリングとメンテナンス", "Scaling and governance")
    // head a section on both, not a comparison — unless they are two of one kind the notes set
    // side by side: two services, or variants of one thing (マスターキーとデータキー).
    // Two services so joined compare only when the section goes on to set one against the other
    // (a cue of contrast, or a table): "## Cognito と CDK" shows CDK deploying Cognito, "## Lambda &
    // VPC" how a function reaches a VPC. (Variants of one thing, side by side, are compared.)
    if (joined && !(ex.comparableTerms(a, b) || variantSides(ex, sides) || (ex.reg.get(a)?.vocab && ex.reg.get(b)?.vocab && ex.kindOf(a) === ex.kindOf(b) && sectionCompares(ex, section, a, b)))) continue;
    sec.compared = [a, b];
    ex.propose(a, b, "contrasts", { text: sec.heading.text, file: sec.file, line: sec.heading.line });
  }
};

/**
 * "Contrast with SNS" under EventBridge, "CloudFormationとの違い" under CDK: the section sets what
 * encloses it against the thing named — a name whole, a thing other than the encloser.
 */
const comparedWithHeadings: StructureRule = (ex) => {
  for (const { section, other, enclosing } of ex.comparedWithHeadings) {
    const sec = ex.sections[section]!;
    const read = headingName(ex, other);
    if (!read.key || !read.whole || read.key === enclosing) continue;
    sec.compared = [enclosing, read.key];
    ex.propose(enclosing, read.key, "contrasts", { text: sec.heading.text, file: sec.file, line: sec.heading.line });
  }
};

/**
 * What a name a heading gives stands for: the thing it names whole (`whole`), or the last it ends
 * in ("CloudFront Signed URLs" → Signed URLs when that is known).
 */
function headingName(ex: Extraction, name: string): { key: string | undefined; whole: boolean } {
  // (A gloss in brackets after the name is no more of it: "ECS(Elastic Container Service)".)
  const bare = name.replace(/[:：]$/, "").replace(/\s*[(（][^()（）]*[)）]\s*$/, "") || name;
  const s = analyseSentence(ex.lex, bare);
  s.mentions = ex.matchLate(s);
  const whole = s.mentions.find((m) => m.start === 0 && m.end >= s.text.trim().length - 1)?.key ?? ex.reg.lookupName(bare);
  // (Nor a name that only qualifies the words after it: "S3 Transfer Acceleration" is no S3.)
  // (Nor one word that words of no name qualify, a longer name cut short: "S3 Pre-Signed URL" set
  // against "CloudFront Signed URL" is no URL, "S3 File Gateway" no Gateway; but a label's word after
  // its colon, "Front: Spot", "Route 53: CNAME", and a thing's, "EBS IOPS", stand alone.)
  const last = s.mentions.at(-1);
  const qualified = (m: Mention) => {
    const before = s.text.slice(s.mentions.at(-2)?.end ?? 0, m.start).split(/[:：]/).at(-1)!;
    return before.trim().split(/\s+/).filter(Boolean).some((w) => !/^(?:vs\.?|versus|and|or|&|\/|,)$/i.test(w) && !ex.lex.functionWords.has(w.toLowerCase()) && !ex.lex.nonNameWords.has(w.toLowerCase()));
  };
  const ending = last && (last.to - last.from >= 2 || ex.reg.get(last.key)?.vocab?.kind === "service" || !qualified(last));
  return { key: whole ?? (last && ending && !qualifiesNext(ex.lex, s.text, last.end) ? last.key : undefined), whole: whole !== undefined };
}

/**
 * "### Lake Formation との連携" under Glue, "## Integration with EventBridge" in a note on
 * CloudTrail: what encloses the section works with each thing the heading names, the heading as
 * evidence. (A name the heading does not give whole relates nothing.)
 */
const joinedHeadings: StructureRule = (ex) => {
  for (const { section, partners, enclosing } of ex.joinedHeadings) {
    const sec = ex.sections[section]!;
    for (const partner of partners) {
      const { key, whole } = headingName(ex, partner);
      if (key && whole && key !== enclosing) ex.propose(enclosing, key, "integrates", { text: sec.heading.text, file: sec.file, line: sec.heading.line });
    }
  }
};

/**
 * "- **KMS Integration**: For SecureString parameters, SSM integrates with AWS KMS" under Parameter
 * Store: a line whose label says whom its subject works with joins the two, as such a heading does,
 * the line as evidence.
 */
const joinedLabels: StructureRule = (ex) => {
  // (The thing the vocabulary knows that the line is about, or is under: "## ⚠️ Key Exam Nuggets" or
  // "#### Specialty Encryption" under RDS heads RDS's lines, no thing to work with.)
  const thingOf = (line: LineWork): string | undefined => {
    const subject = line.subjects[0];
    if (subject && ex.inVocabulary(subject)) return subject;
    for (let at = line.section; at !== undefined; at = ex.sections[at]!.parent) {
      const owner = ex.sections[at]!.owner;
      if (owner && ex.inVocabulary(owner)) return owner;
    }
    return line.noteOwner && ex.inVocabulary(line.noteOwner) ? line.noteOwner : undefined;
  };
  for (const line of ex.lines) {
    const partners = ex.joinedLabelOf(line);
    const subject = partners && thingOf(line);
    if (!partners || !subject) continue;
    for (const partner of partners) {
      const { key, whole } = headingName(ex, partner);
      if (key && whole && key !== subject) ex.propose(subject, key, "integrates", ex.evidence(line));
    }
  }
};

/** Does a line of the section, or of a section under it, set things against each other (a cue of contrast, or a table)? */
function sectionCompares(ex: Extraction, section: number, a: string, b: string): boolean {
  const cues = ex.lex.vocab.cues.contrasts;
  const within = (si: number): boolean => {
    for (let at: number | undefined = si; at !== undefined; at = ex.sections[at]!.parent) if (at === section) return true;
    return false;
  };
  // (A line that names both: a whole article headed "AWS WAF & Shield" holds tables and contrasts
  // of other things — rule actions, Shield's tiers — that set neither against the other.)
  const namesBoth = (line: LineWork) => {
    const keys = new Set(line.sentences.flatMap((s) => s.mentions.map((m) => m.key)));
    for (const cell of line.note.table?.header ?? []) {
      const key = ex.reg.lookupName(cell);
      if (key) keys.add(key);
    }
    return keys.has(a) && keys.has(b);
  };
  return ex.sections.some((sec, si) =>
    within(si) &&
    sec.lines.some((id) => {
      const line = ex.lines[id]!;
      if (!namesBoth(line)) return false;
      if (line.note.table) return true;
      const text = line.note.text;
      return occurrences(text, cues.between).length > 0 || occurrences(text, cues.afterOther).length > 0 || occurrences(text, cues.conversely).length > 0;
    }),
  );
}

/**
 * Two sides that vary one thing: a word of their own in common ("Signed URLs and Signed Cookies"),
 * or the same head ("クライアントサイド暗号化とサーバサイド暗号化", "マスターキーとデータキー").
 */
function variantSides(ex: Extraction, sides: [string, string]): boolean {
  const [ta, tb] = sides.map((side) => tokenize(ex.lex, side).filter((t) => t.script !== "punct" && t.script !== "hiragana"));
  if (!ta?.length || !tb?.length) return false;
  const word = (t: { text: string; gloss?: string }) => (t.gloss || t.text).toLowerCase();
  if (ta.length >= 2 && tb.length >= 2 && word(ta.at(-1)!) === word(tb.at(-1)!)) return true;
  const own = (ts: typeof ta) => new Set(ts.filter((t) => t.script === "latin" && t.text.length >= 4 && !ex.lex.genericWords.has(t.text.toLowerCase()) && !ex.lex.functionWords.has(t.text.toLowerCase())).map(word));
  const wa = own(ta);
  return [...own(tb)].some((w) => wa.has(w));
}

/**
 * A lead-in with a cue of parts ("Storage Gateway comes in three flavors:", "Kinesisは次の3つ
 * からなる:") and the list items below it that are names: each item is part of the whole; items
 * that are kinds of it (classifies: types, flavors, 分類) are set against each other.
 */
const enumerations: StructureRule = (ex) => {
  const byLead = new Map<number, LineWork[]>();
  for (const line of ex.lines) if (line.lead !== undefined && line.named) byLead.set(line.lead, [...(byLead.get(line.lead) ?? []), line]);
  const cues = ex.lex.vocab.cues.partOf;
  for (const [leadId, items] of byLead) {
    const lead = ex.lines[leadId]!;
    const text = lead.note.text;
    const classifies = occurrences(text, cues.classifies).length > 0;
    if (!classifies && occurrences(text, cues.consistsOf).length === 0) continue;
    // The whole: a name the lead-in gives ("types of Kinesis", "Storage Gateway comes in"), else its subject.
    const s = lead.sentences.at(-1);
    const of = s ? /(?:types|kinds|flavors|flavours|classes|categories)\s+of\s+/i.exec(s.text) : null;
    const whole = (s && of ? mentionAfter(s, s.mentions, of.index + of[0].length, /^\s*(?:the\s+|amazon\s+|aws\s+)*$/i)?.key : undefined) ?? lead.subjects.at(-1) ?? ex.ownerOf(lead);
    if (!whole) continue;
    const parts = [...new Set(items.map((i) => i.named!).filter((k) => k !== whole))];
    // Services of different families in one list are no parts of what the list is of ("ECS runs
    // into two modes: EC2, Fargate"), and under a role they play no kinds of one thing either ("the
    // following types of targets: Lambda functions, Kinesis Streams, SQS, SNS").
    const family = (k: string) => { const d = ex.reg.get(k); return d?.kind === "service" ? d.vocab?.parent ?? d.vocab?.id ?? k : undefined; };
    const services = parts.map(family).filter((f): f is string => f !== undefined);
    const mixed = services.length >= 2 && new Set(services).size > 1;
    const role = mixed && ex.reg.get(whole)?.kind !== "service";
    for (const item of items) if (item.named && item.named !== whole && !(mixed && family(item.named) !== undefined)) ex.propose(item.named, whole, "part_of", ex.itemEvidence(item));
    if (classifies && !role && parts.length >= 2 && parts.length <= 8) {
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!.named!;
          const b = items[j]!.named!;
          if (a !== b && a !== whole && b !== whole) ex.propose(a, b, "contrasts", { text: `${lead.note.text} ${items[i]!.note.text}, ${items[j]!.note.text}`, file: lead.file, line: lead.note.line });
        }
      }
    }
  }
};

/** A table whose header names the things its columns compare: they contrast, and each row is a fact of each. */
const comparisonTables: StructureRule = (ex) => {
  const done = new Set<string>();
  for (const line of ex.lines) {
    const t = line.note.table;
    if (!t) continue;
    const names = ex.comparedColumnsOf(line);
    if (names.length < 2) continue;
    const columns = names.map((h) => ex.reg.lookupName(h) ?? ex.registerTerm(h));
    line.columns = columns;
    const id = tableId(line);
    if (done.has(id)) continue;
    done.add(id);
    const header = t.header.filter(Boolean).join(" | ");
    for (let i = 0; i < columns.length; i++) for (let j = i + 1; j < columns.length; j++) ex.propose(columns[i], columns[j], "contrasts", { text: header, file: line.file, line: line.note.line - 2 > 0 ? line.note.line - 2 : line.note.line });
  }
};

/**
 * Alternatives defined side by side in one section contrast: ショート/ロングポーリング,
 * Memcached/Redis, パブリック/プライベートホストゾーン. Two nearby definitions count when their
 * terms vary one modifier of a shared head, or their definitions share what they talk about.
 */
/** A line that gives a name and only a web address after its label: "API: https://docs.aws.amazon.com/…". */
function onlyAddress(line: LineWork): boolean {
  return /^[^:：]{1,80}[:：]\s*<?(?:https?:\/\/|www\.)\S+>?\s*$/i.test(line.note.text.trim());
}

const siblingDefinitions: StructureRule = (ex) => {
  for (const section of ex.sections) {
    // (Under "Key Features", "Components of …", "How it Works", "特徴", what is defined one after
    // another is the thing's parts or aspects: "Log Group" / "Log Streams", "Firewall Whitelisting"
    // / "PrivateLink Integration" are no alternatives; variants of one name still are.)
    const listsParts = isPartsHeading(ex.lex, section.heading.text);
    // The section's lines as runs: each run defines or is led by one thing ("標準キューは…" ×3, then "FIFO キューは…" ×3).
    // (With the lead-ins over its first and its last line: a run led by a paragraph may go on in the list below it.)
    const runs: { key: string; line: LineWork; first: number; last: number; leadIn: LeadIn | undefined; lastLeadIn: LeadIn | undefined; listed: boolean }[] = [];
    // Each line's lead-in, and how many items each leads.
    const leadLines = leadLinesOf(ex, section.lines);
    const leadIns = leadInsOf(ex, leadLines);
    const itemsLed = new Map<LineWork, number>();
    for (const l of leadIns) if (l) itemsLed.set(l.line, (itemsLed.get(l.line) ?? 0) + 1);
    // (Nor the items listed under an example's label, "例：…の場合" over "インバウンド：TCP 443 を許可",
    // "アウトバウンド：設定不要": an example's settings, set against nothing outside it.)
    const exampleLabels = ex.lex.vocab.cues.exampleCues.filter((c) => /[:：]$/.test(c)).map((c) => c.toLowerCase());
    let inExample = false;
    section.lines.forEach((id, order) => {
      const line = ex.lines[id]!;
      if (line.note.source !== "list") inExample = exampleLabels.some((c) => line.note.text.toLowerCase().startsWith(c));
      if (inExample) return;
      // (The rows of a table that compares its columns are aspects of what the columns name —
      // "Redirection Handling: S3 Origin = … / Custom Origin = …" —, no alternatives to each other.)
      if ((line.note.table?.header.length ?? 0) > 2) return;
      // (Nor a line that cites or only links to a page: its words are the page's title, and a list
      // of pages, "【SAA】AWS Certified Solutions Architect - Associate", "CON201 ECS 入門(YouTube)",
      // sets nothing against anything.)
      if (line.citation) return;
      // A name alone in a list of names alone, under no sentence that says what the names are, is
      // set against nothing: "Guava HashMultiset" / "Guava TreeMultiset" / "Guava
      // ConcurrentHashMultiset" under "Sets" in a page of contents say nothing of any of them. (A
      // name alone over lines about it labels them, "**Alias Record**" over its bullets, even when
      // they are names too, "Elastic Fabric Adapter (EFA)" over "HPC, ML, MPI"; under "The
      // routing policies available are:" the names are choices, one against another.) Its
      // run stays, between its neighbours: the names before and after it are no closer for it.
      const leadIn = leadIns[order];
      const leadLine = leadLines[order];
      const next = section.lines[order + 1];
      const labelsNext = next !== undefined && leadLines[order + 1] === line;
      const listed = !line.definitions.length && onlyNames(line) && !labelsNext && (next === undefined || onlyNames(ex.lines[next]!)) && (!leadLine || onlyNames(leadLine));
      const keys = line.definitions.length ? line.definitions.map((d) => d.key) : [ledBy(ex, line)].filter((k): k is string => !!k);
      for (const key of keys) {
        if (key === section.owner) continue;
        const last = runs.at(-1);
        if (last?.key === key) {
          last.last = order;
          last.lastLeadIn = leadIn;
          last.listed &&= listed;
          continue;
        }
        runs.push({ key, line, first: order, last: order, leadIn, lastLeadIn: leadIn, listed });
      }
    });
    const spelled = acronymLetters(ex, section.heading.text, runs.map((r) => r.key));
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length && j - i <= 2; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        // (A kind of the other is not set against it: 保管型ボリュームゲートウェイ / ボリューム型ゲートウェイ;
        // nor one item of a numbered series against the next: 第 3 分野 / 第 4 分野.)
        // (Nor fields of a format or an interface, defined one after another: auth_time / exp / iat.)
        // (Nor hubs of the notes, topics, by a line each leads: "Compute is billed per second…",
        // "Storage is billed by the GB…" under Aurora speak of Aurora's compute and storage.)
        // (Nor a tool's commands listed as a reference: `npm run dev` / `npm run build`.)
        if (a.listed || b.listed) continue;
        if (a.key === b.key || ex.kindOfOther(a.key, b.key) || ex.numberedSeries(a.key, b.key) || ex.codeIdentifier(a.key) || ex.codeIdentifier(b.key) || ex.commandLine(a.key) || ex.commandLine(b.key)) continue;
        if (ex.kindOf(a.key) === "topic" || ex.kindOf(b.key) === "topic") continue;
        if (listsParts && !ex.variantNames(a.key, b.key)) continue;
        // (Nor the letters of an acronym the heading names, each defined in turn: "CAP定理" over
        // Consistency, Availability, Partition-tolerance; "ACID" over Atomicity … Durability.)
        if (spelled.has(a.key) && spelled.has(b.key)) continue;
        // (Nor limits, each a measure under a label that opens with a word of measure: "Max memory:
        // 10,240 MB", "Max execution time: 15 minutes", "Minimum storage duration: 30 days" are
        // settings of one thing, no two things set against each other.)
        if (isLimit(ex, a) && isLimit(ex, b)) continue;
        // (Nor, in Japanese notes, entries written as code: a lower-case Latin key or one with the
        // signs of a notation — compose's "command:" / "environment:", "semget:", "static:", "2>
        // FILE:", "<範囲1>a<範囲2>:" — are a reference's keys, calls or values listed in turn.)
        if (writtenAsCode(a) || writtenAsCode(b)) continue;
        // (Nor a label alone and an item of the list it opens: "Expected Outcomes:" over "Expected
        // score: 90%+", "Password Policy:" over "Password expiration" say what the items are. An item
        // under a statement may set a peer against it: "RDS Multi-AZ Standby = NOT readable" over
        // "Read Replica = Readable".)
        const labelAlone = (l: LineWork) => /[:：]\s*$/.test(l.note.text);
        if ((b.line.lead === a.line.factId && labelAlone(a.line)) || (a.line.lead === b.line.factId && labelAlone(b.line))) continue;
        // (Nor a field's values, rows of a table whose first column is headed by the field: "Status |
        // Description" over "PASSED | チェックに合格", "WARNING | …".)
        if (valueRow(ex, a.line) && valueRow(ex, b.line)) continue;
        // (Nor names whose definitions are only addresses: "API: https://docs…", "API CM: https://…"
        // point to two pages; they say nothing to set against each other.)
        if (onlyAddress(a.line) || onlyAddress(b.line)) continue;
        // (Nor items a lead-in over them calls a whole's parts: "以下の5つのテーブルで構成されています"
        // over "Requests Table: …", "Approver Table: …"; or heads as parts, "KCLの特徴:", "重要なメトリクス:".)
        // (Two alone under a word of parts are a pair set side by side: "two key metrics:" RPO, RTO.)
        const leadIn = a.lastLeadIn;
        if (leadIn && leadIn.line === b.leadIn?.line && (leadIn.madeOf || (!ex.variantNames(a.key, b.key) && itemsLed.get(leadIn.line)! > 2))) continue;
        // (Nor items of two lists, each under a lead-in of its own: "Primary ENI" under "EC2
        // instances have at least 1 ENI", "Primary IPv4 Private IP" under "Things that are actually
        // attached to the ENI".)
        if ((leadIn && b.leadIn && leadIn.line !== b.leadIn.line) || (a.line.lead !== undefined && b.line.lead !== undefined && a.line.lead !== b.line.lead)) continue;
        // Set side by side: next to each other, or a shared subject more than one word deep.
        const adjacent = b.first - a.last <= 1;
        // English definitions side by side mostly list a thing's parts or settings ("Concurrency:
        // …", "Tags: …" under Lambda): what they talk about is no sign of a comparison; variants of
        // one name are ("Origin response" / "Viewer response", "synchronous" / "asynchronous"), and
        // services of one family (Snowcone / Snowball Edge).
        const english = !a.line.sentences[0]?.japanese && !b.line.sentences[0]?.japanese;
        const variantNames = english && ex.variantNames(a.key, b.key);
        const variants = !english || variantNames || ex.kindOf(a.key) === "service";
        // (…so other English definitions must share one more word, or open alike, one after the
        // other: "Mitosis: one division that…", "Meiosis: two divisions that…"; variants defined one
        // after the other need not share a word.)
        const needed = adjacent ? 1 : 2;
        const definedSideBySide = adjacent && a.line.definitions.length > 0 && b.line.definitions.length > 0;
        // (Nor, in English, a thing whose definition names what is defined next, no variant of it:
        // a whole is written before its parts. "A receiver operating characteristic curve … is
        // created by plotting the true positive rate against the false positive rate", then those
        // rates; "Log Groups: Collection of log streams", then "Log Streams: …". A definition that
        // names the thing defined before it sets itself beside it: "Alias records function similarly
        // to CNames", "Explicit Allow: … so long as there is not an associated Explicit Deny".)
        // (…or names the one between them that names it: "Log Groups" over "Log Events".)
        const between = j - i === 2 ? runs[i + 1]! : undefined;
        if (english && !variantNames && (runNames(ex, section, a, b.key) || (between && runNames(ex, section, a, between.key) && runNames(ex, section, between, b.key)))) continue;
        // (Nor, in English, a quality named by an abstract noun beside another label: "Immutability:
        // This route cannot be deleted" / "Priority: …", "Incremental Efficiency" / "Snapshot
        // Deletion", "Ownership", "Complexity" say how the section's thing behaves, one side each.)
        // (Labels that open alike are still variants: "Cognito Identity" / "Cognito Sync", "Geolocation" / "Geoproximity".)
        const quality = (key: string) => /(?:ity|ness|ency|ancy|ship)$/i.test(ex.reg.get(key)?.english ?? "");
        const opening = (key: string) => (ex.reg.get(key)?.english ?? "").toLowerCase().slice(0, 3);
        if (english && !variantNames && (quality(a.key) || quality(b.key)) && opening(a.key) !== opening(b.key)) continue;
        if (ex.comparableTerms(a.key, b.key) || sharedSubject(ex, a, b, variants ? needed : needed + 1, !variants && adjacent) || (variantNames && definedSideBySide)) {
          ex.propose(a.key, b.key, "contrasts", ex.evidence(a.line));
          if (a.line !== b.line) ex.propose(a.key, b.key, "contrasts", ex.evidence(b.line));
        }
      }
    }
  }
};

/**
 * The things defined in a section whose names' first letters, in order, spell all of an acronym
 * the heading names but one letter at most, three at least ("BASE特性": Basically Available,
 * Soft-State, Eventual Consistency): each is a letter of it, a part.
 */
function acronymLetters(ex: Extraction, heading: string, keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const [acronym] of heading.normalize("NFKC").matchAll(/(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])/g)) {
    // (Letters each once: "The 6 R's of Migration (RRRRR-R)" counts strategies to choose from.)
    if (new Set(acronym).size !== acronym.length) continue;
    const letters: string[] = [];
    let at = 0;
    for (const key of keys) {
      const initial = ex.reg.get(key)?.english?.trim()[0]?.toUpperCase();
      const found = initial ? acronym.indexOf(initial, at) : -1;
      if (found < 0) continue;
      letters.push(key);
      at = found + 1;
    }
    // (Three letters at least, none of them the acronym's own name: "SQS long-polling" and "SQS
    // short-polling" under an SQS heading spell nothing.)
    if (letters.length >= Math.max(3, acronym.length - 1) && letters.every((k) => !ex.reg.get(k)?.english?.toUpperCase().split(/[\s-]+/).includes(acronym))) for (const k of letters) out.add(k);
  }
  return out;
}

const valueHeaderSets = new WeakMap<object, Set<string>>();

/** A row of a table whose first column is headed by a field of values (cues.valueHeaders). */
function valueRow(ex: Extraction, line: LineWork): boolean {
  const header = line.note.table?.header[0];
  if (header === undefined) return false;
  let set = valueHeaderSets.get(ex.lex);
  if (!set) valueHeaderSets.set(ex.lex, (set = new Set(ex.lex.vocab.cues.valueHeaders.map((h) => h.normalize("NFKC").toLowerCase()))));
  return set.has(header.normalize("NFKC").trim().toLowerCase());
}

/** Does a run's lines name `key`? */
function runNames(ex: Extraction, section: Section, run: { first: number; last: number }, key: string): boolean {
  for (const id of section.lines.slice(run.first, run.last + 1)) if (ex.lines[id]!.sentences.some((s) => s.mentions.some((m) => m.key === key))) return true;
  return false;
}

/**
 * A run defined on a Japanese line under a key written as code: Latin letters all in lower case
 * (Japanese writing spells a concept's English name with capitals or in katakana; a lower-case
 * word is what one types) or with a notation's signs.
 */
function writtenAsCode(run: { key: string; line: LineWork }): boolean {
  if (!run.line.sentences[0]?.japanese) return false;
  const term = run.line.definitions.find((d) => d.key === run.key)?.span.term.normalize("NFKC").trim();
  return term !== undefined && (/^[a-z][a-z0-9_./-]*$/.test(term) || /[<>{}$|\\^]/.test(term));
}

/** A run defined by a value under a label that opens with a word of measure ("Max memory: 10 GB"). */
function isLimit(ex: Extraction, run: { key: string; line: LineWork }): boolean {
  const d = run.line.definitions.find((x) => x.key === run.key);
  // (A value: a measure, or a number first, "50 MB zipped, 250 MB unzipped".)
  if (!d || !(isMeasure(ex.lex, d.span.definition) || /^[\s(~<>≤≥約]*(?:up to\s+)?\d/i.test(d.span.definition))) return false;
  return measureWordOpening(ex.lex, d.span.term) !== undefined;
}

/** A lead-in over a list that calls its items parts: `madeOf` when it says they make up a whole. */
interface LeadIn {
  line: LineWork;
  madeOf: boolean;
}

/**
 * For each line of a section in a list or a table, the line over it (leadLinesOf) when that calls
 * the items a whole's parts: saying they make it up ("以下の要素で構成されます", "A record consists
 * of:") or labelling them with a heading's word of parts ("KCLの特徴:", "Key metrics:").
 */
function leadInsOf(ex: Extraction, leadLines: readonly (LineWork | undefined)[]): (LeadIn | undefined)[] {
  const judged = new Map<LineWork, LeadIn | undefined>();
  return leadLines.map((lead) => {
    if (!lead) return undefined;
    if (!judged.has(lead)) judged.set(lead, partsLeadIn(ex, lead));
    return judged.get(lead);
  });
}

/** For each line of a section in a list or a table, the line over it: the item it is nested in, or the line that opened the list (the last line before its first item). */
function leadLinesOf(ex: Extraction, sectionLines: readonly number[]): (LineWork | undefined)[] {
  const out: (LineWork | undefined)[] = [];
  let opener: LineWork | undefined;
  let before: LineWork | undefined;
  for (const id of sectionLines) {
    const line = ex.lines[id]!;
    const listed = line.note.source === "list" || line.note.source === "table";
    // (The line that opened the list or table this one goes on.)
    if (listed && before?.note.source !== line.note.source) opener = before;
    before = line;
    out.push(!listed ? undefined : line.lead !== undefined ? ex.lines[line.lead] : opener);
  }
  return out;
}

/** A lead-in that calls the items below it a whole's parts (see leadInsOf). */
function partsLeadIn(ex: Extraction, lead: LineWork): LeadIn | undefined {
  if (lead.note.source === "title") return undefined;
  const { madeOf, classifies } = ex.lex.vocab.cues.partOf;
  if (occurrences(lead.note.text, madeOf).length > 0 && occurrences(lead.note.text, classifies).length === 0) return { line: lead, madeOf: true };
  // (What a label says of what follows, after "は以下の通り", "are as follows".)
  const label = lead.note.text.replace(/\s*(?:は|には)?\s*(?:以下|次)の(?:通り|とおり|ようなもの)?(?:です|があります)?[。.:：\s]*$|\s+(?:are|is)(?:\s+as)?\s+follows[.:：\s]*$/i, "");
  const labels = /[:：]\s*$/.test(lead.note.text) || label !== lead.note.text;
  return labels && isPartsHeading(ex.lex, label) ? { line: lead, madeOf: false } : undefined;
}

/**
 * A line whose words are names only, and the signs between them ("Guava Multiset",
 * "[[NavigableSet]]"); a tag that files it or a link's words beside them say nothing either
 * ("Gateway Aggregation #WIP [s](https://…)").
 */
function onlyNames(line: LineWork): boolean {
  const linked = [...line.note.raw.matchAll(/\[([^\]\n]+)\]\([^)\n]*\)/g)].map((m) => m[1]!.trim()).filter(Boolean);
  return line.sentences.length > 0 && line.sentences.every((s) => {
    let rest = outsideMentions(s).replace(/(?<!\S)#[\p{L}_][\p{L}\p{N}_/-]*/gu, " ");
    for (const words of linked) rest = rest.replace(words, " ");
    return !/[\p{L}\p{N}]/u.test(rest);
  });
}

/**
 * The name a line opens with as its topic ("標準キューは、…", "ElastiCache Redis は、…", "S3 Select
 * is …"), if it does: the subject, with at most other names qualifying it in front.
 */
function ledBy(ex: Extraction, line: LineWork): string | undefined {
  const s = line.sentences[0];
  const subject = line.subjects[0];
  if (!s || !subject || line.question) return undefined;
  const i = s.mentions.findIndex((m) => m.key === subject);
  const m = s.mentions[i];
  if (!m) return undefined;
  const before = s.text.slice(0, s.mentions[0]!.start);
  if (!/^\s*(?:(?:the|a|an|amazon|aws)\s+)*$/i.test(before)) return undefined;
  // Names in front may only qualify it, nothing else between (ElastiCache Redis).
  for (let k = 0; k < i; k++) if (!/^\s*$/.test(s.text.slice(s.mentions[k]!.end, s.mentions[k + 1]!.start))) return undefined;
  void ex;
  return s.japanese ? (/^\s*(?:\([^()]*\)\s*)?(?:は|では|とは)/.test(s.text.slice(m.end)) ? m.key : undefined) : m.key;
}

const contentCache = new WeakMap<Extraction, Map<string, Set<string>>>();

/** Definitions of two things of one kind that talk about the same aspect (データ構造). */
function singularOf(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return /(?:ss|us|is)$/.test(word) || !word.endsWith("s") ? word : word.slice(0, -1);
}

function sharedSubject(ex: Extraction, a: { key: string; line: LineWork }, b: { key: string; line: LineWork }, needed = 1, opensAlike = false): boolean {
  const da = ex.reg.get(a.key);
  const db = ex.reg.get(b.key);
  if (!da || !db || da.kind !== db.kind || da.kind === "question") return false;
  let cache = contentCache.get(ex);
  if (!cache) contentCache.set(ex, (cache = new Map()));
  const content = (line: LineWork, key: string) => {
    const cacheKey = `${line.factId}|${key}`;
    const cached = cache!.get(cacheKey);
    if (cached) return cached;
    const def = line.definitions.find((d) => d.key === key)?.span.definition ?? line.note.text;
    const words = new Set(
      ex.wordsLate(def, (s, ms) => {
        const covered = new Set(ms.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
        const found = new Set<string>();
        s.tokens.forEach((t, i) => {
          // (Pronouns and common verbs, "you", "can", are no subject either.)
          if (covered.has(i) || t.script === "punct" || t.script === "hiragana" || (t.script === "latin" && (ex.lex.functionWords.has(t.text.toLowerCase()) || ex.lex.nonNameWords.has(t.text.toLowerCase())))) return;
          // (One word whether singular or plural: "one division" / "two divisions".)
          const w = singularOf((t.gloss || t.text).toLowerCase());
          // (Nor a word that bounds a figure: "Max 200 per VPC" and "Max 5 per ENI" give two limits,
          // of two things, not one subject; "the maximum age of files" still speaks of one.)
          const bound = ex.lex.settingBounds.has(t.text.toLowerCase()) && /^\d/.test(s.tokens[i + 1]?.text ?? "");
          if (w.length >= 2 && !/^\d/.test(w) && !ex.lex.genericWords.has(w) && !ex.lex.genericWords.has(t.text.toLowerCase()) && !bound) found.add(w);
        });
        return [...found];
      }),
    );
    cache!.set(cacheKey, words);
    return words;
  };
  const wa = content(a.line, a.key);
  const wb = content(b.line, b.key);
  // What the terms are called is no shared subject (コールドシャード / リシャーディング share "shard").
  const ownWords = (key: string) => (ex.reg.get(key)?.english ?? "").toLowerCase().split(/[\s/-]+/).filter(Boolean);
  const own = new Set([...ownWords(a.key), ...ownWords(b.key)]);
  const shared = [...wa].filter((w) => wb.has(w) && !own.has(w) && ![...own].some((o) => o.length >= 4 && (w.includes(o) || o.includes(w)))).length;
  if (da.kind === "service") {
    // Services of different families defined side by side are a list of parts ("Lambda: 申請処理
    // の課金", "DynamoDB: 申請データの保存の料金" in what a deployment costs), not alternatives.
    // (A renamed service keeps the family of the name it replaced: Managed Service for Apache Flink,
    // once Kinesis Data Analytics, beside Kinesis Data Firehose.)
    const family = (d: typeof da) => d.vocab?.parent ?? d.vocab?.supersedes.map((id) => ex.lex.entityById.get(id)?.parent).find(Boolean);
    const fa = family(da);
    return !!fa && fa === family(db) && shared >= needed;
  }
  return shared >= needed || (opensAlike && wa.size > 0 && [...wa][0] === [...wb][0]);
}

function parallel(ex: Extraction, a: string, b: string): boolean {
  const da = ex.reg.get(a);
  const db = ex.reg.get(b);
  if (!da || !db || da.kind !== db.kind || da.kind === "question") return false;
  if (da.prefixOf === b || db.prefixOf === a || da.vocab?.parent === db.vocab?.id || db.vocab?.parent === da.vocab?.id) return false;
  if (da.kind === "service") return true;
  return ex.comparableTerms(a, b);
}

/**
 * Parallel topics in one line contrast: "ECSは…、EKSは…", "SESは…。…のはSNS",
 * "キャッシュ型ボリュームは…。保管型ボリュームは…", "SQS is a queue, SNS is pub/sub".
 */
const parallelTopics: StructureRule = (ex) => {
  for (const line of ex.lines) {
    if (line.question) continue;
    const topics: { key: string; sentence: AnalysedSentence }[] = [];
    for (const s of line.sentences) for (const m of s.mentions) if ((s.japanese ? isTopicMarked(s, m) : isClauseSubject(s, m)) && !topics.some((t) => t.key === m.key)) topics.push({ key: m.key, sentence: s });
    for (let i = 0; i < topics.length; i++) {
      for (let j = i + 1; j < topics.length; j++) {
        const a = topics[i]!;
        const b = topics[j]!;
        if (!parallel(ex, a.key, b.key)) continue;
        ex.propose(a.key, b.key, "contrasts", a.sentence === b.sentence ? ex.evidence(line, a.sentence) : ex.evidence(line));
      }
    }
    // A topic set against a variant that leads the next sentence: 標準は…。FIFOキューで…
    for (const t of topics) {
      for (const s of line.sentences) {
        const m = s.mentions[0];
        if (s === t.sentence || !m || m.key === t.key || !/^\s*(は|で|が|では|も)/.test(s.text.slice(m.end))) continue;
        if (ex.comparableTerms(t.key, m.key)) ex.propose(t.key, m.key, "contrasts", ex.evidence(line));
      }
    }
    // Variants listed for comparison: 「明示的な拒否」>「明示的な許可」>「暗示的な拒否」
    for (const s of line.sentences) {
      for (let i = 1; i < s.mentions.length; i++) {
        const a = s.mentions[i - 1]!;
        const b = s.mentions[i]!;
        const between = s.text.slice(a.end, b.start);
        const quoted = s.text[a.start - 1] === "「" && s.text[b.end] === "」";
        if ((quoted && /^」\s*(>|＞|<|＜|、|・|\/)?\s*「$/.test(between)) || /^」?\s*[>＞<＜]\s*「?$/.test(between)) {
          if (ex.comparableTerms(a.key, b.key)) ex.propose(a.key, b.key, "contrasts", ex.evidence(line, s));
        }
      }
    }
  }
};

/** A property one section denies and another asserts: SQS "pub/subではない", SNS "pub/subであり". */
const negatedProperties: StructureRule = (ex) => {
  const denied: { term: string; owner: string; line: LineWork; sentence: AnalysedSentence }[] = [];
  const asserted: { term: string; owner: string; line: LineWork; sentence: AnalysedSentence }[] = [];
  // (Denials looked for only where では or じゃ is written: the unanchored pattern on every sentence
  // was most of this rule's time.)
  for (const line of ex.lines) {
    const owner = ex.ownerOf(line);
    if (!owner || line.question) continue;
    for (const s of line.sentences) {
      if (s.text.includes("では") || s.text.includes("じゃ")) for (const m of s.text.matchAll(/([A-Za-z][\w/.-]*|[\u30a1-\u30ff]{2,})\s*(?:では|じゃ)(?:ない|なく)/g)) denied.push({ term: nameKey(m[1]!), owner, line, sentence: s });
      const lead = /^([A-Za-z][\w/.-]*|[\u30a1-\u30ff]{2,})\s*(?:であり|である|です|だ|、|。|$)/.exec(s.text);
      if (lead) asserted.push({ term: nameKey(lead[1]!), owner, line, sentence: s });
    }
  }
  if (!denied.length) return;
  // Names are not properties: "ELBではない" says nothing about ELB as a property.
  const isName = (term: string) => ex.reg.names.has(term) || ex.lex.exactKeys.has(term);
  const byTerm = new Map<string, typeof asserted>();
  for (const a of asserted) {
    const same = byTerm.get(a.term);
    if (same) same.push(a);
    else byTerm.set(a.term, [a]);
  }
  for (const d of denied) {
    if (isName(d.term)) continue;
    // The one nearest section that asserts it (same file first): a denial answers a
    // neighbouring note, not every note that ever used the word.
    let nearest: (typeof asserted)[number] | undefined;
    let distance = Infinity;
    for (const a of byTerm.get(d.term) ?? []) {
      if (a.owner === d.owner || ex.reg.get(a.owner)?.kind !== ex.reg.get(d.owner)?.kind) continue;
      const dist = (a.line.file === d.line.file ? 0 : 1e9) + Math.abs(a.line.factId - d.line.factId);
      if (dist < distance) {
        nearest = a;
        distance = dist;
      }
    }
    if (!nearest) continue;
    ex.propose(d.owner, nearest.owner, "contrasts", ex.evidence(d.line, d.sentence));
    ex.propose(d.owner, nearest.owner, "contrasts", ex.evidence(nearest.line, nearest.sentence));
  }
};

/** "X is deprecated, but still usable. Y is preferred.": older and newer in two sentences of one line. */
const olderAndPreferred: StructureRule = (ex) => {
  const cues = ex.lex.vocab.cues.supersedes;
  for (const line of ex.lines) {
    if (line.sentences.length < 2) continue;
    let older: Mention | undefined;
    line.sentences.forEach((s, i) => {
      const o = occurrences(s.text, cues.olderMarker)[0];
      const p = occurrences(s.text, cues.preferMarker)[0];
      if (o && !p) older = mentionBefore(s, s.mentions, o[0], /^[\s\w,、]*$/) ?? s.mentions.find((m) => m.key === line.subjects[i]);
      else if (p && older) {
        const newer = s.mentions.find((m) => m.key === line.subjects[i]) ?? mentionAfter(s, s.mentions, p[1], /^[\s\w]*$/);
        if (newer && newer.key !== older.key) ex.propose(newer.key, older.key, "supersedes", ex.evidence(line));
      }
    });
  }
};

/** Front matter: up: "[[X]]" puts the note in X; related: relates them (typed by a sentence if one does). */
const frontMatter: StructureRule = (ex) => {
  for (const f of ex.frontLinks) {
    const target = ex.reg.lookupName(f.target) ?? ex.registerTerm(f.target, f.kind === "up" ? "topic" : "concept");
    ex.reg.seen(target, f.target);
    ex.propose(f.from, target, f.kind === "up" ? "part_of" : "mentions", { text: f.text, file: f.file, line: f.line });
  }
};

export const structureRules: StructureRule[] = [comparedHeadings, comparedWithHeadings, joinedHeadings, joinedLabels, enumerations, comparisonTables, siblingDefinitions, parallelTopics, negatedProperties, olderAndPreferred, frontMatter];
