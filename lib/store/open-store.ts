// Opens the graph store through Prisma with a driver adapter (no native query engine).

import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/sqlite/client";
import { parseDatabaseUrl, type DatabaseConfig } from "./database-url";
import { migrateSqlite, readMigrations } from "./migrate-sqlite";

export type GraphDb = InstanceType<typeof PrismaClient>;

export interface Store {
  db: GraphDb;
  config: DatabaseConfig;
  close(): Promise<void>;
}

export class StoreError extends Error {}

export interface OpenStoreOptions {
  /** Apply pending migrations first (the build does; the app only reads). */
  migrate?: boolean;
  projectDir?: string;
}

export async function openStore(databaseUrl: string | undefined, options: OpenStoreOptions = {}): Promise<Store> {
  const projectDir = options.projectDir ?? process.cwd();
  const config = parseDatabaseUrl(databaseUrl, projectDir);
  if (config.provider !== "sqlite") throw new StoreError(`DATABASE_URL: ${config.provider} is not supported yet`);
  if (options.migrate) {
    try {
      migrateSqlite(config.file, readMigrations(path.join(projectDir, "prisma", "migrations")));
    } catch (e) {
      throw new StoreError(`cannot prepare the database ${config.file}: ${(e as Error).message}`);
    }
  }
  const adapter = new PrismaBetterSQLite3({ url: config.url, timeout: 15_000 });
  const db = new PrismaClient({ adapter });
  return { db, config, close: () => db.$disconnect() };
}
