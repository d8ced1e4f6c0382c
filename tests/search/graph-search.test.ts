import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { comparisonParts, GraphSearch, SearchIndexer, searchPayloadFromGraph, withBuiltIndex, type SearchPayload } from "../../lib/search/graph-search";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { compileSearchGlossary, searchTokens } from "../../lib/search/tokens";
import { ROOT, SEED_MD, seedGraph, vocabulary } from "../helpers/seed";

const search = GraphSearch.fromGraph(seedGraph(), vocabulary().glossary);
const top = (q: string, n = 3) => search.search(q, { limit: n }).results.map((r) => r.id);

describe("search over the seed graph", () => {
  it("finds a concept by its English or its Japanese name", () => {
    expect(top("ALIAS record")[0]).toBe("alias-record");
    expect(top("ALIASレコード")[0]).toBe("alias-record");
    expect(top("alias")[0]).toBe("alias-record");
  });

  it("bridges loanwords both ways through the glossary", () => {
    expect(top("long polling")[0]).toBe("long-polling");
    expect(top("ロングポーリング")[0]).toBe("long-polling");
    expect(top("dead letter queue")[0]).toBe("dead-letter-queue");
    expect(top("visibility timeout")[0]).toBe("visibility-timeout");
    expect(top("可視性")[0]).toBe("visibility-timeout");
  });

  it("bridges Route 53's Japanese policy names to their English ones (aws-study's and aws-exam-ja's 複数値回答, 地理的近接性)", () => {
    const notes = [
      "# Amazon Route 53",
      "",
      "## ルーティングポリシー",
      "",
      "### 複数値回答ルーティング",
      "",
      "ランダムに選ばれた最大8つの正常なレコードに IP アドレスを設定して、複数の値を応答する方式",
      "",
      "### 地理的近接性ルーティング",
      "",
      "リソースの場所に基づいてトラフィックをルーティングする方式",
      "",
    ].join("\n");
    const g = runPipeline({ files: [{ file: "route53.md", bytes: new TextEncoder().encode(notes) }], vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
    const labels = g.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(["Multivalue answer routing", "Geoproximity routing"]));
    const routes = GraphSearch.fromGraph(g, vocabulary().glossary);
    const first = (q: string) => g.nodes.find((n) => n.id === routes.search(q, { limit: 1 }).results[0]?.id)?.label;
    expect(first("multivalue answer routing")).toBe("Multivalue answer routing");
    expect(first("geoproximity")).toBe("Geoproximity routing");
  });

  it("knows the Cost and Usage Report by its name, its abbreviation and its Japanese name (nagata's, aws-study's and aws-exam-ja's 'Usage Report' cut at 'and')", () => {
    const notes = [
      "# Cost management",
      "",
      "- D. AWS Cost and Usage Reports を使ってレポートを作成し、Amazon S3 バケットに送信する。",
      "- CUR は Athena でクエリできる。",
      "- コストと使用状況レポートは請求データを最も詳しく出力する。",
      "",
    ].join("\n");
    const g = runPipeline({ files: [{ file: "cost.md", bytes: new TextEncoder().encode(notes) }], vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
    expect(g.nodes.map((n) => n.label)).not.toContain("Usage Report");
    const cur = g.nodes.find((n) => n.label === "Cost and Usage Report");
    expect(cur?.kind).toBe("service");
    const routes = GraphSearch.fromGraph(g, vocabulary().glossary);
    for (const q of ["Cost and Usage Report", "CUR", "コストと使用状況レポート"]) expect(routes.search(q, { limit: 1 }).results[0]?.id, q).toBe(cur?.id);
  });

  it("knows Cognito's user pools and identity pools as one thing each, written in English or Japanese (aws-study's ユーザープール, Cognitoユーザープール and 'Cognito user' were three nodes)", () => {
    const notes = [
      "# Cognito",
      "",
      "ユーザープールは、Amazon Cognito のユーザーディレクトリです。",
      "Cognitoユーザープールには Lite、Essentials、Plus のプランがある。",
      "ID プールはユーザープールと連携して、一時的な AWS 認証情報を提供する。",
      "- A guide to federation with Amazon Cognito user pools",
      "- Identity pools give guests temporary credentials too.",
      "",
    ].join("\n");
    const g = runPipeline({ files: [{ file: "cognito.md", bytes: new TextEncoder().encode(notes) }], vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
    const labels = g.nodes.map((n) => n.label);
    for (const split of ["ユーザープール", "Cognitoユーザープール", "Cognito user", "ID プール"]) expect(labels).not.toContain(split);
    const users = g.nodes.find((n) => n.label === "Cognito User Pools");
    const identities = g.nodes.find((n) => n.label === "Cognito Identity Pools");
    expect(g.edges.some((e) => e.kind === "integrates" && [e.source, e.target].sort().join() === [users?.id, identities?.id].sort().join())).toBe(true);
    const routes = GraphSearch.fromGraph(g, vocabulary().glossary);
    for (const q of ["user pool", "ユーザープール"]) expect(routes.search(q, { limit: 1 }).results[0]?.id, q).toBe(users?.id);
    for (const q of ["identity pool", "ID プール"]) expect(routes.search(q, { limit: 1 }).results[0]?.id, q).toBe(identities?.id);
  });

  it("finds services by abbreviation, full name and former name", () => {
    expect(top("Simple Queue Service")[0]).toBe("sqs");
    expect(top("Elastic Load Balancing")[0]).toBe("elb");
    expect(top("CloudWatch Events")).toEqual(expect.arrayContaining(["cloudwatch-events"]));
    expect(top("Kinesis Data Analytics")[0]).toBe("kinesis-data-analytics");
  });

  it("tolerates misspellings in the notes and in the query", () => {
    expect(top("Lamda")[0]).toBe("lambda");
    expect(top("Lamba")[0]).toBe("lambda");
    expect(top("Cloudfornt")[0]).toBe("cloudfront");
    expect(top("memcahced")[0]).toBe("memcached");
  });

  it("ranks the node itself above nodes that merely mention it", () => {
    const r = search.search("Route 53").results;
    expect(r[0]!.id).toBe("route-53");
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score * 2);
    expect(top("SQS")[0]).toBe("sqs");
  });

  it("ranks a note that says a thing is so above one that says it is not", () => {
    // SNS: "pub/subであり…"; SQS: "…pub/subではない".
    expect(top("pub/sub")).toEqual(["sns", "sqs"]);
  });

  it("does not take shared fragments of a word for the word", () => {
    // サーバーレス shares サー・ーバ・バー with オリジンサーバー; its whole words (serverless) decide.
    const r = top("サーバーレス", 20);
    expect(r.slice(0, 3)).toEqual(expect.arrayContaining(["serverless-application-repository", "sam"]));
    expect(r.indexOf("sam")).toBeLessThan(r.indexOf("origin-server"));
    expect(r).toContain("fargate"); // Fargateはサーバーレスなので…
  });

  it("answers a comparison with both sides first", () => {
    for (const q of ["SQS vs SNS", "SQSとSNSの違い", "difference between SQS and SNS"]) {
      const r = search.search(q);
      expect(r.comparison, q).toEqual(["sqs", "sns"]);
      expect(r.results.slice(0, 2).map((x) => x.id)).toEqual(["sqs", "sns"]);
    }
    expect(search.search("Gateway vs Interface endpoint").comparison).toEqual(["gateway-endpoint", "interface-endpoint"]);
    expect(comparisonParts("Memcached versus Redis")).toEqual(["Memcached", "Redis"]);
    expect(comparisonParts("オンプレとの連携")).toBeUndefined();
  });

  it("completes names as they are typed", () => {
    expect(top("Memc")[0]).toBe("memcached");
    expect(top("Kines")[0]).toBe("kinesis");
  });

  it("returns a snippet with the matching words marked", () => {
    const r = search.search("ALIAS record").results[0]!;
    expect(r.snippet).toContain("ALIASレコード");
    const marked = r.highlights.map(([a, b]) => r.snippet.slice(a, b).toLowerCase());
    expect(marked).toContain("aliasレコード");
  });

  it("survives empty, odd and hostile queries", () => {
    expect(search.search("").results).toEqual([]);
    expect(search.search("   ").results).toEqual([]);
    for (const q of ["(", "[[", ".*", "<script>alert(1)</script>", "a".repeat(5000), "🙂", "\u0000"]) expect(() => search.search(q)).not.toThrow();
    expect(search.search("zzzzqqqq").results).toEqual([]);
  });
});

describe("an index made build after build (the watcher's search worker)", () => {
  const glossary = vocabulary().glossary;
  const seed = readFileSync(SEED_MD, "utf8");
  const payloadOf = (text: string, g = glossary) => searchPayloadFromGraph(runPipeline({ files: [{ file: "aws-notes.md", bytes: Buffer.from(text) }], vocabulary: vocabulary(), layout: false, searchIndex: false }).graph, g);
  const queries = ["ALIAS record", "ロングポーリング", "SQS vs SNS", "Gateway vs Interface endpoint", "pub/sub", "可視性タイムアウト", "デッドレターキュー", "暗号化", "cross region", "lambda", "S3 Glacier", "ルートテーブル"];
  const answers = (p: SearchPayload) => {
    const search = new GraphSearch(JSON.parse(JSON.stringify(p)) as SearchPayload);
    return queries.map((q) => search.search(q, { limit: 8 }));
  };

  it("answers every search as an index made from nothing, after lines change, come and go, and after the glossary changes", () => {
    const indexer = new SearchIndexer();
    const first = payloadOf(seed);
    expect(answers(indexer.index(first))).toEqual(answers(withBuiltIndex(first)));
    // Real edits of the notes: a line reworded, one added, one deleted.
    const lines = seed.split("\n");
    const at = lines.indexOf("## SQS") + 2;
    expect(lines[at]).toContain("pub/sub");
    lines[at] = `${lines[at]} ロングポーリングで待つと空の応答が減る`;
    lines.splice(at + 1, 0, "SQSのデッドレターキューには処理できなかったメッセージが送られる");
    lines.splice(at + 5, 1);
    const edited = payloadOf(lines.join("\n"));
    const kept = indexer.index(edited);
    expect(indexer.changed.added).toBeGreaterThan(0);
    expect(indexer.changed.added + indexer.changed.removed).toBeLessThan(edited.facts.length / 10);
    expect(answers(kept)).toEqual(answers(withBuiltIndex(edited)));
    expect(kept.index!.names).toEqual(withBuiltIndex(edited).index!.names);
    // An edit that names nothing new keeps the names index as it was, not made again.
    expect(indexer.index(edited).index!.names).toBe(kept.index!.names);
    // Back to the notes as they were: the texts come back, the answers too.
    expect(answers(indexer.index(first))).toEqual(answers(withBuiltIndex(first)));
    // Another glossary: every text and name is indexed again (a word of a Japanese label, so
    // that names kept from the build before would answer otherwise).
    const retranslates = (k: string, text: string) => searchTokens(text, compileSearchGlossary({ ...glossary, [k]: "retranslated" })).includes("retranslated");
    const word = Object.keys(glossary).find((k) => first.docs.some((d) => d.labelJa !== undefined && retranslates(k, d.labelJa)))!;
    const widened = payloadOf(seed, { ...glossary, [word]: "retranslated" });
    const rebuilt = indexer.index(widened);
    expect(answers(rebuilt)).toEqual(answers(withBuiltIndex(widened)));
    expect(indexer.changed.added).toBe(widened.facts.length);
    // (Answers would hide stale names where a text holds the word too: the names index itself.)
    expect(rebuilt.index!.names).toEqual(withBuiltIndex(widened).index!.names);
    expect(rebuilt.index!.names).not.toEqual(withBuiltIndex(first).index!.names);
  });
});

describe("an indexer restored from what a build stored (a rebuild in a new process)", () => {
  const glossary = vocabulary().glossary;
  const seed = readFileSync(SEED_MD, "utf8");
  const payloadOf = (text: string) => searchPayloadFromGraph(runPipeline({ files: [{ file: "aws-notes.md", bytes: Buffer.from(text) }], vocabulary: vocabulary(), layout: false, searchIndex: false }).graph, glossary);
  const queries = ["ALIAS record", "ロングポーリング", "SQS vs SNS", "pub/sub", "可視性タイムアウト", "デッドレターキュー", "暗号化", "lambda", "S3 Glacier", "ルートテーブル", "メッセージ"];
  const answers = (p: SearchPayload) => {
    const search = new GraphSearch(JSON.parse(JSON.stringify(p)) as SearchPayload);
    return queries.map((q) => search.search(q, { limit: 8 }));
  };
  /** The seed with a line reworded, one added and one deleted, `n` times over. */
  const edited = (n: number) => {
    const lines = seed.split("\n");
    for (let k = 0; k < n; k++) {
      const at = lines.indexOf("## SQS") + 2 + k;
      lines[at] = `${lines[at]} ロングポーリング${k}で待つと空の応答が減る`;
      lines.splice(at + 1, 0, `SQSのデッドレターキュー${k}には処理できなかったメッセージが送られる`);
      lines.splice(at + 6, 1);
    }
    return lines.join("\n");
  };
  /** As the store keeps it: JSON text, read back. */
  const stored = (p: SearchPayload) => JSON.parse(JSON.stringify(p)) as SearchPayload;

  it("goes on from a payload made from nothing, indexing only what an edit changed", () => {
    const indexer = SearchIndexer.restore(stored(withBuiltIndex(payloadOf(seed))), undefined)!;
    const next = payloadOf(edited(1));
    const made = indexer.index(next);
    expect(indexer.changed.added).toBeGreaterThan(0);
    expect(indexer.changed.added + indexer.changed.removed).toBeLessThan(next.facts.length / 10);
    expect(answers(made)).toEqual(answers(withBuiltIndex(next)));
  });

  it("goes on from a payload an indexer made, with the places stored beside it, build after build", () => {
    const live = new SearchIndexer();
    live.index(payloadOf(seed));
    let payload = live.index(payloadOf(edited(1)));
    let places = live.places();
    // (The live indexer reused a freed id: its ids are no longer the texts' places.)
    expect(places).toBeDefined();
    for (const n of [2, 0, 3]) {
      const indexer = SearchIndexer.restore(stored(payload), places === undefined ? undefined : (JSON.parse(JSON.stringify(places)) as number[]))!;
      const next = payloadOf(edited(n));
      payload = indexer.index(next);
      places = indexer.places();
      expect(answers(payload), `after ${n} edits`).toEqual(answers(withBuiltIndex(next)));
      expect(payload.index!.names).toEqual(withBuiltIndex(next).index!.names);
    }
  });

  it("a payload without its index gives no indexer", () => {
    expect(SearchIndexer.restore(payloadOf(seed), undefined)).toBeUndefined();
  });
});

describe("notes that repeat lines (one article kept in two folders)", () => {
  const bytes = readFileSync(SEED_MD);
  const { graph } = runPipeline({ files: [{ file: "articles/aws-notes.md", bytes }, { file: "articles_base/aws-notes.md", bytes }], vocabulary: vocabulary(), layout: false, searchIndex: false });
  const payload = searchPayloadFromGraph(graph, vocabulary().glossary);

  it("indexes each text once, and every node keeps each of its lines", () => {
    expect(new Set(payload.facts).size).toBe(payload.facts.length);
    // (The table holds the summaries too, each text once.)
    expect(payload.facts.length).toBeLessThan(graph.facts.length * 0.6 + graph.nodes.length);
    expect(new Set(graph.facts.map((f) => f.text)).size).toBeLessThan(graph.facts.length * 0.6);
    const sqs = graph.nodes.find((n) => n.id === "sqs")!;
    const doc = payload.docs.find((d) => d.id === "sqs")!;
    expect(doc.facts.length).toBe(sqs.facts.length);
    expect(doc.facts.map((i) => payload.facts[i])).toEqual(sqs.facts.map((id) => graph.facts.find((f) => f.id === id)!.text));
  });

  it("finds what one copy finds", () => {
    const twice = new GraphSearch(payload);
    for (const q of ["ALIAS record", "ロングポーリング", "SQS vs SNS", "pub/sub", "可視性"]) expect(twice.search(q, { limit: 3 }).results.map((r) => r.id), q).toEqual(top(q));
  });
});

describe("search snippets", () => {
  it("show a Markdown note's words, not its syntax", () => {
    const dir = path.join(ROOT, "tests/fixtures/zenn-article-outline");
    const files = readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => ({ file: f, bytes: readFileSync(path.join(dir, f)) }));
    const graph = runPipeline({ files, vocabulary: vocabulary(), layout: false, searchIndex: false }).graph;
    const zenn = GraphSearch.fromGraph(graph, vocabulary().glossary);
    // The line is written "[AWS Config](https://docs.aws.amazon.com/…)は、AWS 上で稼働する…".
    const config = zenn.search("AWS Config", { limit: 5 }).results.find((r) => r.snippet.includes("稼働するリソース"));
    expect(config?.snippet).toMatch(/^AWS Configは、AWS 上で稼働する/);
    for (const q of ["AWS Config", "Lambda", "バックアップ", "Glue", "セキュリティ"]) {
      for (const r of zenn.search(q, { limit: 10 }).results) expect(r.snippet, `${q}: ${r.snippet}`).not.toMatch(/\]\(|\*\*|\[\[|!\[/);
    }
  });
});

