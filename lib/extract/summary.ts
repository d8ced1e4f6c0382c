// Whether a piece of the notes can stand as a node's summary: a definition says what the thing
// is. A fragment does not: "有料。", "DynamoDBは不可" (a denial), "あとは…" (it continues another
// line), a bare list of names, or a name alone ("ルーティングポリシー").

import type { Lexicon } from "../vocab/lexicon";
import { outsideMentions, type AnalysedSentence } from "./mentions";
import { nfkc, stripVendorPrefix, withoutLeadingEmoji } from "../text/normalize";
import { isSequenceLabel } from "./headings";
import { isInstruction } from "./definitions";
import { occurrences } from "./rules/cues";
import { escapeRegExp } from "../text/escape-regexp";
import { remembered } from "../text/bounded-memo";
import { citesDocument } from "./citation";

const CONNECTIVE = /^(?:あとは|あと|また|ただし|なお|たとえ|例えば|たとえば|逆に|でも|しかし|つまり|それなら|その|これ|それ|but|also|and|or|however|so|then|e\.?g\.?|ex\.?|例[:：]|when|whenever|if|because|since|while|which|where|unless|although)(?:[\s,、]|$)/i;
const PARTICLE_START = /^[はがをにでともやへ]/;
const MODAL = /^(?:can|cannot|will|may|must|should|could|would|shall)$/;

const remarkLabelSets = new WeakMap<Lexicon, Set<string>>();

/** Is the text (a line's label, its emoji aside) a remark's or a false belief's label ("💡 Memory Tip", "❌ TRAP")? */
export function isRemarkLabel(lex: Lexicon, text: string): boolean {
  // (After the vendor's name too: "AWS best practices: Enable MFA on root account" is a remark on
  // the root account, no thing called "Best practices".)
  const label = withoutLeadingEmoji(text).normalize("NFKC").trim();
  return remarkLabels(lex).has(label.toLowerCase()) || remarkLabels(lex).has(stripVendorPrefix(label).toLowerCase());
}

/** cues.remarkLabels and cues.falseLabels (a false belief sums nothing up either), in lower case. */
function remarkLabels(lex: Lexicon): Set<string> {
  let set = remarkLabelSets.get(lex);
  if (!set) remarkLabelSets.set(lex, (set = new Set([...lex.vocab.cues.remarkLabels, ...lex.vocab.cues.falseLabels].map((l) => l.normalize("NFKC").toLowerCase()))));
  return set;
}

/** Letters of the text (any script). */
export function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

const measureWordsOf = new WeakMap<Lexicon, { english: Set<string>; japanese: RegExp | undefined; japaneseLongestFirst: string[] }>();

function measureWords(lex: Lexicon): { english: Set<string>; japanese: RegExp | undefined; japaneseLongestFirst: string[] } {
  let words = measureWordsOf.get(lex);
  if (!words) {
    const all = lex.vocab.cues.measureWords.map((w) => w.normalize("NFKC").toLowerCase());
    const ja = all.filter((w) => /[\u3040-\u9fff]/.test(w)).sort((a, b) => b.length - a.length);
    measureWordsOf.set(lex, (words = { english: new Set(all.filter((w) => !/[\u3040-\u9fff]/.test(w))), japanese: ja.length ? new RegExp(ja.map(escapeRegExp).join("|"), "g") : undefined, japaneseLongestFirst: ja }));
  }
  return words;
}

/**
 * The word of measure a label opens with: its first word ("max" of "Max memory"), else the longest
 * Japanese one it starts with (最大 of "最大実行時間", which writes no space).
 */
export function measureWordOpening(lex: Lexicon, label: string): string | undefined {
  const t = label.normalize("NFKC").trim().toLowerCase();
  const first = t.split(/[\s_-]+/)[0]!;
  if (lex.measureWords.has(first)) return first;
  return measureWords(lex).japaneseLongestFirst.find((w) => t.startsWith(w));
}

/**
 * A value and nothing else: numbers with their units and the words joining them ("5 MB per
 * second", "100 GiB - 64 TiB", "1 Gbps、10 Gbps または 100 Gbps", "5分~1日(デフォルト1時間)").
 */
