// The explorer as a new user meets it, in a real Chromium against the production build.

import type { Page } from "@playwright/test";
import { drawnWith, expect, graphDrawn, panel, SHOTS, test } from "./fixtures";



test("the graph draws every stored node and edge", async ({ page, request }) => {
  const stored = await (await request.get("/api/graph")).json();
  await page.goto("/");
  await graphDrawn(page);
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: { nodes(): { length: number; map<T>(f: (n: { id(): string }) => T): T[] }; edges(): { length: number } } }).__cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length, ids: cy.nodes().map((n) => n.id()) };
  });
  expect(drawn.nodes).toBe(stored.nodes.length);
  expect(drawn.edges).toBe(stored.edges.length);
  expect(drawn.ids).toEqual(expect.arrayContaining(["sqs", "alias-record", "route-53", "cloudfront"]));
  await page.screenshot({ path: `${SHOTS}/home.png` });
  });

test("search ALIAS record, Enter: a /concept/ link whose panel relates it to Route 53; reload keeps it; Back returns", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  const box = page.getByRole("searchbox");
  await box.click();
  await box.fill("ALIAS record");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("ALIAS record");
  await expect(first.locator("mark").first()).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/concept\/alias-record$/);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("ALIAS record");
  const partOf = panel(page).locator('li[data-relation="part_of"][data-other="route-53"]');
  await expect(partOf).toContainText("Route 53");
  await expect(partOf).toContainText("ALIASレコードはRoute53独自。");
  await expect(partOf).toContainText(/aws-notes\.md:\d+/);
  // The graph follows: the selection and its neighbourhood in focus.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __cy: { $(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } }).__cy.$("node.selected").map((n) => n.id()))).toEqual(["alias-record"]);
  await page.screenshot({ path: `${SHOTS}/alias-record.png` });

  await page.reload();
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("ALIAS record");
  await graphDrawn(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText(/Study graph|学習グラフ/);
  });

test("selecting neighbours builds history: Back and Forward move between selections", async ({ page }) => {
  await page.goto("/concept/sqs");
  await graphDrawn(page);
  await panel(page).locator('li[data-relation="contrasts"][data-other="sns"] a').first().click();
  await expect(page).toHaveURL(/\/concept\/sns$/);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("SNS");
  await page.goBack();
  await expect(page).toHaveURL(/\/concept\/sqs$/);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("SQS");
  await page.goForward();
  await expect(page).toHaveURL(/\/concept\/sns$/);
  });

test("clicking a node in the graph opens it", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  const pos = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } }; container(): HTMLElement } }).__cy;
    const p = cy.getElementById("cloudfront").renderedPosition();
    const r = cy.container().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(pos.x, pos.y);
  await expect(page).toHaveURL(/\/concept\/cloudfront$/);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("CloudFront");
  });

test("keyboard: / focuses search, arrows choose, Escape clears", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox")).toBeFocused();
  await page.keyboard.type("ロングポーリング");
  await expect(page.getByRole("option").first()).toContainText("Long polling");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/concept\/long-polling$/);
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("searchbox")).toBeFocused();
  });

test("a deep link opens with the query filled in: /?q=", async ({ page }) => {
  await page.goto("/?q=Memcached");
  await expect(page.getByRole("searchbox")).toHaveValue("Memcached");
  await expect(panel(page).getByRole("link", { name: "Memcached" })).toBeVisible();
  });

test("search marks in the graph what holds the query's words, not fragments of them", async ({ page }) => {
  // 可視性タイムアウト: タイム inside リアルタイム is only a fragment of タイムアウト.
  await page.goto("/?q=%E5%8F%AF%E8%A6%96%E6%80%A7%E3%82%BF%E3%82%A4%E3%83%A0%E3%82%A2%E3%82%A6%E3%83%88");
  await graphDrawn(page);
  await expect.poll(() => drawnWith(page, "node.match")).toEqual(["visibility-timeout"]);
  await expect(panel(page).getByRole("link", { name: /Visibility timeout/ }).first()).toBeVisible();
});

test("an unknown concept is a real 404 with suggestions; an alias redirects", async ({ page, request, consoleErrors }) => {
  const res = await page.goto("/concept/memcache");
  expect(res?.status()).toBe(404);
  await expect(page.getByText(/Did you mean|もしかして/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Memcached" })).toBeVisible();
  const alias = await request.get("/concept/lamda", { maxRedirects: 0 });
  expect(alias.status()).toBe(308);
  expect(alias.headers().location).toMatch(/\/concept\/lambda$/);
  // The browser reports the 404 it was asked to load; nothing else may appear.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
});

test("API: bad parameters get a 400 with a message, never a 500", async ({ request }) => {
  for (const url of ["/api/search", "/api/search?q=x&limit=0", "/api/search?q=x&limit=abc", `/api/search?q=${"a".repeat(300)}`, "/api/concepts/NOT%20A%20SLUG", "/api/graph?full=maybe"]) {
    const r = await request.get(url);
    expect(r.status(), url).toBe(400);
    expect((await r.json()).error, url).toEqual(expect.any(String));
  }
  const missing = await request.get("/api/concepts/no-such-concept");
  expect(missing.status()).toBe(404);
  const ok = await (await request.get("/api/search?q=SQS%20vs%20SNS")).json();
  expect(ok.comparison).toEqual(["sqs", "sns"]);
  const concept = await (await request.get("/api/concepts/alias-record")).json();
  expect(concept.node.label).toBe("ALIAS record");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a concept page carries its text, relations, title and preview tags in the HTML", async ({ page }) => {
    await page.goto("/concept/alias-record");
    await expect(page).toHaveTitle(/ALIAS record/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /ALIAS record/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Route53/);
    await expect(panel(page).locator("#concept-title")).toHaveText("ALIAS record");
    await expect(panel(page).locator('li[data-relation="part_of"]')).toContainText("Route 53");
    await page.screenshot({ path: `${SHOTS}/no-js.png`, fullPage: true });
    // Every node stays reachable: the list of all concepts is one link away.
    await panel(page).getByRole("link", { name: "All concepts" }).click();
    await expect(page).toHaveURL(/\/concepts$/);
    await expect(page.getByRole("navigation", { name: "All concepts" }).getByRole("link", { name: "SQS", exact: true })).toBeVisible();
  });
  test("search works as a form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox").fill("ALIAS record");
    await page.getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(/\?q=ALIAS\+record/);
    await expect(panel(page).locator("ol").getByRole("link", { name: "ALIAS record" })).toBeVisible();
  });
});

