// Interface text in English and Japanese. Notes' own text is never translated.

import type { EdgeKind, NodeKind } from "../graph/types";

export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

export interface Messages {
  appTitle: string;
  appDescription: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  noResults: string;
  compareHint: string;
  resultsFor: (q: string) => string;
  kinds: Record<NodeKind, string>;
  edgeKinds: Record<EdgeKind, string>;
  /** How an edge reads from this node: "part of", "replaces", "replaced by"… */
  relation: Record<EdgeKind, { out: string; in: string }>;
  /** part_of to a topic: filed under it. */
  filedUnder: { out: string; in: string };
  /** The language puts the other name before the relation's words ("SNS と対比"). */
  namesFirst: boolean;
  /** What follows a sentence's subject when names come first ("SQS は …"). */
  topicMarker: string;
  legend: string;
  nodes: string;
  relations: string;
  show: (what: string) => string;
  hide: (what: string) => string;
  fit: string;
  zoomIn: string;
  zoomOut: string;
  relayout: string;
  resetLayout: string;
  resizePanel: string;
  viewGraph: string;
  viewList: string;
  allConcepts: string;
  aliases: string;
  facts: string;
  mentionedIn: (n: number) => string;
  noteLabel: string;
  lineLabel: (n: number) => string;
  openNote: (file: string, line: number) => string;
  partOf: string;
  source: string;
  close: string;
  alsoStated: (n: number) => string;
  openQuestions: string;
  loadingGraph: string;
  graphUnavailable: string;
  noGraph: string;
  notFoundTitle: string;
  notFoundText: (slug: string) => string;
  didYouMean: string;
  backToGraph: string;
  language: string;
  otherLanguage: string;
  skipToContent: string;
  graphLabel: (nodes: number, edges: number) => string;
  compare: string;
  compareTitle: (a: string, b: string) => string;
  compareWith: (other: string) => string;
  compareIndexTitle: string;
  compareIndexIntro: string;
  compareOffer: (a: string, b: string) => string;
  howTheyDiffer: string;
  noStatedDifference: string;
  aspect: string;
  sharedNeighbours: string;
  onlyIn: (label: string) => string;
  pickTwo: string;
  first: string;
  second: string;
  go: string;
  path: string;
  pathTitle: (a: string, b: string) => string;
  pathIntro: string;
  pathFrom: string;
  noPath: string;
  hops: (n: number) => string;
  pathsFound: (n: number, hops: number) => string;
  relationKinds: string;
  apply: string;
  questionsTitle: string;
  questionsIntro: string;
  names: string;
  neighbourhood: string;
  depthAll: string;
  depth: (n: number) => string;
  expand: string;
  reset: string;
  notANode: (name: string) => string;
}

