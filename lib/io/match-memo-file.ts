// The watcher's memory of the build before (lib/extract/mention-memo.ts), kept on disk for the
// next `npm run build:graph`: one JSON file per notes folder under .cache/match/, written
// atomically, belonging to one version of the code (another version's file is ignored).

import { readFileSync } from "node:fs";
import path from "node:path";
import { MentionMemo } from "../extract/mention-memo";
import { cacheFileOf } from "./parse-cache-file";
import { writeChunksAtomically } from "./write-chunks";

/** Past this size the file would cost more to read and write than matching again saves. */
const MAX_CHARS = 200_000_000;

export class MatchMemoFile {
  private readonly file: string;

  constructor(
    notesDir: string,
    private readonly codeVersion = "",
    cacheDir = path.join(process.cwd(), ".cache", "match"),
  ) {
    this.file = cacheFileOf(notesDir, cacheDir);
  }

  /** The memo of the last build of this folder by this code, or an empty one. */
  load(): MentionMemo {
    try {
      const text = readFileSync(this.file, "utf8");
      const versionEnd = text.indexOf("\n");
      if (versionEnd < 0 || text.slice(0, versionEnd) !== this.codeVersion) return new MentionMemo();
      return MentionMemo.deserialize(text.slice(versionEnd + 1));
    } catch {
      return new MentionMemo();
    }
  }

  /** Writes the memo a piece at a time (a memo that cannot be written only costs time next build). */
  save(memo: MentionMemo): void {
    const version = this.codeVersion;
    writeChunksAtomically(
      this.file,
      (function* () {
        yield `${version}\n`;
        yield* memo.serializeJson();
      })(),
      (written) => written <= MAX_CHARS,
    );
  }
}
