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
 * Copies rows of one build into another inside the database: `pairs` are [new id, id in the build
 * copied from]. A rebuild that changed a few lines shares most of its rows with the build before:
 * measured on aws-study, copying its 10,000 edges and 16,500 facts took 140 ms, sending them as
 * JSON 620 ms.
 */
export function copyRowsSql(provider: Provider, table: string, columns: [name: string, type: ColumnType][]): string {
  const [, idType] = columns[1]!;
  const rest = columns.slice(2);
  const names = columns.map(([c]) => `"${c}"`).join(", ");
  const copied = rest.map(([c]) => `e."${c}"`).join(", ");
  if (provider === "sqlite") {
    // CROSS JOIN keeps the pairs the outer loop, each row found by its key: left to choose, SQLite
    // scanned the build's rows for every pair (aws-study's copy took 243 s).
    return `INSERT INTO "${table}" (${names}) SELECT ?, m.value ->> 0, ${copied} FROM json_each(CAST(? AS TEXT)) AS m CROSS JOIN "${table}" AS e ON e."buildId" = ? AND e."id" = m.value ->> 1`;
  }
  const cast = PG_TYPE[idType];
  return `INSERT INTO "${table}" (${names}) SELECT $1, (m ->> 0)::${cast}, ${copied} FROM json_array_elements(convert_from($2, 'UTF8')::json) AS m JOIN "${table}" AS e ON e."buildId" = $3 AND e."id" = (m ->> 1)::${cast}`;
}

/**
 * The same for rows numbered by integers, as runs: [shift, first old id, last old id] copies the
 * old rows first…last as old id + shift. A rebuild that changed a few lines shifts the ids after
 * them by as many: its 25,000 shared rows are a few runs, each found by a range of the key
 * (aws-study: 60–80 ms a table as pairs).
 */
export function copyRunsSql(provider: Provider, table: string, columns: [name: string, type: ColumnType][]): string {
  const names = columns.map(([c]) => `"${c}"`).join(", ");
  const copied = columns
    .slice(2)
    .map(([c]) => `e."${c}"`)
    .join(", ");
  if (provider === "sqlite") return `INSERT INTO "${table}" (${names}) SELECT ?, e."id" + (r.value ->> 0), ${copied} FROM json_each(CAST(? AS TEXT)) AS r CROSS JOIN "${table}" AS e ON e."buildId" = ? AND e."id" BETWEEN r.value ->> 1 AND r.value ->> 2`;
  return `INSERT INTO "${table}" (${names}) SELECT $1, e."id" + (r ->> 0)::integer, ${copied} FROM json_array_elements(convert_from($2, 'UTF8')::json) AS r JOIN "${table}" AS e ON e."buildId" = $3 AND e."id" BETWEEN (r ->> 1)::integer AND (r ->> 2)::integer`;
}

/** [new id, old id] pairs of integer ids as runs ([shift, first old id, last old id]) where both go up by one together. */
export function idRuns(pairs: readonly [number, number][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const [to, from] of pairs) {
    const last = runs.at(-1);
    if (last && last[0] === to - from && last[2] === from - 1) last[2] = from;
    else runs.push([to - from, from, from]);
  }
  return runs;
}

/** Copies the rows `pairs` name ([new id, old id]) from build `from` into build `to` (columns as for insertRows, buildId and id first). */
export async function copyRows(db: RawExecutor, provider: Provider, table: string, columns: [name: string, type: ColumnType][], from: number, to: number, pairs: readonly [string | number, string | number][]): Promise<void> {
  if (columns[1]![1] === "int") {
    const runs = idRuns(pairs as [number, number][]);
    const sql = copyRunsSql(provider, table, columns);
    for (let i = 0; i < runs.length; i += ROWS_PER_STATEMENT) await db.$executeRawUnsafe(sql, to, new Uint8Array(Buffer.from(JSON.stringify(runs.slice(i, i + ROWS_PER_STATEMENT)))), from);
    return;
  }
  const sql = copyRowsSql(provider, table, columns);
  for (let i = 0; i < pairs.length; i += ROWS_PER_STATEMENT) {
    await db.$executeRawUnsafe(sql, to, new Uint8Array(Buffer.from(JSON.stringify(pairs.slice(i, i + ROWS_PER_STATEMENT)))), from);
  }
}