const en: Messages = {
  appTitle: "Study graph",
  appDescription: "How the services and concepts of these study notes relate, with the sentence behind every relation.",
  searchLabel: "Search concepts",
  searchPlaceholder: "Search in English or 日本語…",
  searchHint: "Press / or Ctrl+K to search",
  noResults: "No matching concepts",
  compareHint: "Comparison",
  resultsFor: (q) => `Results for “${q}”`,
  kinds: { service: "Service", concept: "Concept", topic: "Topic", question: "Open question" },
  edgeKinds: { contrasts: "Contrasts", supersedes: "Supersedes", alternative: "Alternative", part_of: "Part of", integrates: "Integrates", mentions: "Mentions" },
  relation: {
    contrasts: { out: "contrasts with", in: "contrasts with" },
    supersedes: { out: "replaces", in: "replaced by" },
    alternative: { out: "alternative to", in: "alternative to" },
    part_of: { out: "part of", in: "includes" },
    integrates: { out: "works with", in: "works with" },
    mentions: { out: "mentioned with", in: "mentioned with" },
  },
  filedUnder: { out: "filed under", in: "holds" },
  namesFirst: false,
  topicMarker: "",
  legend: "Legend",
  nodes: "Nodes",
  relations: "Relations",
  show: (w) => `Show ${w}`,
  hide: (w) => `Hide ${w}`,
  fit: "Fit to screen",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  relayout: "Re-layout",
  resetLayout: "Reset layout",
  resizePanel: "Resize the panel (drag, or press to step)",
  viewGraph: "Graph",
  viewList: "List",
  allConcepts: "All concepts",
  aliases: "Also written",
  facts: "From the notes",
  mentionedIn: (n) => `Named in ${n} other ${n === 1 ? "line" : "lines"}`,
  noteLabel: "Note",
  lineLabel: (n) => `Line ${n}`,
  openNote: (file, line) => `Open ${file} at line ${line}`,
  partOf: "Part of",
  source: "Source",
  close: "Close",
  alsoStated: (n) => `also stated in ${n} more ${n === 1 ? "place" : "places"}`,
  openQuestions: "Open questions",
  loadingGraph: "Drawing the graph…",
  graphUnavailable: "The graph could not be drawn here; use the list of concepts.",
  noGraph: "No graph has been built yet. Run npm run build:graph (npm start does it for you).",
  notFoundTitle: "Concept not found",
  notFoundText: (slug) => `There is no concept called “${slug}” in these notes.`,
  didYouMean: "Did you mean",
  backToGraph: "Back to the graph",
  language: "Language",
  otherLanguage: "日本語",
  skipToContent: "Skip to content",
  graphLabel: (n, e) => `Graph of ${n} concepts and ${e} relations`,
  compare: "Compare",
  compareTitle: (a, b) => `${a} vs ${b}`,
  compareWith: (o) => `Compare with ${o}`,
  compareIndexTitle: "Contrasts in the notes",
  compareIndexIntro: "Every pair the notes set against each other, grouped by service: a study list.",
  compareOffer: (a, b) => `Compare ${a} and ${b}`,
  howTheyDiffer: "What the notes say between them",
  noStatedDifference: "The notes state no relation between these two; their facts are set side by side below.",
  aspect: "Aspect",
  sharedNeighbours: "Related to both",
  onlyIn: (l) => `Only ${l}`,
  pickTwo: "Pick two concepts",
  first: "First",
  second: "Second",
  go: "Go",
  path: "Path",
  pathTitle: (a, b) => `How is ${a} related to ${b}?`,
  pathIntro: "The shortest chains of relations between two concepts, each step with the sentence behind it.",
  pathFrom: "Find a path from here",
  noPath: "No path between these two with the relation kinds chosen.",
  hops: (n) => `${n} ${n === 1 ? "step" : "steps"}`,
  pathsFound: (n, h) => `${n} shortest ${n === 1 ? "path" : "paths"} of ${h} ${h === 1 ? "step" : "steps"}`,
  relationKinds: "Relation kinds to use",
  apply: "Apply",
  questionsTitle: "Open questions",
  questionsIntro: "Questions left open in the notes, with what they name.",
  names: "Names",
  neighbourhood: "Neighbourhood",
  depthAll: "All",
  depth: (n) => `${n} ${n === 1 ? "step" : "steps"}`,
  expand: "Expand",
  reset: "Reset",
  notANode: (name) => `“${name}” is not a concept in these notes.`,
};

