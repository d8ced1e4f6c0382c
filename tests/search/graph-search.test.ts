import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparisonParts, GraphSearch, SearchTokenMemo, searchPayloadFromGraph, withBuiltIndex, type SearchPayload } from "../../lib/search/graph-search";
import { runPipeline } from "../../lib/pipeline/run-pipeline";
import { SEED_MD, seedGraph, vocabulary } from "../helpers/seed";

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
  const exported = (p: SearchPayload, memo?: SearchTokenMemo) => JSON.stringify(withBuiltIndex(p, memo).index);

  it("equals one made from nothing, after texts change and after the glossary changes", () => {
    const g = seedGraph();
    const glossary = vocabulary().glossary;
    const memo = new SearchTokenMemo();
    const first = searchPayloadFromGraph(g, glossary);
    expect(exported(first, memo)).toBe(exported(first));
    // An edit: one fact reworded, one added, a summary changed.
    const edited = searchPayloadFromGraph(g, glossary);
    edited.facts[0] = `${edited.facts[0]} ロングポーリングで待つ`;
    edited.facts.push("SQSのデッドレターキューに送る");
    edited.docs[0] = { ...edited.docs[0]!, summary: "可視性タイムアウトの間は見えない" };
    expect(exported(edited, memo)).toBe(exported(edited));
    expect(memo.reused).toBeGreaterThan(first.facts.length / 2);
    // A glossary word read otherwise changes how texts that hold it are tokenized: nothing is reused.
    const word = Object.keys(glossary).find((k) => edited.facts.some((f) => f.includes(k)))!;
    expect(word).toBeDefined();
    const widened = { ...edited, glossary: { ...glossary, [word]: "retranslated" } };
    expect(exported(widened, memo)).toBe(exported(widened));
    expect(exported(widened)).not.toBe(exported(edited));
    expect(memo.reused).toBe(0);
  });
});

describe("notes that repeat lines (one article kept in two folders)", () => {
  const bytes = readFileSync(SEED_MD);
  const { graph } = runPipeline({ files: [{ file: "articles/aws-notes.md", bytes }, { file: "articles_base/aws-notes.md", bytes }], vocabulary: vocabulary(), layout: false, searchIndex: false });
  const payload = searchPayloadFromGraph(graph, vocabulary().glossary);

  it("indexes each text once, and every node keeps each of its lines", () => {
    expect(new Set(payload.facts).size).toBe(payload.facts.length);
    expect(payload.facts.length).toBeLessThan(graph.facts.length * 0.6);
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