export function isMeasure(lex: Lexicon, text: string): boolean {
  if (!/\d/.test(text)) return false;
  const words = measureWords(lex);
  const rest = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\d[\d,.:/]*/g, " ")
    .replace(words.japanese ?? /$^/, " ")
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !words.english.has(w));
  return letters(rest.join("")) <= 2;
}

/**
 * A few words on how something goes, in the form of a title ("How DNS Works" over a callout, "How
 * Spot Instances Work:"): it titles what follows, never says what a thing is. (Not "how long log
 * events are kept", "How data can enter and exit a VPC.", which define a measure or a role.)
 */
export function isHowTitle(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  return /^How\s/.test(t) && !/[.。!?？]$/.test(t) && t.replace(/[:：]$/, "").split(/\s+/).length <= 6;
}

/**
 * A line that is only bold words in capitals, with no sentence's end: a subtitle over what follows
 * ("**Relational Data Sources**" under "## Datasources", "**Right Sizing**" under "## Strategies",
 * "**Standard Workflows**" under "## Workflow Types"), naming the first of the things the section
 * goes on to list, not saying what the section's thing is. A tagline in sentence case, "**Managed
 * NAT service**", "**Automated security assessment**", still says it.
 */
export function isBoldSubtitle(lex: Lexicon, raw: string, namesThing: (text: string) => boolean): boolean {
  const bold = /^\s*(?:[-*+]\s+)?(?:\d+[.)]\s+)?(\*\*|__)([^*_]+)\1\s*$/.exec(raw.normalize("NFKC"));
  if (!bold) return false;
  const text = bold[2]!.trim();
  if (/[.!?。？！]$/.test(text)) return false;
  // (Japanese has no capitals: a bold line there is a subtitle when it names something and not the
  // section's thing — "**DynamoDBのキャパシティモード**" under "## データベースのコスト最適化" —
  // while "**…の集まり = モジュール**" under "## モジュールとは" says what a module is.)
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return /[A-Za-z]{2,}/.test(text) && !namesThing(text);
  const words = text.replace(/^\d+[.)]\s+/, "").split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (!words.length) return false;
  // (Each word capitalised, small words aside: "Lazy Loading / Cache-Aside", "Pilot Light vs Warm Standby".)
  return words.every((w) => /^[^A-Za-z]*[A-Z0-9]/.test(w) || lex.functionWords.has(w.toLowerCase()));
}

export function isFragment(lex: Lexicon, text: string, sentence?: AnalysedSentence): boolean {
  let byText = fragmentTexts.get(lex);
  if (!byText) fragmentTexts.set(lex, (byText = new Map()));
  if (remembered(byText, text, 100_000, () => isFragmentText(lex, text))) return true;
  // Names and nothing else ("ルーティングポリシー", "S3, Redshift, OpenSearch"): fewer than two letters
  // outside the names, particles aside.
  if (sentence) {
    const said = outsideMentions(sentence).replace(/[はがのとやもをにで、,・/]|\b(?:and|or|the|a|an)\b/gi, "");
    if (letters(said) < 2) return true;
  }
  return false;
}

/** What the text alone tells, by lexicon (summaries ask of the same definitions build after build). */
const fragmentTexts = new WeakMap<Lexicon, Map<string, boolean>>();

