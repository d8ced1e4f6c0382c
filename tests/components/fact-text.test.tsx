// Notes are untrusted: what they contain is shown as text, never run.

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FactText } from "../../components/concept/fact-text";

const html = (text: string) => renderToStaticMarkup(<FactText text={text} />);

describe("a fact from the notes", () => {
  it("shows a <script> as text", () => {
    const out = html('Injected: <script>alert("x")</script> done');
    expect(out).not.toContain("<script");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(out).toContain("done");
  });

  it("shows HTML blocks and event handlers as text", () => {
    expect(html('<img src=x onerror="alert(1)">')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html("<iframe src=//evil></iframe>")).not.toContain("<iframe");
  });

  it("keeps Markdown emphasis and safe links, and drops javascript: links", () => {
    expect(html("**bold** and `code`")).toBe("<p><strong>bold</strong> and <code>code</code></p>");
    expect(html("[docs](https://docs.aws.amazon.com/)")).toContain('href="https://docs.aws.amazon.com/"');
    const js = html("[click](javascript:alert(1))");
    expect(js).not.toContain("javascript:");
    expect(js).toContain("click");
  });

  it("shows [[wikilinks]] by their text", () => {
    expect(html("see [[ALIAS record|ALIAS]] and [[Route 53]]")).toBe("<p>see ALIAS and Route 53</p>");
  });
});
