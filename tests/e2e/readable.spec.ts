// The graph a learner can read: names that never cover each other, focus that shows only what
// matters, search in the graph, re-layout and back, the note behind every citation, a phone that
// works, relations in each language's order. Asserted on the DOM, the URL and the canvas
// (window.__cy, exposed by the test build only).

import type { Page } from "@playwright/test";
import { drawnWith, expect, graphDrawn, panel, SHOTS, test } from "./fixtures";

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the canvas shows: which nodes are drawn, which names are drawn, and where. */
async function canvasState(page: Page) {
  return page.evaluate(() => {
    type N = {
      id(): string;
      data(k: string): unknown;
      hasClass(c: string): boolean;
      visible(): boolean;
      style(k: string): string;
      renderedPosition(): { x: number; y: number };
      position(): { x: number; y: number };
      renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
    };
    const cy = (window as unknown as { __cy: { nodes(): { toArray(): N[] }; zoom(): number; width(): number; height(): number } }).__cy;
    const nodes = cy.nodes().toArray();
    const shown = nodes.filter((n) => n.visible());
    const named = shown.filter((n) => !n.hasClass("nolabel") && Number(n.style("text-opacity")) > 0 && Number(n.style("opacity")) > 0.5);
    return {
      zoom: cy.zoom(),
      width: cy.width(),
      height: cy.height(),
      shown: shown.map((n) => ({ id: n.id(), kind: String(n.data("kind")), ...n.renderedPosition() })),
      named: named.map((n) => ({ id: n.id(), kind: String(n.data("kind")), fontPx: parseFloat(n.style("font-size")) * cy.zoom(), box: n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }) })),
      positions: Object.fromEntries(nodes.map((n) => [n.id(), n.position()])),
    };
  });
}

/** Pairs of drawn names whose boxes overlap (by more than a pixel). */
function overlapping(named: { id: string; box: Box }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < named.length; i++)
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i]!.box;
      const b = named[j]!.box;
      if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) out.push(`${named[i]!.id}~${named[j]!.id}`);
    }
  return out;
}

/** Waits until nodes stop moving (layouts and framing animate). */
async function settled(page: Page) {
  let last = "";
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await page.evaluate(() => {
          const cy = (window as unknown as { __cy: { zoom(): number; pan(): { x: number; y: number }; nodes(): { toArray(): { position(): { x: number; y: number } }[] } } }).__cy;
          return [Math.round(cy.zoom() * 1000), Math.round(cy.pan().x), Math.round(cy.pan().y), cy.nodes().toArray().slice(0, 40).map((n) => Math.round(n.position().x))];
        }));
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
}

/** The canvas's box on the page, to turn rendered positions into page coordinates. */
async function canvasOrigin(page: Page) {
  const box = await page.locator(".canvas").boundingBox();
  return { x: box!.x, y: box!.y };
}