test("text from notes is shown as text: a <script> in a note never runs", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  // "- Injected script: <script>…" defines a term; the other lines are the section's.
  await page.goto("/?q=Injected%20script");
  await panel(page).getByRole("link", { name: /Injected script/ }).first().click();
  await expect(panel(page).locator(".facts li").filter({ hasText: '<script>window.__pwned = true; alert("pwned")</script>' })).toBeVisible();
  await expect(panel(page).locator(".concept-summary")).toHaveText('<script>window.__pwned = true; alert("pwned")</script>');
  await expect(panel(page).locator("script")).toHaveCount(0);
  await page.goto("/?q=XSS%20test");
  await panel(page).getByRole("link", { name: /^XSS test/ }).first().click();
  await expect(panel(page).locator(".facts li").filter({ hasText: "click me" })).toBeVisible();
  // (Among words an image tag is text; alone on its line it would be a picture, no line at all.)
  await expect(panel(page).locator(".facts li").filter({ hasText: '<img src=x onerror="window.__pwned = true">' })).toBeVisible();
  await expect(panel(page).locator("script")).toHaveCount(0);
  await expect(panel(page).locator("img")).toHaveCount(0);
  await expect(panel(page).locator('a[href^="javascript"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialog).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

test("security headers: a CSP without unsafe-eval, nosniff, referrer policy, frame-ancestors", async ({ request }) => {
  const r = await request.get("/concept/sqs");
  const h = r.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  // A per-request nonce, or for a page from the page cache the hashes of its own scripts.
  expect(h["content-security-policy"]).toMatch(/script-src 'self' ('nonce-[^']+'|'sha256-[^']+')/);
  expect(h["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("kinds can be hidden and the choice is in the URL", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  // The legend is folded until asked for.
  await expect(page.getByRole("checkbox", { name: "Mentions" })).toBeHidden();
  await page.locator(".legend summary").click();
  await page.getByRole("checkbox", { name: "Mentions" }).uncheck();
  await expect(page).toHaveURL(/hide=mentions/);
  const hidden = await page.evaluate(() => (window as unknown as { __cy: { $(s: string): { length: number } } }).__cy.$('edge[kind = "mentions"].hidden').length);
  expect(hidden).toBeGreaterThan(0);
  await page.reload();
  await page.locator(".legend summary").click();
  await expect(page.getByRole("checkbox", { name: "Mentions" })).not.toBeChecked();
  });

test("a graph as small as the seed keeps its dotted mentions (a large one draws every edge solid: canvas/dashes.ts)", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  const styles = await page.evaluate(() => {
    const cy = (window as unknown as { __cy: { $(s: string): { map<T>(f: (e: { style(p: string): string }) => T): T[] } } }).__cy;
    return { mentions: [...new Set(cy.$('edge[kind = "mentions"]').map((e) => e.style("line-style")))], contrasts: [...new Set(cy.$('edge[kind = "contrasts"]').map((e) => e.style("line-style")))] };
  });
  expect(styles).toEqual({ mentions: ["dotted"], contrasts: ["solid"] });
});

test("the list view reaches every node without the canvas", async ({ page, request }) => {
  const stored = await (await request.get("/api/graph")).json();
  await page.goto("/");
  await page.getByRole("link", { name: "List", exact: true }).click();
  await expect(page).toHaveURL(/\/concepts$/);
  const list = page.getByRole("navigation", { name: "All concepts" });
  await expect(list.getByRole("link")).toHaveCount(stored.nodes.length);
  await list.getByRole("link", { name: "Visibility timeout" }).click();
  await expect(page).toHaveURL(/\/concept\/visibility-timeout$/);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("Visibility timeout");
  });

test("interface in Japanese, from the browser's language or the switch", async ({ browser }) => {
  const ctx = await browser.newContext({ locale: "ja-JP", viewport: { width: 1400, height: 900 } });
  const page = await ctx.newPage();
  await page.goto("/concept/sqs");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(panel(page).getByRole("heading", { name: "関係" })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/concept\/sqs$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(panel(page).getByRole("heading", { name: "Relations" })).toBeVisible();
  await ctx.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("the panel is a bottom sheet and nothing scrolls sideways", async ({ page }) => {
    await page.goto("/concept/sqs");
    await graphDrawn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const sheet = await panel(page).boundingBox();
    expect(sheet!.y).toBeGreaterThan(300);
    expect(sheet!.width).toBeGreaterThanOrEqual(389);
    await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("SQS");
    await page.screenshot({ path: `${SHOTS}/phone.png` });
      });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("follows the system", async ({ page }) => {
    await page.goto("/concept/sns");
    await graphDrawn(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(22, 24, 29)");
    await page.screenshot({ path: `${SHOTS}/dark.png` });
      });
});
