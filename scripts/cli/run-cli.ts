// The error boundary of every command: expected failures print one clear line and exit 1;
// anything else prints its message too (the stack only with DEBUG=1), never a bare trace.

import { NotesFolderError } from "../../lib/io/read-notes";
import { DatabaseUrlError } from "../../lib/store/database-url";
import { StoreError } from "../../lib/store/open-store";
import { VocabularyError } from "../../lib/vocab/merge-vocabulary";

export class UsageError extends Error {}

const EXPECTED = [UsageError, NotesFolderError, DatabaseUrlError, StoreError, VocabularyError];

export function runCli(name: string, main: () => Promise<number | void>): void {
  // A closed pipe (… | head) is the reader's choice, not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  main()
    .then((code) => {
      process.exitCode = code ?? 0;
    })
    .catch((e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      if (EXPECTED.some((c) => err instanceof c)) process.stderr.write(`${name}: ${err.message}\n`);
      else {
        const firstLine = err.message.split("\n").find((l) => l.trim()) ?? err.name;
        process.stderr.write(`${name}: unexpected error: ${firstLine.trim()}\n`);
        if (process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
        else process.stderr.write(`${name}: run again with DEBUG=1 for details\n`);
      }
      process.exitCode = 1;
    });
}
