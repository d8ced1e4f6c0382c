// Reads the vocabulary folder (VOCAB_DIR, default ./vocab): every *.json file below it.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { mergeVocabulary, VocabularyError } from "../vocab/merge-vocabulary";
import type { Vocabulary, VocabularySource } from "../vocab/types";

export const DEFAULT_VOCAB_DIR = path.join(process.cwd(), "vocab");

function jsonFilesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) out.push(...jsonFilesBelow(full));
    else if (name.endsWith(".json")) out.push(full);
  }
  return out;
}

export function readVocabulary(dir: string = process.env.VOCAB_DIR || DEFAULT_VOCAB_DIR): Vocabulary {
  let files: string[];
  try {
    files = jsonFilesBelow(dir);
  } catch {
    throw new VocabularyError(`vocabulary folder ${dir} cannot be read (set VOCAB_DIR to a folder of vocabulary JSON files)`);
  }
  const sources: VocabularySource[] = files.map((file) => {
    const rel = path.relative(process.cwd(), file) || file;
    try {
      return { path: rel, data: JSON.parse(readFileSync(file, "utf8")) as unknown };
    } catch (e) {
      throw new VocabularyError(`${rel}: not valid JSON (${(e as Error).message})`);
    }
  });
  return mergeVocabulary(sources);
}