test.describe("names and the first view", () => {
  test("services and topics are named, no two names overlap, and the drawing keeps clear of the overlays", async ({ page }) => {
    await page.goto("/");
    await graphDrawn(page);
    await settled(page);
    const s = await canvasState(page);
    expect(overlapping(s.named)).toEqual([]);
    const big = s.shown.filter((n) => n.kind === "service" || n.kind === "topic");
    const namedBig = s.named.filter((n) => n.kind === "service" || n.kind === "topic");
    // Most services and topics are named at the first view (every topic), every name readable.
    expect(namedBig.length / big.length).toBeGreaterThan(0.65);
    for (const t of big.filter((n) => n.kind === "topic")) expect(namedBig.map((n) => n.id), t.id).toContain(t.id);
    for (const n of s.named) expect(n.fontPx, n.id).toBeGreaterThanOrEqual(10);
    // Concepts are named as one zooms in, not at the overview.
    expect(s.named.filter((n) => n.kind === "concept")).toEqual([]);
    // Every node lies in the canvas, none under the controls or the (folded) legend.
    const origin = await canvasOrigin(page);
    const controls = (await page.locator(".controls").boundingBox())!;
    const legend = (await page.locator(".legend").boundingBox())!;
    for (const n of s.shown) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.y).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(s.width);
      expect(n.y).toBeLessThan(s.height);
      const px = origin.x + n.x;
      const py = origin.y + n.y;
      expect(px < controls.x || py > controls.y + controls.height, `${n.id} under the controls`).toBe(true);
      expect(px > legend.x + legend.width || py < legend.y, `${n.id} under the legend`).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/first-view.png` });
  });

  test("a catch-all topic's members are spread out, many named, the topic too", async ({ page }) => {
    await page.goto("/");
    await graphDrawn(page);
    await settled(page);
    const s = await canvasState(page);
    const stored = await (await page.request.get("/api/graph")).json();
    const inTopic = new Set((stored.nodes as { id: string; parent?: string }[]).filter((n) => n.parent === "other-services").map((n) => n.id));
    expect(inTopic.size).toBeGreaterThan(20);
    // Not piled up: no two of them drawn within a few pixels of each other, and many named.
    const members = s.shown.filter((n) => inTopic.has(n.id));
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) expect(Math.hypot(members[i]!.x - members[j]!.x, members[i]!.y - members[j]!.y), `${members[i]!.id}~${members[j]!.id}`).toBeGreaterThan(8);
    const named = s.named.filter((n) => inTopic.has(n.id));
    expect(named.length / inTopic.size).toBeGreaterThan(0.35);
    expect(s.named.map((n) => n.id)).toContain("other-services");
  });

  test("zooming in names the concepts, still without overlaps", async ({ page }) => {
    await page.goto("/");
    await graphDrawn(page);
    await settled(page);
    await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { zoom(o: object): void; getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__cy;
      cy.zoom({ level: 1.1, renderedPosition: cy.getElementById("sqs").renderedPosition() });
    });
    await settled(page);
    const s = await canvasState(page);
    expect(s.named.filter((n) => n.kind === "concept").length).toBeGreaterThan(5);
    expect(overlapping(s.named)).toEqual([]);
  });

  test("far out, as a collection of hundreds of notes is fitted, every dot stays visible and no two names overlap", async ({ page }) => {
    await page.goto("/");
    await graphDrawn(page);
    await settled(page);
    await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { zoom(o: object): void; width(): number; height(): number } }).__cy;
      cy.zoom({ level: 0.04, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await settled(page);
    const dots = await page.evaluate(() => {
      type N = { id(): string; data(k: string): unknown; visible(): boolean; renderedWidth(): number };
      const cy = (window as unknown as { __cy: { nodes(): { toArray(): N[] } } }).__cy;
      return cy.nodes().toArray().filter((n) => n.visible()).map((n) => ({ id: n.id(), kind: String(n.data("kind")), px: n.renderedWidth() }));
    });
    expect(dots.length).toBeGreaterThan(200);
    // (A service's own size at this zoom is about one pixel.)
    for (const d of dots) expect(d.px, d.id).toBeGreaterThanOrEqual(d.kind === "concept" ? 3.9 : 5.9);
    const s = await canvasState(page);
    expect(overlapping(s.named)).toEqual([]);
  });

  test("the pointer on a node lights its neighbourhood and shows its name and summary; so does the keyboard in the search list", async ({ page }) => {
    await page.goto("/");
    await graphDrawn(page);
    await settled(page);
    const at = await page.evaluate(() => (window as unknown as { __cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__cy.getElementById("sqs").renderedPosition());
    const origin = await canvasOrigin(page);
    await page.mouse.move(origin.x + at.x, origin.y + at.y);
    await expect.poll(() => drawnWith(page, "node.hovered")).toEqual(["sqs"]);
    const near = await drawnWith(page, "node.hover-near");
    expect(near).toEqual(expect.arrayContaining(["sqs", "sns", "kinesis", "visibility-timeout"]));
    const hint = page.getByRole("tooltip");
    await expect(hint).toContainText("SQS");
    await expect(hint).toContainText("疎結合アーキテクチャの実現");
    // Names of the neighbourhood show while the pointer is there, as many as find room.
    const s = await canvasState(page);
    expect(s.named.map((n) => n.id)).toContain("sqs");
    expect(s.named.filter((n) => near.includes(n.id)).length).toBeGreaterThanOrEqual(6);
    expect(overlapping(s.named)).toEqual([]);
    await page.mouse.move(5, 5);
    await expect.poll(() => drawnWith(page, "node.hovered")).toEqual([]);

    const box = page.getByRole("searchbox");
    await box.click();
    await box.fill("Route 53");
    await expect(page.getByRole("option").first()).toContainText("Route 53");
    await expect.poll(() => drawnWith(page, "node.hovered")).toEqual(["route-53"]);
    await expect(page.getByRole("tooltip")).toContainText("Route 53");
  });
});

test("a name longer than its kind's width is drawn cut with an ellipsis, within that width (canvas/labels.ts cutName)", async ({ page }) => {
  await page.goto("/");
  await graphDrawn(page);
  const cut = await page.evaluate(() => {
    type N = { id(): string; data(k: string): string; style(p: string): string; boundingBox(o: object): { w: number } };
    const cy = (window as unknown as { __cy: { nodes(): { toArray(): N[] } } }).__cy;
    const base: Record<string, [number, number]> = { concept: [11, 120], service: [16, 220], topic: [16, 220], question: [14, 220] };
    return cy
      .nodes()
      .toArray()
      .filter((n) => n.data("display") !== n.data("name"))
      .map((n) => {
        const [font, width] = base[n.data("kind")]!;
        const scale = parseFloat(n.style("font-size")) / font;
        // (The label's box holds its outline, 2 units each side.)
        const drawn = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }).w - 4;
        return { id: n.id(), name: n.data("name"), display: n.data("display"), fits: drawn <= width * scale + 1, drawn, max: width * scale };
      });
  });
  expect(cut.length).toBeGreaterThan(0);
  for (const n of cut) {
    expect(n.display.endsWith("…"), n.id).toBe(true);
    expect(n.name.startsWith(n.display.slice(0, -1).trimEnd()), n.id).toBe(true);
    expect(n.fits, `${n.id}: "${n.display}" ${n.drawn} > ${n.max}`).toBe(true);
  }
});

test.describe("focus and depth", () => {
  test("depth 2 shows only the neighbourhood, laid out around the focus, every node named and none covering another", async ({ page }) => {
    await page.goto("/concept/sqs?focus=sqs&depth=2");
    await graphDrawn(page);
    await expect(page.locator(".canvas")).toHaveAttribute("data-layout", "focus");
    await settled(page);
    const expected = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { getElementById(id: string): { closedNeighborhood(): { closedNeighborhood(): { nodes(): { length: number } } } } } }).__cy;
      return cy.getElementById("sqs").closedNeighborhood().closedNeighborhood().nodes().length;
    });
    const s = await canvasState(page);
    expect(s.shown.length).toBe(expected);
    expect(s.named.map((n) => n.id).sort()).toEqual(s.shown.map((n) => n.id).sort());
    expect(overlapping(s.named)).toEqual([]);
    for (const n of s.shown) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(s.width);
      expect(n.y).toBeLessThanOrEqual(s.height);
    }
    // Readable, not dots: the view is close enough for every name.
    for (const n of s.named) expect(n.fontPx, n.id).toBeGreaterThanOrEqual(9);
    await expect(page).toHaveURL(/\/concept\/sqs\?focus=sqs&depth=2$/);
    await page.screenshot({ path: `${SHOTS}/depth-2.png` });

    // "All" puts every node back where the stored drawing has it.
    const stored = await (await page.request.get("/api/graph")).json();
    await page.getByRole("button", { name: /^All$/ }).click();
    await expect(page.locator(".canvas")).toHaveAttribute("data-layout", "stored");
    await settled(page);
    const back = await canvasState(page);
    for (const n of stored.nodes as { id: string; x: number; y: number }[]) {
      expect(back.positions[n.id]!.x).toBeCloseTo(n.x, 0);
      expect(back.positions[n.id]!.y).toBeCloseTo(n.y, 0);
    }
  });

  test("Expand adds a node's neighbours around it without moving what is on screen", async ({ page }) => {
    await page.goto("/concept/sqs?focus=sqs&depth=1");
    await graphDrawn(page);
    await settled(page);
    const before = await canvasState(page);
    await panel(page).locator('li[data-relation="contrasts"][data-other="kinesis"] a').first().click();
    await expect(page).toHaveURL(/\/concept\/kinesis\?focus=sqs&depth=1$/);
    await page.getByRole("button", { name: /^Expand$/ }).click();
    await expect(page).toHaveURL(/expand=kinesis/);
    await settled(page);
    const after = await canvasState(page);
    expect(after.shown.length).toBeGreaterThan(before.shown.length);
    for (const n of before.shown) {
      expect(after.positions[n.id]!.x, n.id).toBeCloseTo(before.positions[n.id]!.x, 0);
      expect(after.positions[n.id]!.y, n.id).toBeCloseTo(before.positions[n.id]!.y, 0);
    }
    expect(overlapping(after.named)).toEqual([]);
  });
});

test.describe("search in the graph", () => {
  test("matches are marked, the rest dimmed, the view goes to the best match; Escape closes the list, then clears", async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent("可視性タイムアウト")}`);
    await graphDrawn(page);
    await expect.poll(() => drawnWith(page, "node.match")).toEqual(["visibility-timeout"]);
    await settled(page);
    const dimmed = await drawnWith(page, "node.search-dim");
    const s = await canvasState(page);
    expect(dimmed.length).toBe(s.shown.length - 1);
    const best = s.shown.find((n) => n.id === "visibility-timeout")!;
    expect(Math.abs(best.x - s.width / 2)).toBeLessThan(s.width * 0.3);
    expect(Math.abs(best.y - s.height / 2)).toBeLessThan(s.height * 0.3);
    expect(s.named.map((n) => n.id)).toContain("visibility-timeout");

    const box = page.getByRole("searchbox");
    await box.click();
    await expect(page.getByRole("listbox")).toBeVisible();
    await box.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(box).toHaveValue("可視性タイムアウト");
    await box.press("Escape");
    await expect(box).toHaveValue("");
  });
});

