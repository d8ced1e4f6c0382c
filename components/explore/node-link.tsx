import Link from "next/link";
import type { Evidence } from "@/lib/graph/types";
import type { NodeRef } from "@/lib/serve/concept-view";

export function NodeLink({ node, query = "" }: { node: NodeRef; query?: string }) {
  return (
    <Link href={`/concept/${node.id}${query}`} scroll={false}>
      {node.label}
      {node.labelJa && node.labelJa !== node.label ? ` (${node.labelJa})` : ""}
    </Link>
  );
}

/** The note view of a file at a line: /notes/<path>#L<line>, each path segment encoded. */
export function noteHref(file: string, line: number): string {
  return `/notes/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}

/** file:line, linked to the note it cites. */
export function Source({ file, line, label }: { file: string; line: number; label: string }) {
  return (
    <Link className="source" href={noteHref(file, line)}>
      <span className="visually-hidden">{label}: </span>
      {file}:{line}
    </Link>
  );
}

/** The sentence behind a relation, its source, and the further places that state it (opened on demand). */
export function EvidenceQuote({ evidence, more, sourceLabel, moreLabel }: { evidence: Evidence; more: Evidence[]; sourceLabel: string; moreLabel: (n: number) => string }) {
  return (
    <blockquote className="evidence">
      {evidence.text}
      <Source file={evidence.file} line={evidence.line} label={sourceLabel} />
      {more.length > 0 && (
        <details className="more-evidence">
          <summary className="source">{moreLabel(more.length)}</summary>
          <ul>
            {more.map((m) => (
              <li key={`${m.file}:${m.line}:${m.text}`}>
                {m.text}
                <Source file={m.file} line={m.line} label={sourceLabel} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </blockquote>
  );
}
