// The JSON API and the server-rendered pages, over HTTP. Runs against the SQLite server and,
// in CI, against the same app on PostgreSQL.

import { expect, test } from "@playwright/test";

test("the build and the graph", async ({ request }) => {
  const build = await (await request.get("/api/build")).json();
  expect(build.nodes).toBeGreaterThan(250);
  const graph = await (await request.get("/api/graph")).json();
  expect(graph.nodes).toHaveLength(build.nodes);
  const sqs = graph.nodes.find((n: { id: string }) => n.id === "sqs");
  expect(sqs).toMatchObject({ label: "SQS", kind: "service", x: expect.any(Number), y: expect.any(Number) });
  const etag = (await request.get("/api/graph")).headers().etag!;
  expect((await request.get("/api/graph", { headers: { "if-none-match": etag } })).status()).toBe(304);
});

test("the search index the build stored goes to browsers as JSON, compressed once", async ({ request }) => {
  const build = await (await request.get("/api/build")).json();
  const res = await request.get("/api/search-payload", { headers: { "accept-encoding": "gzip" } });
  const payload = await res.json();
  expect(payload.docs).toHaveLength(build.nodes);
  expect(Object.keys(payload.index.names).length).toBeGreaterThan(0);
});

test("search, concepts, redirects", async ({ request }) => {
  const search = await (await request.get("/api/search?q=ALIAS%20record&limit=3")).json();
  expect(search.results[0]).toMatchObject({ id: "alias-record", kind: "concept" });
  const alias = await (await request.get("/api/concepts/alias-record")).json();
  const partOf = alias.relations.find((g: { kind: string }) => g.kind === "part_of");
  expect(partOf.items[0]).toMatchObject({ direction: "out", other: { id: "route-53" }, evidence: { text: "ALIASレコードはRoute53独自。" } });
  const moved = await request.get("/api/concepts/lamda", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(/\/api\/concepts\/lambda$/);
  const missing = await request.get("/api/concepts/not-a-thing");
  expect(missing.status()).toBe(404);
  expect((await request.get("/api/search?q=x&limit=1000")).status()).toBe(400);
});

test("a concept's own lines apart from the lines that only name it", async ({ request }) => {
  const sns = await (await request.get("/api/concepts/sns")).json();
  const lines = (list: { line: number }[]) => list.map((f) => f.line);
  // "SESは…に使う。開発者に通知メールを送るのはSNS" is about SNS (…のはSNS); the list of services
  // outside a VPC only names it.
  expect(lines(sns.facts)).toContain(107);
  expect(lines(sns.mentionedIn)).toContain(6);
  expect(lines(sns.facts)).not.toContain(6);
  expect(sns.mentionedIn.find((f: { line: number }) => f.line === 6).text).toMatch(/^VPC外のサービス/);
  const html = await (await request.get("/concept/sns")).text();
  expect(html).toMatch(/Named in \d+ other lines/);
});

test("a comparison puts each side's sentences in its own column", async ({ request }) => {
  const html = await (await request.get("/compare/sns/ses")).text();
  // Line 107 says something of each: SES's sentence never shows in SNS's column.
  const columns = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
  const sesSentence = "SESはアプリにメール機能(クライアント側)を入れるときに使う。";
  expect(html).toContain(sesSentence);
  expect(columns.some((c) => c.includes(sesSentence) && c.includes("開発者に通知メールを送るのはSNS"))).toBe(false);
});

test("server-rendered pages carry the text", async ({ request }) => {
  const concept = await (await request.get("/concept/alias-record")).text();
  expect(concept).toContain("<title>ALIAS record (ALIASレコード)");
  expect(concept).toContain("ALIASレコードはRoute53独自。");
  const compare = await (await request.get("/compare/sqs/sns")).text();
  expect(compare).toContain("キューイングサービスなのでpub/subではない。");
  const path = await (await request.get("/path/alias-record/cloudfront")).text();
  expect(path).toMatch(/data-from="alias-record"/);
  expect((await request.get("/concept/nope-nope")).status()).toBe(404);
});

test("hostile text from notes stays data in JSON and text in HTML", async ({ request }) => {
  const found = await (await request.get("/api/search?q=Injected%20script&limit=1")).json();
  const id = found.results[0].id;
  const view = await (await request.get(`/api/concepts/${id}`)).json();
  expect(view.facts.map((f: { text: string }) => f.text).join("\n")).toContain('<script>window.__pwned = true; alert("pwned")</script>');
  const html = await (await request.get(`/concept/${id}`)).text();
  expect(html).not.toContain("<script>window.__pwned");
  expect(html).toContain("&lt;script&gt;window.__pwned = true; alert(");
});