function isFragmentText(lex: Lexicon, text: string): boolean {
  const t = text.normalize("NFKC").trim().replace(/[。．.!！?？]+$/, "").trim();
  const n = letters(t);
  if (n < 4) return true;
  if (isMeasure(lex, t)) return true;
  // Mostly numbers and symbols ("100 USD / 90 分 / 65 問", "例:6e0de79…"), or code ("{ ($.eventSource
  // = …) && … }"): a value or a pattern, not words saying what a thing is. (Angle brackets do not
  // count: markup among words is text, shown as written.)
  const written = t.replace(/\s/g, "");
  if (n < written.length / 2 || (written.match(/[{}$=;&|]/g) ?? []).length >= 4) return true;
  if (!/[\u3040-\u9fff]/.test(t) && t.split(/\s+/).length < 2) return true;
  // (Nor "the" and a word, "Simple AD - the default.", "The Concept": which one it is among others,
  // where "'tutorialsdojo/' - is a prefix" says what it is. Nor a case one is asked to suppose,
  // "Assume the instance is given a Primary private IP of 10.16.0.10" under "## DNS": an example's
  // setting — though to assume a role is what IAM's AssumeRole does.)
  if (/^the\s+\S+$/i.test(t) || (/^(?:assume|assuming|suppose|imagine|let's say|say)\b/i.test(t) && !/^assum(?:e|ing)\s+(?:an?\s+|the\s+)?(?:iam\s+)?roles?\b/i.test(t))) return true;
  if (CONNECTIVE.test(t) || PARTICLE_START.test(t)) return true;
  if (isHowTitle(text)) return true;
  // (Nor a numbered title, "Definition 1.1 位相空間" over a callout, "Step 2 – Enable DNSSEC":
  // which place in a sequence, and the title's words.)
  if (isSequenceLabel(lex, t) && t.split(/\s+/).length <= 5) return true;
  // A step in a console ("…「統合リクエスト」タブを開き、「編集」をクリックします", "Select the
  // bucket") tells the reader what to do, not what the thing is.
  if (isInstruction(lex, withoutLeadingEmoji(t))) return true;
  // A few English words that open in lower case with a preposition or a modal say what for or what
  // can be done, too little to stand for what a thing is ("for full data retention", "can not edit
  // or delete"; not "for sending notifications to multiple applications or AWS services"); a label
  // in lower case before a colon labels ("related: Amazon EC2").
  const first = /^([a-z]+)\b/.exec(t)?.[1];
  if (first && (lex.prepositions.has(first) || MODAL.test(first)) && t.split(/\s+/).length <= 5) return true;
  if (/^[a-z][\w-]*\s*[:：]/.test(t)) return true;
  // A piece cut from inside a longer text: it opens with a colon or a closing bracket, or leaves a
  // quote open or closes one it never opened (':999999999999:root" は…', 'Share Content」'), or a
  // wiki link ("network [[aws/security", a note cut off inside its tags).
  const count = (re: RegExp) => t.match(re)?.length ?? 0;
  if (/^[:：)）」』]/.test(t) || count(/「/g) !== count(/」/g) || count(/『/g) !== count(/』/g) || count(/"/g) % 2 === 1 || count(/\[\[/g) !== count(/\]\]/g)) return true;
  // Words that point at something without saying it ("こういうのもあります", "こんなものがある").
  if (/^(?:こういう|こんな|このような|そういう|そんな)(?:の|もの)?[もがは]?(?:あります|ありました|ある|です)$/.test(t)) return true;
  // …or at what came before it, unsaid here: "通常はこちらを利用する", "これ以外も公式ページから…",
  // "Same as above", "Same triggers", "same as MySQL", "In that case use…", "その場合は…" (read
  // alone, as a summary is, they say nothing; "same DB engine" says what it shares), and a note to
  // self that ends on what it points at: "Revise this".
  if (/^.{0,4}(?:こちら|これ以外|上記|前述|同上)|^(?:その場合|この場合|同じく)|^(?:same as (?:above|before|previous|the previous|was before)|as (?:above|mentioned above|described above)|see above|(?:already )?(?:covered|described|explained|discussed) (?:above|below|earlier|in)|in (?:that|this|such a) case|likewise)\b|^same(?:\s+\S+)?$|^same as \S+$/i.test(t)) return true;
  if (/^\S+(?:\s+\S+){0,2}\s+(?:this|that|these|those|it)(?:\s+for sure)?$/i.test(t)) return true;
  // A lead-in ("…in the following ways:", "主なものは以下のとおりです。") or words to the reader
  // ("You can…") say nothing of what it is.
  if (/[:：]\s*$/.test(text.trim()) || /^(?:you|we|i|let's|here|there|note|remember)\b/i.test(t)) return true;
  // (So does a request to the reader: "以下のメトリクスを監視することを検討してください。", "Please refer
  // to…". Not "See execution in console" in a list of what a feature does, nor "…を参照" saying
  // what a thing refers to.)
  if (/(?:て|で)(?:ください|下さい)[。.!！]?$|^(?:please|refer to)\b/i.test(t)) return true;
  // A gloss in brackets and nothing else ("(supports AWS IAM Identity Center)", "(see also docker
  // storage)") adds to a line it stood in; alone it says nothing of what the thing is.
  if (/^[(（][^()（）]*[)）]$/.test(t)) return true;
  // A note on how far the page is written ("このページは現在執筆途中です.", "只今執筆中...", "(作成中)",
  // "Work in progress", "WIP") says where the writing stands, not what the thing is.
  // (Not a state named so, "shutting-down: 削除準備中".)
  if (/執筆(?:途)?中|work[-\s]in[-\s]progress|under construction|coming soon|^[(（]?(?:wip|tbd|todo)\b|^[(（]?(?:作成中|準備中|工事中)[)）]?[.…。]*$/i.test(t)) return true;
  // A template's field with a placeholder for its value ("目標試験日: [未定]", "Date: <date>",
  // "Score: ___") is still to be filled in.
  if (/^(?:[^:：]{1,30}[:：]\s*)?(?:\[[^[\]]*\]|<[^<>]*>|\{\{[^{}]*\}\}|_{3,})$/.test(t)) return true;
  // A citation says where to read, not what the thing is: "(参考: [Eligibility policy](…))" in
  // brackets after ドキュメント, "Source: AWS docs".
  if (citesDocument(lex, t)) return true;
  // A question asks what the notes do not say: "Why not use Lambda?" beside EC2 in a table of what to ask.
  if (/[?？]\s*$/.test(text.trim())) return true;
  // What the writer tries next ("実行してみます。", "S3 にアクセスしてみましょう。") tells a story of a
  // tutorial, not what a thing is.
  if (/(?:て|で)み(?:ます|ましょう|ました|る|よう|たい)$/.test(t)) return true;
  // (In Japanese, without its mark: "IAMを使わないとどうなるか", "S3とは何か", "なぜ必要なのか" — not
  // the question a term answers, "RPO: どの時点までデータを戻せればよいか", which defines it.)
  if (/(?:どうなる(?:の)?|とは(?:何|なに)(?:なの)?|なぜ[^。、]*[のん])か$/.test(t)) return true;
  // Advice on what to learn ("EBS を知る上では、IOPS を理解しておく必要があります", "…を押さえて
  // おきましょう") says the thing matters, not what it is.
  if (/(?:[をは]|について)\s*(?:よく|しっかり)?(?:(?:理解|把握|暗記|意識)(?:して|し)?(?:おく|おき)?|(?:覚え|押さえ|知っ)て(?:おく|おき))(?:必要があります|必要がある|べきです|べき|ことが重要です|ことが重要|ことが大切です|ことが大切|ましょう)$/.test(t)) return true;
  // A remark under a section's word ("EXAM TIP: Instance stores offer…", "Important note: …", "注意:
  // …") says something in passing, not what the thing is.
  const label = withoutLeadingEmoji(/^([^:：]{1,30})[:：]/.exec(t)?.[1] ?? "").trim().toLowerCase();
  if (label && remarkLabels(lex).has(label)) return true;
  // …nor does a value of a setting under its bound or state ("Disabled: single node group, max 5
  // replicas", "Max: 10 instances", "デフォルト: オフ"): it says what one setting of the thing gives.
  if (label && lex.settingBounds.has(label)) return true;
  // An example, a scenario, a step says what one case is, not what the thing is: "Example: SQL
  // Server → PostgreSQL", "Scenario: application on EC2 instance needs access to an S3 bucket", "例: …".
  if (lex.vocab.cues.exampleCues.some((cue) => /[:：]$/.test(cue) && t.toLowerCase().startsWith(cue.toLowerCase()))) return true;
  if (label && (isSequenceLabel(lex, label) || isSequenceLabel(lex, `${label} 1`))) return true;
  if (/以下(?:の|に).{0,20}(?:とおり|通り|になります|があります|あります|です|ます)$|次の\s*(?:とおり|通り|ような|ように|\d)/.test(t)) return true;
  // (…or shows it below: "E-R図の例を次に示す.", "構文を以下に示します。")
  if (showsBelow(t)) return true;
  // (…or at a figure beside it: "構成イメージはこのようになります。", "全体像は下図のとおりです。")
  if (/^[^。]{0,24}(?:この|下図の|上図の|下記の|図の)(?:よう|とおり|通り)(?:に|な)?(?:なり(?:ます|ました)|なる|なっています|です)[。.]?$/.test(t)) return true;
  // (…and in English, a sentence that points at a table, a list or a figure below it: "The following
  // table highlights the many instance states…", "The diagram below shows…", "Below are the…".)
  if (/^(?:the following|below (?:is|are)\b)|^the (?:table|list|diagram|figure|chart|image|picture|graph|screenshot)s? (?:below|above)\b|\b(?:in|from) the (?:following|table below|diagram below|figure below|list below)\b/i.test(t)) return true;
  // A denial with nothing else: "DynamoDBは不可", "not supported".
  const denied = occurrences(t, lex.vocab.cues.negation);
  return denied.length > 0 && letters(t.replace(/^[^はが]*[はが]/, "")) <= 6;
}

/** A Japanese definition ends on what the thing is: a noun of kind (サービス, 機能) or a copula. */
const DEFINING_JA = /(?:である|です|だ|のこと|サービス|機能|仕組み|ツール|方式|手法|技術|もの|形式|単位|領域|場所|バージョン|独自|モデル|データベース|言語|キュー|ストレージ|ネットワーク|レコード|ポリシー|エンドポイント|プラットフォーム|エンジン|ゲートウェイ|インスタンス|リソース|グループ|アカウント|キー|ファイル|システム|アプリケーション|ブローカー|レジストリ|カタログ|ボリューム|[A-Za-z0-9]{2,})$/;
/**
 * "is a…", "is the…", "is one of…", "provides…", "lets you…" — not "is copied before…" (a passive),
 * nor "refers to its data on latency…" (what it consults, in one case).
 */
const DEFINING_EN = /^\s*(?:(?:is|are|was|were)\s+(?:a|an|the|one of|used (?:to|for)|responsible for|designed (?:to|for)|all about|essentially|basically|simply)\b|refers to(?!\s+(?:its|their|his|her)\b)|means|provides|lets|allows|enables|makes|helps|offers|acts as|serves as|stands for|gives|delivers|stores|runs)\b/i;

/** A Japanese sentence that shows what follows it: "E-R図の例を次に示す.", "構文を以下に示します。". */
export function showsBelow(text: string): boolean {
  return /(?:次|以下|下記?|下図)に示(?:す|します|される|されます)[。.]?$/.test(text.trim());
}

/**
 * Does the sentence say what `key` is? It opens with the thing as its topic and ends in a noun or
 * a copula (SQSはフルマネージドなメッセージキューサービス。), or in English: "Amazon Kinesis makes
 * it easy to…", "S3 Select is an Amazon S3 feature…". Denials and fragments do not.
 */
export function isDefiningSentence(lex: Lexicon, s: AnalysedSentence, key: string): boolean {
  const first = s.mentions[0];
  if (!first || first.key !== key) return false;
  const before = s.text.slice(0, first.start);
  if (!/^\s*(?:(?:the|a|an|amazon|aws)\s+)*$/i.test(before)) return false;
  if (isFragment(lex, s.original, s)) return false;
  if (occurrences(s.text, lex.vocab.cues.negation).length) return false;
  // (A plural its own name spells may come between: "SQS queues are a managed message queue
  // service…", Simple Queue Service; not "IAM users are an identity…", of IAM's users.)
  const entity = key.startsWith("e:") ? lex.entityById.get(key.slice(2)) : undefined;
  const ownWords = new Set((entity ? [entity.label, ...entity.names] : []).flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  const after = s.text
    .slice(first.end)
    .replace(/^\s*\([^()]*\)/, "")
    .replace(/^\s+([a-z]+)s(?=\s+(?:are|were)\b)/, (m, word: string) => (ownWords.has(word) ? "" : m));
  if (s.japanese) return /^\s*(?:は|とは|って)/.test(after) && DEFINING_JA.test(s.text.trim().replace(/[。．.!！]+$/, ""));
  return DEFINING_EN.test(after) || classWithoutArticle(lex, after);
}

/**
 * A Japanese sentence that gives the thing its name at its end — "…重複する結合列を取り除くようにした
 * 結合を自然結合という.", "…を表現したものをE-R図という." — defines it, as "X は…" does; not one whose
 * object is a pronoun, "これをロックの粒度という", which says nothing without the sentence before.
 * Returned without a conjunction that ties it to that sentence ("そして", "また").
 */
export function namingSentence(lex: Lexicon, s: AnalysedSentence, names: readonly string[]): string | undefined {
  if (!s.japanese || /^\s*(?:これ|それ|あれ)(?:を|が|は)/.test(s.text)) return undefined;
  const text = s.text.trim().toLowerCase();
  const named = names.some((n) => {
    const at = n ? text.lastIndexOf(nfkc(n).toLowerCase()) : -1;
    // (The name whole, as the object of を or が: "…単純マルコフ過程と呼ぶ" names no マルコフ過程.)
    return at > 0 && /[をが]\s*$/.test(text.slice(0, at)) && /^\s*と(?:いう|言う|いいます|言います|呼ぶ|呼びます|呼ばれる)\s*[。.]?$/.test(text.slice(at + nfkc(n).length));
  });
  if (!named || isFragment(lex, s.original, s)) return undefined;
  return s.original.replace(/^\s*(?:そして|また|さらに|なお|つまり|すなわち)\s*[、,]?\s*/, "");
}

/** What an English definition calls its thing, its article dropped as notes often do: "…is serverless querying service which…". */
const CLASS_EN = /^(?:service|tool|platform|database|engine|framework|system|storage|store|network|protocol|format|feature|product|solution|cache|queue|api|library|language|standard|model|offering|environment|interface|repository|registry|catalog|warehouse|lake|broker|proxy|firewall|endpoint|gateway|balancer|container|function|resource|policy|role|key|volume|instance|cluster|table|stream)s?$/i;

/** "is serverless querying service", "are fully managed NoSQL databases": up to four words, no preposition among them, before a class noun. */
function classWithoutArticle(lex: Lexicon, after: string): boolean {
  const m = /^\s*(?:is|are)\s+(.*)$/i.exec(after);
  // (Not one of clauses set side by side: "ELB is block storage, EFS is file system storage, …".)
  if (!m || /[,;]\s*(?:[\w-]+\s+){1,3}(?:is|are)\s/i.test(m[1]!)) return false;
  const words = m[1]!.split(/\s+/).slice(0, 5).map((w) => w.toLowerCase().replace(/[,.;:]+$/, ""));
  const head = words.findIndex((w) => CLASS_EN.test(w));
  return head >= 0 && words.slice(0, head).every((w) => /^[\w/-]+$/.test(w) && !lex.prepositions.has(w) && !lex.functionWords.has(w));
}

/**
 * A line whose words are mostly a link's ("詳細は、[Amazon DynamoDB API Reference](…)", "AWS
 * ドキュメント > [… のスティッキーセッション](…)"): it points to a page. A sentence that links a
 * name it speaks of ("[AWS Config](…)は、…サービスです。") is not one.
 */
export function mostlyLinks(raw: string): boolean {
  let linked = 0;
  const link = (_: string, text: string) => {
    linked += letters(text);
    return text;
  };
  // (An HTML anchor is a link too: a page of contents written as "<a href=…>RDS と Aurora の比較</a>".)
  const plain = raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, link)
    .replace(/<a\b[^>]*>([^<]*)<\/a\s*>/gi, link)
    // (Other tags are no words; a "<" that opens none, "x < 5 and y > 3", stays.)
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, " ");
  return linked > 0 && linked * 2 >= letters(plain);
}
