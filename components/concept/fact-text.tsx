import type { Nodes, Parent, Root } from "mdast";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";

// A line from the user's notes. Markdown is rendered to React elements, never to an HTML string;
// HTML written in a note is shown as the text it is (never interpreted), and link targets other
// than http(s), mailto and same-site ones are dropped.
const ALLOWED = ["p", "em", "strong", "del", "code", "a", "br", "ul", "ol", "li", "span"];

function safeUrl(url: string): string {
  return /^(https?:|mailto:|\/(?!\/)|#)/i.test(url) ? url : "";
}

/** remark plugin: HTML nodes become text nodes, so React escapes them like any text. */
function htmlAsText() {
  const visit = (node: Nodes) => {
    if (node.type === "html") (node as unknown as { type: string }).type = "text";
    if ("children" in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  return (tree: Root) => visit(tree);
}

/** [[Target|shown]] → shown; [[Target]] → Target. */
function withoutWikiLinks(text: string): string {
  return text.replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, "$2").replace(/\[\[([^\]]+)\]\]/g, "$1");
}

export function FactText({ text }: { text: string }) {
  return (
    <Markdown
      remarkPlugins={[remarkGfm, htmlAsText]}
      allowedElements={ALLOWED}
      unwrapDisallowed
      urlTransform={safeUrl}
      components={{ a: ({ href, children }) => (href ? <a href={href} rel="nofollow noopener noreferrer">{children}</a> : <span>{children}</span>) }}
    >
      {withoutWikiLinks(text)}
    </Markdown>
  );
}
