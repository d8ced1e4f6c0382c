// Shapes of the vocabulary files under vocab/ (see vocab/README.md).

export type EntityKind = "service" | "concept";

export interface EntityEntry {
  id: string;
  label: string;
  kind: EntityKind;
  names: string[];
  ja: string[];
  parent?: string;
  supersedes: string[];
  /**
   * Of those, the ids that were this thing's own earlier names (Elasticsearch Service renamed
   * OpenSearch Service), not other things it replaced (SWF, still sold beside Step Functions):
   * only a name carries over to the other as an alias.
   */
  renamedFrom: string[];
  ambiguous: boolean;
  /** Words that, written right after the name, show it means something else (SNSアカウント: a social network's account). */
  notWith: string[];
  /**
   * For a name that is also another word ("RAM", memory): words that, anywhere in the sentence,
   * show the name written without its vendor means that other word ("CPU", "memory", "GB").
   */
  otherSenseWords: string[];
  /** Names that are also the word for a kind of tool (CLI, SDK): right after another thing's name they are that thing's own ("ECS CLI"). */
  ownedAfterName: string[];
  /**
   * A place things run in (a Region, an Availability Zone): what is in it or spans it neither works
   * with it nor owns it ("Aurora replicates across three Availability Zones" is no partner; "Region"
   * under RDS's heading is no part of RDS). It is a part only of another place, or of a topic.
   */
  place: boolean;
  /**
   * A thing every resource has or is named by (an ARN): what names it only mentions it, never works
   * with it nor owns it; it is a part only of a topic ("The ARN allows permissions to the KMS key"
   * under Key Policy makes no ARN a part of key policies).
   */
  pervasive: boolean;
  /** The subject the entity belongs to (AWS): it is looked for only in notes on that subject. */
  domain?: string;
}

/** A subject a vocabulary file is about, and the words that show notes are on it. */
export interface Domain {
  name: string;
  /** Words any note on the subject writes (AWS, Amazon); without one, the subject's names are not looked for. */
  anchors: string[];
  /**
   * Names only this subject uses (EC2, DynamoDB, SQS, an exam's code): notes that write two
   * different ones are on the subject too, though they never write an anchor ("SAA flashcards").
   * Matched as written (case matters).
   */
  distinctive: string[];
}