test.describe("re-layout", () => {
  test("Re-layout draws anew, as readable as the stored drawing; Reset layout brings the stored one back", async ({ page }) => {
    await page.goto("/");
    await graphDrawn(page);
    await settled(page);
    const stored = await canvasState(page);
    await page.getByRole("button", { name: "Re-layout" }).click();
    await expect(page.locator(".canvas")).toHaveAttribute("data-layout", "custom");
    await settled(page);
    const redrawn = await canvasState(page);
    const movedCount = Object.keys(stored.positions).filter((id) => Math.hypot(redrawn.positions[id]!.x - stored.positions[id]!.x, redrawn.positions[id]!.y - stored.positions[id]!.y) > 1).length;
    expect(movedCount).toBeGreaterThan(10);
    expect(overlapping(redrawn.named)).toEqual([]);
    const big = (st: typeof stored) => st.named.filter((n) => n.kind === "service" || n.kind === "topic").length;
    // (Names placed in a new drawing vary by one from run to run. On the seed the stored drawing names
    // 71 services and topics, the redrawn one 62–63 — it named 61–62 of 68 when the stored one named
    // fewer —, so the bar is 85 % of the stored drawing's.)
    expect(big(redrawn)).toBeGreaterThanOrEqual(Math.floor(big(stored) * 0.85));
    await page.getByRole("button", { name: "Reset layout" }).click();
    await expect(page.locator(".canvas")).toHaveAttribute("data-layout", "stored");
    await settled(page);
    const reset = await canvasState(page);
    for (const id of Object.keys(stored.positions)) {
      expect(reset.positions[id]!.x, id).toBeCloseTo(stored.positions[id]!.x, 0);
      expect(reset.positions[id]!.y, id).toBeCloseTo(stored.positions[id]!.y, 0);
    }
  });
});

