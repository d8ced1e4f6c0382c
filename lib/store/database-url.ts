// Where the graph lives: DATABASE_URL, SQLite by default (a file under data/).

import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/graph.db";

export type DatabaseConfig = { provider: "sqlite"; url: string; file: string } | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {}

/** Parses DATABASE_URL; relative SQLite paths are taken from `cwd` (the project folder). */
export function parseDatabaseUrl(raw: string | undefined, cwd: string): DatabaseConfig {
  const url = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const m = /^(?:file:|sqlite:)(.+)$/i.exec(url);
  if (!m || !m[1]) throw new DatabaseUrlError(`DATABASE_URL "${url}" is not supported: use file:./path/to/graph.db (SQLite) or postgresql://user:password@host/db`);
  const file = path.resolve(cwd, m[1].replace(/^\/\/(?=\/)/, "").replace(/\?.*$/, ""));
  return { provider: "sqlite", url: `file:${file}`, file };
}
