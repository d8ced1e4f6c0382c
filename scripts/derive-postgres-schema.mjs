#!/usr/bin/env node
// prisma/postgres/schema.prisma is prisma/schema.prisma for PostgreSQL: same models, its own
// generated client. Run after changing the schema (a test checks the two agree).

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function derivePostgresSchema(sqliteSchema) {
  return (
    "// Generated from prisma/schema.prisma by scripts/derive-postgres-schema.mjs: edit that file instead.\n" +
    sqliteSchema.replace('provider = "sqlite"', 'provider = "postgresql"').replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgres"')
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  writeFileSync(path.join(root, "prisma/postgres/schema.prisma"), derivePostgresSchema(source));
}
