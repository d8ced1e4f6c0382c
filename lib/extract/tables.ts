// Tables in notes: which hold records and which compare things.

import { nfkc } from "../text/normalize";
import type { NoteLine } from "../parse/types";
import type { LineWork } from "./model";

/** One table of one note: its rows share the file, the section and the header. */
export function tableId(line: LineWork): string {
  return `${line.file}|${line.note.table?.header.join("|") ?? ""}|${line.section ?? ""}`;
}

/** A cell's shape: its digits and the separators inside numbers as "9", its letters as "a". */
const cellShape = (cell: string) => cell.replace(/\s+/g, "").replace(/\d[\d,]*/g, "9").replace(/\p{L}+/gu, "a");

/** Do at least four in five of these share one shape? */
function oneShape(cells: string[]): boolean {
  const counts = new Map<string, number>();
  for (const shape of cells.map(cellShape)) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  return Math.max(...counts.values()) * 5 >= cells.length * 4;
}

/**
 * A table of records, not a comparison: each of its columns holds one kind of value from row to
 * row, while a row's values are of different kinds (VPC | 10.0.0.0/22 | 10.0.0.0 - 10.0.3.255 |
 * 1,024 under 項目 | CIDR | ネットワーク範囲 | 総ホスト数: an address plan, whose header names what
 * is recorded of each row). In a comparison a row holds the compared things' values of one aspect
 * (vCPU | 2 | 4), and a column mixes kinds.
 */
export function recordsTable(rows: LineWork[], columns: number[]): boolean {
  const body = rows.map((r) => columns.map((i) => r.note.table!.cells[i]?.trim() ?? "")).filter((cells) => cells.some(Boolean));
  if (body.length < 3 || columns.length < 2) return false;
  return columns.every((_, j) => oneShape(body.map((cells) => cells[j]!))) && body.filter((cells) => !oneShape(cells)).length * 5 >= body.length * 4;
}


/** A value: a figure with at most a unit's letters beside it ("30%", "8/19 (42%)", "$0.023/GB"). */
const VALUE_CELL = /^(?=.*\d)[^\p{L}]*(?:\p{L}{1,3}[^\p{L}]*)?$/u;

/**
 * Does a column hold values, four cells in five? Under a header whose first column is named as
 * well ("Domain | Weight" over "Design Secure Architectures | 30%"), such a column is a measure of
 * each row's thing, not a thing set beside the others.
 */
export function valueColumn(rows: LineWork[], column: number): boolean {
  const cells = rows.map((r) => r.note.table!.cells[column]?.trim() ?? "").filter(Boolean);
  return cells.length > 0 && cells.filter((c) => VALUE_CELL.test(c)).length * 5 >= cells.length * 4;
}

/**
 * Where a row's text (parse/markdown.ts's tableRowText) writes its columns' headers: "Performance:
 * Cluster (Performance) = 10 Gbps / Spread (Resilience) = Standard" writes "Cluster (Performance)"
 * and "Spread (Resilience)" before its values. As [start, end) offsets in the line's text.
 */
export function headerSpans(line: LineWork): readonly [number, number][] {
  const table = line.note.table;
  if (!table) return [];
  // (Every build asks it of every row: kept per parsed line.)
  const kept = spansByLine.get(line.note);
  if (kept) return kept;
  const text = line.note.text;
  const spans: [number, number][] = [];
  for (const cell of table.header) {
    const header = nfkc(cell).trim();
    if (!header) continue;
    for (let at = text.indexOf(header); at >= 0; at = text.indexOf(header, at + 1)) {
      const opens = at === 0 || /(?:^|\s\/|:)\s$/.test(text.slice(Math.max(0, at - 3), at));
      if (opens && /^(?: = |: )/.test(text.slice(at + header.length, at + header.length + 3))) spans.push([at, at + header.length]);
    }
  }
  spansByLine.set(line.note, spans);
  return spans;
}

const spansByLine = new WeakMap<NoteLine, [number, number][]>();
