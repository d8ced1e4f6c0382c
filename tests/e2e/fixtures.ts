import { expect, test as base, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";

export const SHOTS = "test-results/screenshots";
mkdirSync(SHOTS, { recursive: true });

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        // (With the resource's address: "Failed to load resource: … 404" alone does not say which.)
        if (m.type() === "error") errors.push(m.location().url ? `${m.text()} (${m.location().url})` : m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function graphDrawn(page: Page) {
  await expect(page.locator(".canvas")).toHaveAttribute("data-status", "ready", { timeout: 20_000 });
}

export const panel = (page: Page) => page.locator("#panel");

/** Ids of the nodes drawn with a class (selected, dim, out…). */
export function drawnWith(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => (window as unknown as { __cy: { $(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } }).__cy.$(sel).map((n) => n.id()), selector);
}
