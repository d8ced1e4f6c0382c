// Bulk rows travel as one parameter per statement: the rows as JSON in UTF-8 bytes, unpacked by
// the database itself (SQLite's json_each, PostgreSQL's json_array_elements). Prisma's query
// layer parses every request, and bound values cost it in proportion to their size, escapes
// most: measured here, a 9.6 MB JSON string took 750–1000 ms to pass, the same bytes as a
// Bytes value (base64 inside Prisma) 20 ms. One value per few thousand rows stores 36,000 edges
// in a fraction of the time of one value per column (multi-row VALUES lists), which in turn beat
// createMany (2,000 facts: 90 ms against 570 ms).
//
// A value is also kept under about half a megabyte. Prisma's engine runs in WebAssembly, whose
// memory grows to hold the largest value passed and never shrinks: an 8 MB value grew the process
// by 70 MB for good, half-megabyte ones by nothing after the first (aws-study's notes, 2.7 MB of
// text in one statement, had raised a cold build's peak by some 50 MB).

export type Provider = "sqlite" | "postgresql";

/** How a column's JSON value becomes a SQL value (PostgreSQL needs the cast; SQLite has affinity). */
export type ColumnType = "int" | "text" | "float";

export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

const ROWS_PER_STATEMENT = 5_000;
/** A statement's JSON value stops growing past this many characters (at most three bytes each). */
const CHARS_PER_STATEMENT = 160_000;
const PG_TYPE: Record<ColumnType, string> = { int: "integer", text: "text", float: "double precision" };

export function bulkInsertSql(provider: Provider, table: string, columns: [name: string, type: ColumnType][]): string {
  const names = columns.map(([c]) => `"${c}"`).join(", ");
  if (provider === "sqlite") {
    // CAST: a BLOB given to SQLite's JSON functions would be read as JSONB, not as text.
    const values = columns.map((_, i) => `value ->> ${i}`).join(", ");
    return `INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_each(CAST(? AS TEXT))`;
  }
  const values = columns.map(([, type], i) => `(r ->> ${i})::${PG_TYPE[type]}`).join(", ");
  return `INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_array_elements(convert_from($1, 'UTF8')::json) AS r`;
}

/**
 * The items as JSON arrays of a few thousand rows at most, and of about half a megabyte at most
 * (a longer row goes alone), each as UTF-8 bytes; rows are made a statement at a time.
 */
export function* jsonBatches<T>(items: readonly T[], toRow: (item: T) => unknown): Generator<Uint8Array> {
  let rows: string[] = [];
  let chars = 0;
  for (const item of items) {
    const row = JSON.stringify(toRow(item));
    if (rows.length > 0 && (rows.length >= ROWS_PER_STATEMENT || chars + row.length > CHARS_PER_STATEMENT)) {
      yield new Uint8Array(Buffer.from(`[${rows.join(",")}]`));
      rows = [];
      chars = 0;
    }
    rows.push(row);
    chars += row.length + 1;
  }
  if (rows.length > 0) yield new Uint8Array(Buffer.from(`[${rows.join(",")}]`));
}

/** Inserts one row per item (`toRow` gives its values in column order, null for NULL), in batches. */
export async function insertRows<T>(
  db: RawExecutor,
  provider: Provider,
  table: string,
  columns: [name: string, type: ColumnType][],
  items: readonly T[],
  toRow: (item: T) => unknown[],
): Promise<void> {
  const sql = bulkInsertSql(provider, table, columns);
  for (const batch of jsonBatches(items, toRow)) await db.$executeRawUnsafe(sql, batch);
}

/**
 * Ends rows of a build: each row named by its key ([buildId, id], the build that wrote it) no
 * longer belongs to build `until` and those after it. One statement per batch of keys.
 */
export async function endRows(db: RawExecutor, provider: Provider, table: string, idType: ColumnType, until: number, keys: readonly [number, string | number][]): Promise<void> {
  const sql =
    provider === "sqlite"
      ? `UPDATE "${table}" SET "untilBuildId" = ? WHERE ("buildId", "id") IN (SELECT value ->> 0, value ->> 1 FROM json_each(CAST(? AS TEXT)))`
      : `UPDATE "${table}" AS t SET "untilBuildId" = $1 FROM json_array_elements(convert_from($2, 'UTF8')::json) AS r WHERE t."buildId" = (r ->> 0)::integer AND t."id" = (r ->> 1)::${PG_TYPE[idType]}`;
  for (const batch of jsonBatches(keys, (k) => k)) await db.$executeRawUnsafe(sql, until, batch);
}

/**
 * Stores one long text value (an artifact: the search index is megabytes) in pieces of about
 * half a megabyte: `insert` writes the first, `append` adds each next to it.
 */
export async function writeInPieces(text: string, insert: (piece: Uint8Array) => Promise<unknown>, append: (piece: Uint8Array) => Promise<unknown>): Promise<void> {
  let start = 0;
  do {
    let end = Math.min(text.length, start + CHARS_PER_STATEMENT);
    // (Never between the two halves of a surrogate pair: each piece is valid UTF-8 on its own.)
    const next = text.charCodeAt(end);
    if (end < text.length && next >= 0xdc00 && next <= 0xdfff) end--;
    const piece = new Uint8Array(Buffer.from(text.slice(start, end)));
    await (start === 0 ? insert(piece) : append(piece));
    start = end;
  } while (start < text.length);
}
