// Opens the graph store through Prisma with a driver adapter (no native query engine):
// SQLite (better-sqlite3) by default, PostgreSQL (pg) for DATABASE_URL=postgresql://…

import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/sqlite/client";
import { parseDatabaseUrl, type DatabaseConfig } from "./database-url";
import { migrateSqlite, readMigrations } from "./migrate-sqlite";

/**
 * Both generated clients have the same models and methods (one schema, two providers); the code
 * is written once against the SQLite client's types.
 */
export type GraphDb = InstanceType<typeof PrismaClient>;

export interface Store {
  db: GraphDb;
  config: DatabaseConfig;
  close(): Promise<void>;
}

export class StoreError extends Error {}

/** Which database each opened client speaks to (the reads that use its own SQL ask). */
const providers = new WeakMap<object, DatabaseConfig["provider"]>();

/** The database `db` was opened on (openStore's clients; any other is taken for SQLite, the default). */
export function providerOf(db: GraphDb): DatabaseConfig["provider"] {
  return providers.get(db) ?? "sqlite";
}

export interface OpenStoreOptions {
  /** Apply pending migrations first (the build does; the app only reads). */
  migrate?: boolean;
  projectDir?: string;
}

function describe(e: unknown): string {
  const err = e as { message?: string; code?: string };
  return err.code === "ECONNREFUSED" ? "connection refused (is the server running?)" : (err.message ?? String(e)).split("\n")[0]!;
}

export async function openStore(databaseUrl: string | undefined, options: OpenStoreOptions = {}): Promise<Store> {
  const projectDir = options.projectDir ?? process.cwd();
  const config = parseDatabaseUrl(databaseUrl, projectDir);
  if (config.provider === "postgresql") {
    // Loaded only for PostgreSQL: pg and its adapter take 50–65 ms of every SQLite run's start.
    const [{ PrismaPg }, { PrismaClient: PostgresClient }, { migratePostgres }] = await Promise.all([import("@prisma/adapter-pg"), import("../generated/postgres/client"), import("./migrate-postgres")]);
    if (options.migrate) {
      try {
        await migratePostgres(config.url, readMigrations(path.join(projectDir, "prisma", "postgres", "migrations")));
      } catch (e) {
        throw new StoreError(`cannot prepare the PostgreSQL database: ${describe(e)}`);
      }
    }
    const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) }) as unknown as GraphDb;
    providers.set(db, "postgresql");
    return { db, config, close: () => db.$disconnect() };
  }
  if (options.migrate) {
    try {
      migrateSqlite(config.file, readMigrations(path.join(projectDir, "prisma", "migrations")));
    } catch (e) {
      throw new StoreError(`cannot prepare the database ${config.file}: ${describe(e)}`);
    }
  }
  const adapter = new PrismaBetterSQLite3({ url: config.url, timeout: 15_000 });
  const db = new PrismaClient({ adapter });
  providers.set(db, "sqlite");
  return { db, config, close: () => db.$disconnect() };
}
