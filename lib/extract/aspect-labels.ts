// Labels that name an aspect, not a thing. Notes describe one thing after another in the same
// shape: "### Simple Routing / * **Logic**: One record mapped to a name", "### Failover Routing /
// * **Logic**: Implements an Active/Passive architecture", "## IAM Roles / * **Mechanism**: …STS",
// "## Aurora Global Database / * **Mechanism**: Replication happens at the storage level". Read as
// a term, such a label becomes one node ("Logic", "Mechanism", "Timeout") that gathers what the
// notes say of every thing it is written under, with one thing's line as its summary. A label of
// one word is therefore the aspect of each thing its line is under, in every note, when it is
// written under two or more different things the vocabulary knows ("Timeout: 15 minutes" under
// Lambda, "Timeout: 29 seconds" under API Gateway) — as aspect-headings.ts reads headings — or
// when one note writes it under three or more different things: the note's template. (Twice in a
// note proves nothing: exam notes list "Spread: …" under "Placement Groups" and again under
// "Network Performance Optimization", one placement strategy.)

import { nameKey, nfkc } from "../text/normalize";

/** One definition the notes write with a label: its label as written, its note, what it is under. */
export interface LabelledDefinition {
  /** One word (isOneWordLabel), as written. */
  label: string;
  /** What the label is grouped by (labelKey). */
  key: string;
  file: string;
  /** What the line is under: the section's thing, or the list item it continues. */
  owner: string;
  /** The owner is a thing the vocabulary knows. */
  known: boolean;
  /** The line opens its note, under its title and no other heading: where a template's fields go. */
  opening: boolean;
}

/**
 * One word, written as a word, not as a name: "Logic", "mechanism", "インバウンド",
 * "処理時間"; not "IAM", "gp3", "CloudWatch", "cfn-init" (written as names) nor a phrase ("Trust Policy").
 */
export function isOneWordLabel(label: string): boolean {
  const t = nfkc(label).trim();
  if (/^[A-Za-z][a-z]+$/.test(t)) return true;
  // (A short Japanese word or compound, no Latin letters: a longer run is a name as often as not.)
  return /^[\u3040-\u30ff\u3400-\u9fffー]{2,8}$/.test(t);
}

/** Different things one note writes a label under before it is its template. */
const TEMPLATE_OWNERS = 3;

/**
 * Notes that open with a label before it is their template's field: "- **日付**: …", "- **分野**:
 * Domain 2", "- **トピック**: …" at the head of every record of a wrong answer, "Status:",
 * "Source:" in a vault's template. Each note's value is that note's, no thing of its own.
 */
const TEMPLATE_NOTES = 3;

/**
 * The keys of labels read as aspects: one word written under two or more different things the
 * vocabulary knows, under TEMPLATE_OWNERS different owners in one note, or opening TEMPLATE_NOTES notes. `isName` keeps labels
 * that name one thing wherever they stand (the vocabulary's, a note's).
 */
export function aspectLabels(defs: readonly LabelledDefinition[], isName: (label: string) => boolean): Set<string> {
  const byKey = new Map<string, { label: string; known: Set<string>; byNote: Map<string, Set<string>>; opening: Set<string> }>();
  for (const d of defs) {
    let entry = byKey.get(d.key);
    if (!entry) byKey.set(d.key, (entry = { label: d.label, known: new Set(), byNote: new Map(), opening: new Set() }));
    if (d.known) entry.known.add(d.owner);
    if (d.opening) entry.opening.add(d.file);
    let inNote = entry.byNote.get(d.file);
    if (!inNote) entry.byNote.set(d.file, (inNote = new Set()));
    inNote.add(d.owner);
  }
  const out = new Set<string>();
  for (const [key, { label, known, byNote, opening }] of byKey) if ((known.size >= 2 || [...byNote.values()].some((o) => o.size >= TEMPLATE_OWNERS) || opening.size >= TEMPLATE_NOTES) && !isName(label)) out.add(key);
  return out;
}

/** The key a label is grouped by: its name key (one word, singular). */
export function labelKey(label: string): string {
  const k = nameKey(label);
  return k.length > 4 && k.endsWith("s") && !k.endsWith("ss") ? k.slice(0, -1) : k;
}
