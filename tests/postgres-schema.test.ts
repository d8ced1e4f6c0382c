// prisma/postgres/schema.prisma must stay what scripts/derive-postgres-schema.mjs makes of
// prisma/schema.prisma: one schema, two providers, the same migrations.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { derivePostgresSchema } from "../scripts/derive-postgres-schema.mjs";
import { ROOT } from "./helpers/seed";

it("the PostgreSQL schema is derived from the SQLite one", () => {
  const source = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  const derived = readFileSync(path.join(ROOT, "prisma/postgres/schema.prisma"), "utf8");
  expect(derived).toBe((derivePostgresSchema as (s: string) => string)(source));
  expect(derived).toContain('provider = "postgresql"');
});

it("both providers have the same migrations", () => {
  const names = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((n) => !n.endsWith(".toml")).sort();
  expect(names("prisma/postgres/migrations")).toEqual(names("prisma/migrations"));
});
