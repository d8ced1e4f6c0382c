import { EDGE_KINDS, NODE_KINDS } from "../graph/types";
import type { Warning } from "../parse/types";
import type { BuildSummary } from "./run-pipeline";

export function formatWarning(w: Warning): string {
  return `${w.file}${w.line !== undefined ? `:${w.line}` : ""}: ${w.message}`;
}

/** The closing report of a build: files, nodes and edges by kind, warnings, time. */
export function formatSummary(s: BuildSummary, seconds: number, target: string): string {
  const byKind = (kinds: readonly string[], counts: Record<string, number | undefined>) =>
    kinds.filter((k) => counts[k]).map((k) => `${k} ${counts[k]}`).join(", ") || "none";
  const lines = [
    `Built the graph from ${s.files} file${s.files === 1 ? "" : "s"}${s.filesSkipped ? ` (${s.filesSkipped} skipped)` : ""} in ${seconds.toFixed(2)} s → ${target}`,
    `  nodes ${s.nodes}: ${byKind(NODE_KINDS, s.nodesByKind)}`,
    `  edges ${s.edges}: ${byKind(EDGE_KINDS, s.edgesByKind)}`,
    `  time ${Object.entries(s.timingsMs).map(([k, v]) => `${k} ${v} ms`).join(", ")}`,
    `  warnings ${s.warnings.length}${s.warnings.length ? ":" : ""}`,
    ...s.warnings.slice(0, 50).map((w) => `    ${formatWarning(w)}`),
  ];
  if (s.warnings.length > 50) lines.push(`    … and ${s.warnings.length - 50} more`);
  return lines.join("\n");
}
