// What the notes write as inline code (`npm run dev`, `curl`, `-v $(pwd):/work`), by name key:
// read once per build, by the rules (a tool's commands are no alternatives) and by the labels
// (a command is shown as written).

import { inlineCodeTexts } from "../parse/inline";
import { nameKey } from "../text/normalize";
import type { LineWork } from "./model";

const byLines = new WeakMap<readonly LineWork[], Set<string>>();

export function inlineCodeKeys(lines: readonly LineWork[]): Set<string> {
  let keys = byLines.get(lines);
  if (!keys) {
    keys = new Set();
    for (const l of lines) for (const code of inlineCodeTexts(l.note)) keys.add(nameKey(code));
    byLines.set(lines, keys);
  }
  return keys;
}
