import Link from "next/link";
import type { NodeRef } from "@/lib/serve/concept-view";

export function NodeLink({ node, query = "" }: { node: NodeRef; query?: string }) {
  return (
    <Link href={`/concept/${node.id}${query}`} scroll={false}>
      {node.label}
      {node.labelJa && node.labelJa !== node.label ? ` (${node.labelJa})` : ""}
    </Link>
  );
}

export function Source({ file, line, label }: { file: string; line: number; label: string }) {
  return (
    <span className="source">
      <span className="visually-hidden">{label}: </span>
      {file}:{line}
    </span>
  );
}
