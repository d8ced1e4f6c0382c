// Bulk rows travel as one parameter per statement: the rows as JSON in UTF-8 bytes, unpacked by
// the database itself (SQLite's json_each, PostgreSQL's json_array_elements). Prisma's query
// layer parses every request, and bound values cost it in proportion to their size, escapes
// most: measured here, a 9.6 MB JSON string took 750–1000 ms to pass, the same bytes as a
// Bytes value (base64 inside Prisma) 20 ms. One value per 5,000 rows stores 36,000 edges in a
// fraction of the time of one value per column (multi-row VALUES lists), which in turn beat
// createMany (2,000 facts: 90 ms against 570 ms).

export type Provider = "sqlite" | "postgresql";

/** How a column's JSON value becomes a SQL value (PostgreSQL needs the cast; SQLite has affinity). */
export type ColumnType = "int" | "text" | "float";

export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

const ROWS_PER_STATEMENT = 5_000;
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
 * Inserts one row per item (`toRow` gives its values in column order, null for NULL) in statements
 * of a few thousand rows; rows are made a statement at a time, so a large graph is never held
 * twice over as rows.
 */
export async function insertRows<T>(
  db: RawExecutor,
  provider: Provider,
  table: string,
  columns: [name: string, type: ColumnType][],
  items: readonly T[],
  toRow: (item: T) => unknown[],
): Promise<void> {
  const sql = bulkInsertSql(provider, table, columns);
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) {
    const rows = items.slice(i, i + ROWS_PER_STATEMENT).map(toRow);
    await db.$executeRawUnsafe(sql, new Uint8Array(Buffer.from(JSON.stringify(rows))));
  }
}

/**
 * Ends rows of a build: each row named by its key ([buildId, id], the build that wrote it) no
 * longer belongs to build `until` and those after it. One statement per few thousand rows.
 */
export async function endRows(db: RawExecutor, provider: Provider, table: string, idType: ColumnType, until: number, keys: readonly [number, string | number][]): Promise<void> {
  const sql =
    provider === "sqlite"
      ? `UPDATE "${table}" SET "untilBuildId" = ? WHERE ("buildId", "id") IN (SELECT value ->> 0, value ->> 1 FROM json_each(CAST(? AS TEXT)))`
      : `UPDATE "${table}" AS t SET "untilBuildId" = $1 FROM json_array_elements(convert_from($2, 'UTF8')::json) AS r WHERE t."buildId" = (r ->> 0)::integer AND t."id" = (r ->> 1)::${PG_TYPE[idType]}`;
  for (let i = 0; i < keys.length; i += ROWS_PER_STATEMENT) await db.$executeRawUnsafe(sql, until, new Uint8Array(Buffer.from(JSON.stringify(keys.slice(i, i + ROWS_PER_STATEMENT)))));
}