test.describe("the note behind every claim", () => {
  test("a file:line opens the note there, the line marked and in view, its names linked", async ({ page }) => {
    await page.goto("/concept/sqs");
    const evidence = panel(page).locator('li[data-relation="contrasts"][data-other="kinesis"] .evidence > a.source');
    const cited = await evidence.textContent();
    const line = Number(/:(\d+)$/.exec(cited ?? "")![1]);
    await evidence.click();
    await expect(page).toHaveURL(new RegExp(`/notes/aws-notes\\.md#L${line}$`));
    const row = page.locator(`#L${line}`);
    await expect(row).toHaveClass(/note-target/);
    await expect(row).toBeInViewport();
    await expect(row).toContainText("SQSとの違いは");
    await expect(row.locator('a[data-node="sqs"]')).toHaveAttribute("href", "/concept/sqs");
    await expect(panel(page).locator(".note-line")).toHaveCount(await page.evaluate(() => document.querySelectorAll(".note-line").length));
    await page.screenshot({ path: `${SHOTS}/note-view.png` });
    // The link works from a fresh page too (the server renders the note; the browser scrolls to the line).
    await page.goto(`/notes/aws-notes.md#L${line}`);
    await expect(page.locator(`#L${line}`)).toBeInViewport();
  });

  test("'also stated in N more places' opens to those places; a node lists the lines that name it", async ({ page }) => {
    await page.goto("/concept/sqs");
    const more = panel(page).locator('li[data-relation="contrasts"][data-other="sns"] details.more-evidence');
    await expect(more.locator("summary")).toHaveText(/also stated in 1 more place/);
    await more.locator("summary").click();
    await expect(more.locator("li a.source")).toHaveAttribute("href", /^\/notes\/aws-notes\.md#L\d+$/);
    await page.goto("/concept/sns");
    const named = panel(page).locator("details.mentioned-in");
    await named.locator("summary").click();
    await expect(named.locator("li").first()).toContainText("VPC外のサービス");
    await expect(named.locator("li a.source").first()).toHaveAttribute("href", "/notes/aws-notes.md#L6");
  });

  test("a note's text is text, and only the build's notes can be opened", async ({ page, request }) => {
    await page.goto("/notes/hostile.md#L2");
    await expect(page.locator("#L2")).toContainText('<script>window.__pwned = true; alert("pwned")</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await expect(panel(page).locator("script, img")).toHaveCount(0);
    for (const path of ["/notes/nope.md", "/notes/..%2F..%2Fetc%2Fpasswd", "/notes/%2Fetc%2Fpasswd"]) expect((await request.get(path)).status(), path).toBe(404);
  });
});

test.describe("Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("relations read in Japanese order, and topics have English names and plain addresses", async ({ page }) => {
    await page.goto("/concept/sqs");
    await expect(panel(page).locator('li[data-relation="contrasts"][data-other="kinesis"] .relation-line')).toHaveText(/Kinesis\s*と対比/);
    await expect(panel(page).locator('li[data-relation="part_of"][data-other="fifo-queue"] .relation-line')).toHaveText(/FIFO queue.*を含む/);
    await page.goto("/concept/other-services");
    await expect(panel(page).getByRole("heading", { level: 1 })).toHaveText("Other services");
    await expect(panel(page).locator(".concept-ja")).toHaveText("その他のサービス");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  async function onTop(page: Page, selector: string): Promise<boolean> {
    return page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const b = el.getBoundingClientRect();
      const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      return !!hit && (el === hit || el.contains(hit));
    }, selector);
  }

  test("the sheet collapses, half-opens and fills by its grip; legend, neighbourhood and zoom stay reachable above it", async ({ page }) => {
    await page.goto("/concept/sqs");
    await graphDrawn(page);
    const sheet = page.locator("#panel");
    await expect(sheet).toHaveAttribute("data-sheet", "half");
    for (const sel of [".neighbourhood", ".legend summary", '.controls button[aria-label="Zoom in"]']) expect(await onTop(page, sel), sel).toBe(true);
    await page.locator(".legend summary").click();
    expect(await onTop(page, ".legend fieldset")).toBe(true);
    await page.locator(".legend summary").click();

    const grip = page.locator(".sheet-handle");
    const g = (await grip.boundingBox())!;
    await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
    await page.mouse.down();
    await page.mouse.move(g.x + g.width / 2, 80, { steps: 8 });
    await page.mouse.up();
    await expect(sheet).toHaveAttribute("data-sheet", "full");
    const g2 = (await grip.boundingBox())!;
    await page.mouse.move(g2.x + g2.width / 2, g2.y + g2.height / 2);
    await page.mouse.down();
    await page.mouse.move(g2.x + g2.width / 2, 830, { steps: 8 });
    await page.mouse.up();
    await expect(sheet).toHaveAttribute("data-sheet", "collapsed");
    await grip.press("Enter");
    await expect(sheet).toHaveAttribute("data-sheet", "half");
  });

  test("a tap takes the node under the finger, and names are readable at the selection's zoom", async ({ page }) => {
    await page.goto("/concept/sqs");
    await graphDrawn(page);
    await settled(page);
    const at = await page.evaluate(() => (window as unknown as { __cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } }).__cy.getElementById("sqs").renderedPosition());
    const origin = await canvasOrigin(page);
    // A finger lands a few pixels off the centre.
    await page.touchscreen.tap(origin.x + at.x + 4, origin.y + at.y + 5);
    await expect(page).toHaveURL(/\/concept\/sqs$/);
    const s = await canvasState(page);
    const sqs = s.named.find((n) => n.id === "sqs");
    expect(sqs).toBeDefined();
    for (const n of s.named) expect(n.fontPx, n.id).toBeGreaterThanOrEqual(10);
    expect(overlapping(s.named)).toEqual([]);
    const sheetTop = (await page.locator("#panel").boundingBox())!.y;
    expect(origin.y + sqs!.box.y2).toBeLessThan(sheetTop);
    await page.screenshot({ path: `${SHOTS}/phone-concept.png` });
  });
});
