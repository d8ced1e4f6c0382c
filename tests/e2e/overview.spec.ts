// A large graph opens on its overview (here the seed notes, served with OVERVIEW_THRESHOLD=100):
// the clusters first, the whole graph in the background, and the drawing grows with the selection.

import type { Page } from "@playwright/test";
import { drawnWith, expect, graphDrawn, panel, SHOTS, test } from "./fixtures";

const drawnCount = (page: Page) => page.evaluate(() => (window as unknown as { __cy: { nodes(): { length: number } } }).__cy.nodes().length);

test("opens on the overview: each cluster drawn once, fewer nodes than the graph has", async ({ page, request }) => {
  const overview = await (await request.get("/api/graph?view=overview")).json();
  const whole = await (await request.get("/api/graph")).json();
  expect(overview.mode).toBe("overview");
  expect(overview.nodes.length).toBeLessThan(whole.nodes.length);
  await page.goto("/");
  await graphDrawn(page);
  expect(await drawnCount(page)).toBe(overview.nodes.length);
  const ids = await drawnWith(page, "node");
  expect(ids).toEqual(expect.arrayContaining(["route-53", "sqs", "cloudfront"]));
  expect(ids).not.toContain("alias-record"); // a concept of Route 53: inside its cluster
});

test("a deep link to a node inside a cluster draws that cluster and selects the node", async ({ page }) => {
  await page.goto("/concept/alias-record");
  await graphDrawn(page);
  await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("ALIAS record");
  // The node comes with the whole graph, after the overview is drawn; it is then selected.
  await expect.poll(() => drawnWith(page, "node.selected"), { timeout: 15_000 }).toEqual(["alias-record"]);
  expect(await drawnWith(page, "node.focus")).toEqual(expect.arrayContaining(["route-53", "cloudfront"]));
  await page.screenshot({ path: `${SHOTS}/overview-alias-record.png` });
});

test("searching and opening a node grows the drawing, and Back goes back", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  const before = await drawnCount(page);
  const box = page.getByRole("searchbox");
  await box.click();
  await box.fill("visibility timeout");
  await expect(page.getByRole("option").first()).toContainText("Visibility timeout");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/concept\/visibility-timeout$/);
  await expect.poll(() => drawnWith(page, "node.selected"), { timeout: 15_000 }).toEqual(["visibility-timeout"]);
  expect(await drawnCount(page)).toBeGreaterThan(before);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => drawnWith(page, "node.selected")).toEqual([]);
});