const ja: Messages = {
  appTitle: "学習グラフ",
  appDescription: "学習ノートのサービスと概念のつながりを、根拠の一文とともに表示します。",
  searchLabel: "概念を検索",
  searchPlaceholder: "日本語または English で検索…",
  searchHint: "/ または Ctrl+K で検索",
  noResults: "該当する概念がありません",
  compareHint: "比較",
  resultsFor: (q) => `「${q}」の検索結果`,
  kinds: { service: "サービス", concept: "概念", topic: "トピック", question: "疑問点" },
  edgeKinds: { contrasts: "対比", supersedes: "後継", alternative: "代替", part_of: "所属", integrates: "連携", mentions: "言及" },
  relation: {
    contrasts: { out: "と対比", in: "と対比" },
    supersedes: { out: "の後継", in: "に置き換えられた" },
    alternative: { out: "の代わりになる", in: "の代わりになる" },
    part_of: { out: "に属する", in: "を含む" },
    integrates: { out: "と連携", in: "と連携" },
    mentions: { out: "とともに言及", in: "とともに言及" },
  },
  filedUnder: { out: "に分類", in: "に分類される項目" },
  namesFirst: true,
  topicMarker: "は",
  legend: "凡例",
  nodes: "ノード",
  relations: "関係",
  show: (w) => `${w}を表示`,
  hide: (w) => `${w}を隠す`,
  fit: "全体を表示",
  zoomIn: "拡大",
  zoomOut: "縮小",
  relayout: "再配置",
  resetLayout: "元の配置に戻す",
  resizePanel: "パネルの高さを変える(ドラッグ、または押して切り替え)",
  viewGraph: "グラフ",
  viewList: "一覧",
  allConcepts: "すべての概念",
  aliases: "別名・表記",
  facts: "ノートの記述",
  mentionedIn: (n) => `ほかに${n}行で言及`,
  noteLabel: "ノート",
  lineLabel: (n) => `${n}行目`,
  openNote: (file, line) => `${file} の${line}行目を開く`,
  partOf: "所属",
  source: "出典",
  close: "閉じる",
  alsoStated: (n) => `ほか${n}か所にも記述`,
  openQuestions: "疑問点",
  loadingGraph: "グラフを描画中…",
  graphUnavailable: "ここではグラフを描画できません。概念の一覧をご利用ください。",
  noGraph: "グラフがまだありません。npm run build:graph を実行してください（npm start でも実行されます）。",
  notFoundTitle: "概念が見つかりません",
  notFoundText: (slug) => `このノートに「${slug}」という概念はありません。`,
  didYouMean: "もしかして",
  backToGraph: "グラフに戻る",
  language: "言語",
  otherLanguage: "English",
  skipToContent: "本文へ移動",
  graphLabel: (n, e) => `${n}個の概念と${e}本の関係のグラフ`,
  compare: "比較",
  compareTitle: (a, b) => `${a} と ${b}`,
  compareWith: (o) => `${o}と比較`,
  compareIndexTitle: "ノートにある対比",
  compareIndexIntro: "ノートで対比されている組み合わせを、サービスごとにまとめた学習リストです。",
  compareOffer: (a, b) => `${a} と ${b} を比較`,
  howTheyDiffer: "両者の関係についての記述",
  noStatedDifference: "この二つの関係はノートにありません。下に両者の記述を並べます。",
  aspect: "観点",
  sharedNeighbours: "両方に関係するもの",
  onlyIn: (l) => `${l}のみ`,
  pickTwo: "二つの概念を選ぶ",
  first: "一つ目",
  second: "二つ目",
  go: "表示",
  path: "経路",
  pathTitle: (a, b) => `${a} と ${b} はどうつながる？`,
  pathIntro: "二つの概念を結ぶ最短の関係の連なりを、根拠の一文とともに示します。",
  pathFrom: "ここから経路を探す",
  noPath: "選んだ関係の種類では、この二つを結ぶ経路はありません。",
  hops: (n) => `${n}ステップ`,
  pathsFound: (n, h) => `${h}ステップの最短経路 ${n}件`,
  relationKinds: "使う関係の種類",
  apply: "適用",
  questionsTitle: "疑問点",
  questionsIntro: "ノートに残っている疑問と、そこで挙がっているもの。",
  names: "関連",
  neighbourhood: "近傍",
  depthAll: "全体",
  depth: (n) => `${n}ステップ`,
  expand: "広げる",
  reset: "リセット",
  notANode: (name) => `「${name}」はこのノートの概念ではありません。`,
};

export const MESSAGES: Record<Locale, Messages> = { en, ja };

export function isLocale(v: unknown): v is Locale {
  return v === "en" || v === "ja";
}

/** The interface language: an explicit choice (cookie) first, then the browser's Accept-Language. */
/** The cookie that keeps a reader's choice of language. */
export const LOCALE_COOKIE = "lang";

export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: (tag ?? "").toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("ja")) return "ja";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}
