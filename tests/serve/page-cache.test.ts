// A page is kept only as the page of the build it shows. The server learns of a new build on its
// own clock, a moment apart from the app loading it: a page rendered in between shows the other
// build, and kept under this build's key it would be served stale until the next build.

import { describe, expect, it } from "vitest";
import { cacheablePage, PageCache, pageKey, pageToKeep, renderedBuild } from "../../lib/serve/page-cache";

const page = (build: number, text: string) => `<!DOCTYPE html><html><head><meta name="graph-build" content="${build}"/></head><body>${text}</body></html>`;

describe("the page cache", () => {
  it("reads which build a page shows", () => {
    expect(renderedBuild(page(7, "SQS"))).toBe(7);
    expect(renderedBuild("<html><body>no marker</body></html>")).toBeUndefined();
  });

  it("keeps a page only for the build it shows", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    expect(pageToKeep(3, 200, html, Buffer.from(page(3, "SQS")))?.body.toString()).toContain("SQS");
    // Rendered while the app still served build 2, asked for as build 3's page.
    expect(pageToKeep(3, 200, html, Buffer.from(page(2, "SQS")))).toBeUndefined();
    expect(pageToKeep(3, 200, html, Buffer.from("<html><body>no marker</body></html>"))).toBeUndefined();
    expect(pageToKeep(3, 404, html, Buffer.from(page(3, "gone")))).toBeUndefined();
    expect(pageToKeep(3, 200, { "content-type": "application/json" }, Buffer.from("{}"))).toBeUndefined();
  });

  it("keys a page by build, language and address, and forgets other builds' pages", () => {
    const req = { method: "GET", url: "/concept/sqs", headers: {} };
    const cache = new PageCache();
    cache.useBuild(2);
    cache.set(pageKey(req, 2, "en")!, cacheablePage(200, { "content-type": "text/html" }, page(2, "SQS")));
    expect(cache.get(pageKey(req, 2, "en")!)).toBeDefined();
    expect(pageKey(req, 2, "ja")).not.toBe(pageKey(req, 2, "en"));
    cache.useBuild(3);
    expect(cache.get(pageKey(req, 2, "en")!)).toBeUndefined();
    // Client-side navigations ask for another payload than the page's HTML.
    expect(pageKey({ ...req, headers: { rsc: "1" } }, 3, "en")).toBeNull();
  });
});
