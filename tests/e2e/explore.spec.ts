// Relations explored: comparisons, paths, neighbourhoods, open questions, on the seed notes.

import { drawnWith, expect, graphDrawn, panel, SHOTS, test } from "./fixtures";

test("/compare/sqs/sns: both services' facts aligned by aspect, the pub/sub versus polling evidence first", async ({ page }) => {
  await page.goto("/compare/sqs/sns");
  await expect(page).toHaveTitle(/SQS vs SNS/);
  await expect(panel(page).locator("#compare-title")).toContainText("SQS");
  const between = panel(page).locator('li[data-relation="contrasts"]');
  await expect(between).toContainText("pub/sub");
  await expect(between).toContainText(/aws-notes\.md:\d+/);
  const delivery = panel(page).locator('tr[data-aspect="delivery"]');
  await expect(delivery.locator("td").nth(0)).toContainText("ポーリング");
  await expect(delivery.locator("td").nth(1)).toContainText("サブスクライブ");
  await expect(delivery.locator(".contrast-evidence").first()).toBeVisible();
  await expect(panel(page).getByRole("heading", { name: "Related to both" })).toBeVisible();
  await graphDrawn(page);
  await expect.poll(() => drawnWith(page, "node.selected")).toEqual(expect.arrayContaining(["sqs", "sns"]));
  await page.screenshot({ path: `${SHOTS}/compare-sqs-sns.png` });
});

test("a contrast in the panel offers the comparison", async ({ page }) => {
  await page.goto("/concept/sqs");
  await panel(page).getByRole("link", { name: "Compare with SNS" }).click();
  await expect(page).toHaveURL(/\/compare\/sqs\/sns$/);
  await expect(panel(page).locator('tr[data-aspect="delivery"]')).toBeVisible();
});

test("the search box offers the comparison first for “SQS vs SNS” and “SQSとSNSの違い”", async ({ page }) => {
  for (const q of ["SQS vs SNS", "SQSとSNSの違い"]) {
    await page.goto("/");
    const box = page.getByRole("searchbox");
    await box.click();
    await box.fill(q);
    await expect(page.getByRole("option").first()).toContainText("Compare SQS and SNS");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/compare\/sqs\/sns$/);
  }
});

test("Gateway vs Interface endpoint: price side by side", async ({ page }) => {
  await page.goto("/compare/gateway-endpoint/interface-endpoint");
  const price = panel(page).locator('tr[data-aspect="price"]');
  await expect(price.locator("td").nth(0)).toContainText("無料");
  await expect(price.locator("td").nth(1)).toContainText("有料");
  await expect(panel(page).locator('li[data-relation="contrasts"]')).toBeVisible();
});

test("/compare lists the notes' contrasts by service, and compares any two names typed in", async ({ page }) => {
  await page.goto("/compare");
  const list = panel(page);
  for (const pair of [/SQS vs SNS|SNS vs SQS/, /Memcached vs Redis|Redis vs Memcached/, /Gateway endpoint vs Interface endpoint|Interface endpoint vs Gateway endpoint/, /Short polling vs Long polling|Long polling vs Short polling/]) {
    await expect(list.getByRole("link", { name: pair })).toBeVisible();
  }
  await list.getByLabel("First").fill("memcahced");
  await list.getByLabel("Second").fill("Redis");
  await list.getByLabel("Second").press("Enter");
  await expect(page).toHaveURL(/\/compare\/memcached\/redis$/);
  await expect(panel(page).locator('tr[data-aspect="data"]')).toContainText("データ構造");
});

test("/path/alias-record/cloudfront lists a path with evidence for every hop, highlighted in the graph", async ({ page }) => {
  await page.goto("/path/alias-record/cloudfront");
  await expect(page).toHaveTitle(/How is ALIAS record related to CloudFront/);
  const hops = panel(page).locator(".hops li");
  await expect(hops.first()).toBeVisible();
  const n = await hops.count();
  for (let i = 0; i < n; i++) await expect(hops.nth(i).locator(".evidence")).toContainText(/\S+.*aws-notes\.md:\d+/);
  await expect(hops.first()).toHaveAttribute("data-from", "alias-record");
  await expect(hops.last()).toHaveAttribute("data-to", "cloudfront");
  await graphDrawn(page);
  await expect.poll(() => drawnWith(page, "node.selected")).toEqual(expect.arrayContaining(["alias-record", "cloudfront"]));
  await page.screenshot({ path: `${SHOTS}/path-alias-cloudfront.png` });
});

