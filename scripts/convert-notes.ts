// npm run notes:convert -- <notes.txt> [out.md] — writes the Markdown form of plain-text notes.

import { readFileSync, writeFileSync } from "node:fs";
import { readVocabulary } from "../lib/io/read-vocabulary";
import { decodeNote } from "../lib/parse/decode";
import { plainTextToMarkdown } from "../lib/parse/plain-text-to-markdown";
import { compileLexicon } from "../lib/vocab/lexicon";
import { runCli, UsageError } from "./cli/run-cli";

runCli("notes:convert", async () => {
  const [input, output] = process.argv.slice(2);
  if (!input) throw new UsageError("usage: npm run notes:convert -- notes.txt [notes.md]");
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch {
    throw new UsageError(`cannot read ${input}`);
  }
  const decoded = decodeNote(input, bytes);
  if (!decoded.ok) throw new UsageError(`${input} ${decoded.warning.message}`);
  const md = plainTextToMarkdown(compileLexicon(readVocabulary()), decoded.text);
  if (output) writeFileSync(output, md);
  else process.stdout.write(md);
});
