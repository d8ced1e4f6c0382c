// A vocabulary's fingerprint: what caches of work that depends on it (parsed notes, matching)
// are keyed by, so that a changed word list never meets results made with the old one.

import { createHash } from "node:crypto";
import type { Vocabulary } from "./types";

export function vocabularyFingerprint(vocabulary: Vocabulary, salt = ""): string {
  return createHash("sha256").update(`${salt}\n${JSON.stringify(vocabulary)}`).digest("hex").slice(0, 16);
}