test("a path can leave out plain mentions: CloudFront → S3 through what integrates", async ({ page }) => {
  await page.goto("/path/cloudfront/s3");
  await panel(page).getByRole("checkbox", { name: "Mentions" }).uncheck();
  await panel(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=integrates/);
  await expect(page).not.toHaveURL(/kind=mentions/);
  const hop = panel(page).locator(".hops li").first();
  await expect(hop).toHaveAttribute("data-relation", "integrates");
  await expect(hop.locator(".evidence")).toContainText("S3");
});

test("a path is found from typed names, and “no path” is said plainly", async ({ page }) => {
  await page.goto("/path");
  await panel(page).getByLabel("First").fill("ALIAS record");
  await panel(page).getByLabel("Second").fill("Cloudfront");
  await panel(page).getByLabel("Second").press("Enter");
  await expect(page).toHaveURL(/\/path\/alias-record\/cloudfront$/);
  await page.goto("/path/alias-record/cloudfront?kind=supersedes");
  await expect(panel(page).getByRole("status")).toHaveText(/No path/);
});

test("neighbourhood focus: only nodes within the depth, widened node by node, reset to all", async ({ page, request }) => {
  const total = (await (await request.get("/api/graph")).json()).nodes.length;
  await page.goto("/concept/sqs");
  await graphDrawn(page);
  await page.getByRole("group", { name: "Neighbourhood" }).getByRole("button", { name: "1 step" }).click();
  await expect(page).toHaveURL(/focus=sqs&depth=1/);
  await expect.poll(async () => (await drawnWith(page, "node.out")).length).toBeGreaterThan(total / 2);
  const shown = await drawnWith(page, "node:visible");
  expect(shown).toEqual(expect.arrayContaining(["sqs", "sns", "visibility-timeout"]));
  expect(shown).not.toContain("route-53");
  // Select a neighbour and bring in its own neighbours.
  await panel(page).locator('li[data-other="kinesis"] a').first().click();
  await expect(page).toHaveURL(/\/concept\/kinesis\?.*focus=sqs/);
  await page.getByRole("button", { name: "Expand" }).click();
  await expect(page).toHaveURL(/expand=kinesis/);
  await expect.poll(() => drawnWith(page, "node:visible")).toEqual(expect.arrayContaining(["kinesis-data-streams"]));
  await page.getByRole("group", { name: "Neighbourhood" }).getByRole("button", { name: "All" }).click();
  await expect(page).not.toHaveURL(/focus=/);
  await expect.poll(async () => (await drawnWith(page, "node.out")).length).toBe(0);
});

test("open questions have their page and show on the nodes they name", async ({ page }) => {
  await page.goto("/questions");
  const q = panel(page).locator("li[data-question]");
  await expect(q).toHaveCount(1);
  await expect(q).toContainText("AWS EventBridgeとStep Functionsの違い");
  await q.getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare\/(eventbridge\/step-functions|step-functions\/eventbridge)$/);
  await page.goto("/concept/eventbridge");
  await expect(panel(page).getByRole("heading", { name: "Open questions" })).toBeVisible();
  await expect(panel(page).getByRole("link", { name: "AWS EventBridgeとStep Functionsの違い" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("comparison and path pages are complete HTML", async ({ page }) => {
    await page.goto("/compare/sqs/sns");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /SQS vs SNS/);
    await expect(panel(page).locator('tr[data-aspect="delivery"]')).toContainText("pub/sub");
    await page.goto("/path/alias-record/cloudfront");
    await expect(panel(page).locator(".hops li").first()).toContainText("ALIAS record");
    await page.goto("/compare?a=SQS&b=SNS");
    await expect(page).toHaveURL(/\/compare\/sqs\/sns$/);
  });
});

test("in Japanese", async ({ browser }) => {
  const ctx = await browser.newContext({ locale: "ja-JP" });
  const page = await ctx.newPage();
  await page.goto("/compare/sqs/sns");
  await expect(panel(page).getByRole("columnheader", { name: "観点" })).toBeVisible();
  await expect(panel(page).locator('tr[data-aspect="delivery"] th')).toHaveText("配信モデル");
  await page.goto("/path/alias-record/cloudfront");
  await expect(panel(page).locator("#path-title")).toHaveText("ALIAS record と CloudFront はどうつながる？");
  await ctx.close();
});
