// Applies prisma/postgres/migrations to a PostgreSQL database with the pg driver, recording them
// in Prisma's own _prisma_migrations table (same checksums). Prisma 6.19's schema engine cannot
// read PostgreSQL 15's catalog here ("Column type 'name' could not be deserialized"), while the
// SQL it writes with `migrate diff --script` applies cleanly. An advisory lock lets several app
// instances or builds start at once without racing each other.

import { createHash, randomUUID } from "node:crypto";
import type { Migration } from "./migrate-sqlite";

const LOCK = 4_211_775_001;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function migratePostgres(connectionString: string, migrations: Migration[]): Promise<string[]> {
  // Imported here: a bundle that holds this module for SQLite runs does not load pg at start.
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const done = new Set(
      (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map((r) => r.migration_name),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(m.sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`, [
          randomUUID(),
          createHash("sha256").update(m.sql).digest("hex"),
          m.name,
          started,
        ]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => {});
    await client.end();
  }
}
