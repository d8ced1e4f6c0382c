// The databases the store and the command line are tested on: SQLite always, and PostgreSQL when
// PG_TEST_URL points at a server (CI starts one with scripts/start-postgres.sh).

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export interface TestDatabase {
  name: "sqlite" | "postgresql";
  /** A fresh, empty database. */
  create(label: string): Promise<string>;
  dropAll(): Promise<void>;
}

const sqlite: TestDatabase = {
  name: "sqlite",
  async create(label) {
    return `file:${path.join(mkdtempSync(path.join(tmpdir(), "kg-db-")), `${label}.db`)}`;
  },
  async dropAll() {},
};

function postgres(adminUrl: string): TestDatabase {
  const created: string[] = [];
  const admin = async <T>(f: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await f(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: "postgresql",
    async create(label) {
      const name = `kg_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${process.pid}_${created.length}`;
      await admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${name}"`);
        await c.query(`CREATE DATABASE "${name}"`);
      });
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropAll() {
      await admin(async (c) => {
        for (const name of created.splice(0)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

export const TEST_DATABASES: TestDatabase[] = [sqlite, ...(process.env.PG_TEST_URL ? [postgres(process.env.PG_TEST_URL)] : [])];
