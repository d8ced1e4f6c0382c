// A file written piece by piece and put in place at once. The caches a build leaves are megabytes
// of JSON (aws-study's: 10 MB parsed notes, 5 MB matching): made as one string, then one buffer,
// they added about 30 MB to the heap at the end of its build; piece by piece, about 7 MB, in the
// same time. (Not the build's peak, which comes while its graph is stored.)

import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * Writes `chunks` one after another into a file beside `file`, then renames it over `file`, so a
 * reader finds the old file or the whole new one. Gives false (and leaves `file` as it was) when
 * it cannot, or when `chunks` stops it by returning false from `more` (too large to be worth it).
 */
export function writeChunksAtomically(file: string, chunks: Iterable<string>, more: (written: number) => boolean = () => true): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(tmp, "w");
    let written = 0;
    for (const chunk of chunks) {
      written += chunk.length;
      if (!more(written)) throw new Error("too large");
      writeSync(fd, chunk);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    return true;
  } catch {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    return false;
  }
}
