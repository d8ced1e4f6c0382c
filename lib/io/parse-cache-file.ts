// The parse cache on disk: one JSON file per notes folder under .cache/parse/, holding the entries
// of the files seen in the last build only (so it never outgrows the notes), written atomically.
// It belongs to one version of the code: entries that another version wrote are dropped, since a
// changed parser may read the same bytes differently.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CachedParse, ParseCache } from "../pipeline/parse-cache";
import { writeChunksAtomically } from "./write-chunks";

/** The file under `cacheDir` that belongs to one notes folder. */
export function cacheFileOf(notesDir: string, cacheDir: string): string {
  return path.join(cacheDir, `${createHash("sha256").update(path.resolve(notesDir)).digest("hex").slice(0, 16)}.json`);
}

export class ParseCacheFile implements ParseCache {
  private readonly file: string;
  private readonly old = new Map<string, CachedParse>();
  private readonly used = new Map<string, CachedParse>();
  hits = 0;

  constructor(
    notesDir: string,
    /** Identifies the code that parses (the CLI passes a hash of its own bundle). */
    private readonly codeVersion = "",
    cacheDir = path.join(process.cwd(), ".cache", "parse"),
  ) {
    this.file = cacheFileOf(notesDir, cacheDir);
    try {
      const data = JSON.parse(readFileSync(this.file, "utf8")) as { version?: string; entries?: Record<string, CachedParse> };
      if (data.version === codeVersion && data.entries) for (const [k, v] of Object.entries(data.entries)) this.old.set(k, v);
    } catch {
      // no cache yet, or unreadable: start empty
    }
  }

  /**
   * Begins another build with this cache kept in memory (the watcher): what the last build used
   * is what this one may reuse, without reading the file again.
   */
  startBuild(): void {
    this.old.clear();
    for (const [k, v] of this.used) this.old.set(k, v);
    this.used.clear();
    this.hits = 0;
  }

  /** Holds an entry for this key (without counting it as used). */
  has(key: string): boolean {
    return this.old.has(key);
  }

  get(key: string): CachedParse | undefined {
    const v = this.old.get(key);
    if (v) {
      this.hits++;
      this.used.set(key, v);
    }
    return v;
  }

  set(key: string, value: CachedParse): void {
    this.used.set(key, value);
  }

  /** Writes what this build used, entry by entry (a cache that cannot be written only costs time next build). */
  save(): void {
    const version = this.codeVersion;
    const used = this.used;
    writeChunksAtomically(
      this.file,
      (function* () {
        // The JSON of { version, entries }, one entry at a time.
        yield `{"version":${JSON.stringify(version)},"entries":{`;
        let first = true;
        for (const [key, value] of used) {
          yield `${first ? "" : ","}${JSON.stringify(key)}:${JSON.stringify(value)}`;
          first = false;
        }
        yield "}}";
      })(),
    );
  }
}