export interface Cues {
  /** pairDiffers: what a clause ends on when two names joined as its topic differ ("AとBは…が違う", "A and B differ in…"). */
  contrasts: { between: string[]; afterOther: string[]; conversely: string[]; pairDiffers: string[] };
  /** mergedInto: "AはBに統合されました", "A was merged into B": B supersedes A, and B is no partner of the subject. */
  supersedes: { formerPrefix: string[]; newerVersionOf: string[]; olderMarker: string[]; preferMarker: string[]; mergedInto: string[] };
  alternative: string[];
  integrates: string[];
  /** "X is a feature of Y", "Yの機能": the thing named first is part of the other. */
  partOf: { featureOf: string[]; consistsOf: string[]; classifies: string[]; madeOf: string[] };
  /**
   * Words after a name that recommend it for a case ("RDS が最適"): an option, never integrated
   * with the subject (as a quoted name picked with an instruction, instructionCues, is not).
   */
  choiceMarkers: {
    recommended: string[];
    /**
     * Words that open a choice among the names after them ("choose between", "select from":
     * amongBefore) or, in Japanese, close one after them ("のいずれか", "から選択": amongAfter): each
     * name is an option, no partner.
     */
    amongBefore: string[];
    amongAfter: string[];
  };
  /**
   * Words beside a name that make it a threat a thing protects against ("DDoS対策", "blocks SQL
   * injection"): never integrated with. `kinds`: nouns for kinds of threat a list of them may end
   * on before the marker ("XSS などの脆弱性から保護", "SQL injection and other attacks").
   */
  threatMarkers: { after: string[]; before: string[]; guardsFrom: string[]; kinds: string[] };
  /**
   * Words that say a thing is done without, right after its name ("追加料金なしで", "SSH ポート不要")
   * or after the verb it is the object of ("APIGateway を作成しなくても"), or after a list of things
   * done that they close ("SSH キーを管理したりといったことが不要"): no partner of the subject.
   */
  absenceMarkers: { afterNoun: string[]; afterObject: string[]; afterDoings: string[]; regardless: string[]; regardlessBefore: string[] };
  /** Words that deny what a clause says ("不可", "cannot"): no relation is drawn from a denied clause. */
  negation: string[];
  /** Prefixes that make a name the opposite of what follows ("非Hive形式", "non-"): no kind of it. */
  negatingPrefixes: string[];
  /** Endings that make a term a person or a role ("申請者", "管理者"): compared with other roles, never a part or a partner. */
  personSuffixes: string[];
  /** Headings that only name an aspect of what encloses them (Overview, 概要, まとめ): sections, never nodes. */
  sectionHeadings: string[];
  /**
   * Words of a heading over a thing's parts, features or workings ("Key Features", "Components of
   * a Lambda Application", "ENI Characteristics", "How it Works", "特徴", "構成要素"): what is
   * defined one after another under it is the thing's parts or aspects, not alternatives to each
   * other (unless their names are variants of one name: "Standard Queue" / "FIFO Queue").
   */
  partsHeadings: string[];
  /**
   * Words of a heading over a thing's kinds ("Workflow Types", "Types of Queues", "Throughput
   * Modes", "キューの種類"): the section goes through the kinds one after another, so its first
   * line is the first kind, no summary of the thing.
   */
  kindsHeadings: string[];
  /** Headings over what a thing is used for ("Use cases", "ユースケース", "用途"): what they list are uses, no parts. */
  useCaseHeadings: string[];
  /** Words that make a top-level heading a document's title ("Study Guide", "メモ"), not a thing. */
  documentHeadings: string[];
  /** Words around a heading's name that say which aspect of it the section is about ("とは", "Types of"). */
  /**
   * `overview`: the facets whose section says what the thing is ("Overview", "とは", "What is",
   * "Basics"); under any other ("Best Practices", "Pricing", "の削除", "Using …") a first line says
   * something of that facet, no summary of the thing unless it defines it.
   */
  headingFacets: { prefixes: string[]; suffixes: string[]; overview: string[] };
  /** How a heading says its section shows a way of doing something or an example ("導入方法", "ECS クラスタ作成手順", "実装例", "How to …"): a section of what encloses it, never a node. */
  howToHeadings: { prefixes: string[]; suffixes: string[] };
  /**
   * How a heading says its section is about working with another thing ("Lake Formation との連携",
   * "Integration with EventBridge"): a section of what encloses it, which works with that thing,
   * never a node of its own.
   */
  joinedHeadings: {
    prefixes: string[];
    suffixes: string[];
    /** Words after a name the vocabulary knows, read as joined only after one: "S3 Integration", not "Continuous Integration". */
    nameSuffixes: string[];
  };
  /**
   * Words that, with a number, give a place in a sequence, not a thing: "Step 2", "Phase 1",
   * "Chapter 3", "ステップ1", "第 1 分野" (after 第 and a number: a counter). A heading or term that
   * is one ("Step 2 – Enable DNSSEC signing") heads a part of what encloses it, never a node.
   */
  sequenceLabels: string[];
  /**
   * Headers of a table's first column that name a field of values ("Status", "Severity",
   * "ステータス", "重要度"): the rows are the field's values (PASSED, WARNING; MEDIUM, HIGH), defined
   * one after another, never alternatives set against each other.
   */
  valueHeaders: string[];
  /**
   * Units and the words that join numbers ("GiB", "分", "per", "または", "以下"): a text of numbers
   * and these alone ("100 GiB - 64 TiB", "5分~1日(デフォルト1時間)") gives a value, and says nothing
   * of what a thing is.
   */
  measureWords: string[];
  /**
   * English prepositions ("to", "by", "inside"): after an adjective or a participle they make a
   * predicate ("Managed by AWS", "Accessible inside ALL instances"), which says what something
   * is, not which thing it is.
   */
  prepositions: string[];
  /**
   * How a line tells the reader what to do in a form or a console ("Role: ロールをリストから選択します",
   * "Bucket name: Enter a unique name"): a Japanese ending (before します, してください…) or an
   * English opening verb. Such a "term: text" is a field and an instruction, not a definition.
   * controls: what follows a control's label in a console ("「編集」ボタン", "「作成」をクリック"): such a
   * quoted name labels what the reader clicks, and names no term of the notes. (Not "を選択": one
   * chooses among things too, "「料金クラス 100」を選択して…".)
   */
  instructionCues: { endings: string[]; openings: string[]; controls: string[] };
  questionHeadings: string[];
  questionMarkers: string[];
  stopTerms: string[];
  genericWords: string[];
  /**
   * The most frequent words of everyday English. A term the notes name with one of them alone
   * ("Environment: the layout of the board", "Storage") is their term only in the notes that
   * define it, head a section with it or are it: elsewhere the word is the everyday word.
   */
  everydayWords: string[];
  functionWords: string[];
  /**
   * Labels a line opens with to cite what it took its words from ("引用元:", "参考:", "Source:"):
   * the line names a document and says nothing itself.
   */
  citationLabels: string[];
  /**
   * Labels of a remark in passing ("EXAM TIP:", "Important note:", "注意:"): what follows is an
   * aside, never the summary of what the section is about.
   */
  remarkLabels: string[];
  /** Labels of an answer ("Answer:", "Ans:", "答え:"): the line's words start after them. */
  answerLabels: string[];
  /** Labels of a false belief ("Wrong:", "❌ TRAP:", "Myth:", "誤り:"): what the line says is not so, and relates nothing. */
  falseLabels: string[];
  /**
   * Marks a mistake opens with ("❌ Lambda + EC2 same target group"), and the marks of the fix that
   * ends it ("→ ✅ Must be homogeneous"): what lies between joins nothing (see negation.ts).
   */
  falseMarkers: string[];
  trueMarkers: string[];
  /**
   * Names of documents and blogs a line cites through, after a publisher's words and before ">"
   * ("AWS ドキュメント > …", "AWS Storage Blog > …"; a blog before ":" too, "AWSブログ: …").
   */
  documentNames: string[];
  /**
   * Words that end a vendor's name for what is no product of it — its events, publications,
   * courses, programmes and people ("AWS Black Belt Online Seminar", "AWS Blog", "AWS
   * Certification", "AWS Partner"): a name so ending is no service and, like a person, no part of
   * a thing nor a thing another works with.
   */
  nonProductHeads: string[];
  /**
   * Words that end a vendor's name for a standard of its own — a name, a language, a format
   * ("Amazon Resource Name", "Amazon States Language", "AWS Security Finding Format"): no service,
   * and the vendor's word is part of its name.
   */
  standardHeads: string[];
  /** Words that bound or preset a setting ("default", "maximum", "最大"): alone, they name no thing. */
  settingBounds: string[];
  /**
   * Words glued before a place's name that make a way of spanning places ("マルチAZ", "クロスリージョン
   * レプリケーション", "シングルAZ"): the longer word names that way, no mention of the place.
   */
  placeSpans: string[];
  /**
   * Adjectives that, with a preposition after them, make a predicate, as a participle does ("Good
   * for HTTP", "Ideal for unpredictable workloads", "Best for temporary access"): what a thing
   * suits, never a name.
   */
  predicateAdjectives: string[];
  /**
   * Nouns that weigh what they follow ("risk", "benefit", "limitation", "requirement", "リスク",
   * "メリット"): a label ending on one, "Corruption Risk: …", "IAM Auth Benefit: …", "Encryption
   * Requirement: …", says how good, needed or hard what encloses it is, and names no thing.
   */
  evaluationHeads: string[];
  /**
   * Words of a heading over an analogy ("Real-World Analogy", "🧠 Quick Analogy", "オフィスビルで例える"):
   * what its lines say a thing is ("**NAT Gateway**: security guard who…") is a likeness, never
   * what the thing is.
   */
  analogyHeadings: string[];
  /**
   * Kanji after a verbal noun that make it a noun of quality, measure or manner (性, 量, 方法:
   * 同時実行性, 転送量, 接続方法): the verbal noun names something then, and does nothing.
   */
  nounSuffixes: string[];
  /** Names a folder of notes gives files by convention (index, README): no name of what the note is about. */
  conventionalFileNames: string[];
  /** Words that introduce examples (例えば, e.g.): what they quote is an example value, not a term. */
  exampleCues: string[];
  /** Words after a run of quoted words that make them examples of a kind ("「最小」「低レイテンシ」など優先条件"): words, not names. */
  exampleClosers: string[];
  /**
   * Words that open or close a remark in brackets after a name, never a description of it:
   * another thing it goes with or covers ("パブリック IP（または Elastic IP）", "RDS（Aurora含む）",
   * "(or Elastic IP)", "(including Aurora)").
   */
  bracketRemarks: { opening: string[]; closing: string[] };
  /**
   * English words that never start or sit inside a name: pronouns, quantifiers, common verbs
   * ("Launch multiple instances", "Receive replies"), gerunds of a to-do ("Avoiding …"),
   * comparatives ("Longer retrieval times", "Better fault tolerance").
   */
  nonNameWords: string[];
}

export interface Aspect {
  id: string;
  en: string;
  ja: string;
  words: string[];
}

export interface Vocabulary {
  entities: EntityEntry[];
  domains: Domain[];
  /** Japanese word → English form ("" drops the word). */
  glossary: Record<string, string>;
  strongHeads: string[];
  weakHeads: string[];
  modifiers: string[];
  determiners: string[];
  cues: Cues;
  /** Aspects for side-by-side comparisons. */
  aspects: Aspect[];
}

/** One vocabulary file as read from disk, with the path it came from (for messages). */
export interface VocabularySource {
  path: string;
  data: unknown;
}
