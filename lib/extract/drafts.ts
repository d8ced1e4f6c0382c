// Everything that will become a node, while the notes are being read: keyed by what it is
// (a vocabulary entity, a term by its English or Japanese form, a topic, a question), with every
// way the notes wrote it.

import type { EntityEntry } from "../vocab/types";
import type { Evidence, NodeKind } from "../graph/types";
import { nameKey } from "../text/normalize";
import { remembered } from "../text/bounded-memo";
import { SubstringSet } from "../text/substring-set";

export interface Draft {
  key: string;
  kind: NodeKind;
  vocab?: EntityEntry;
  /** English form, when known (vocabulary label or a complete translation). */
  english?: string;
  /** Forms as written in the notes, with how often each was seen. */
  surfaces: Map<string, number>;
  /** Other names: abbreviations, long forms, forms in the other language. */
  aliases: Set<string>;
  /** What the notes define it as ("term: definition"), with the sentence that says so. */
  definitions: (Evidence & { whole?: string })[];
  glosses: string[];
  /** Tags from the front matter of the note it is. */
  tags: Set<string>;
  /** Files of the notes it is (a vault note). */
  notes: string[];
  /** Key of a thing this one is named after (SQSアクセスポリシー → SQS). */
  prefixOf?: string;
  /** Sections whose heading names this draft. */
  ownSections: number[];
  order: number;
}

/**
 * The name's key with an English plural on its last word folded (policies → policy, NACLs → NACL,
 * queues → queue); acronyms in capitals keep their S (SNS, ECS), and so do words that end in
 * -ss, -us, -is (Access, Kinesis).
 */
const singularCache = new Map<string, string>();

export function singularKey(name: string): string {
  return remembered(singularCache, name, 200_000, () => foldPlural(name));
}

function foldPlural(name: string): string {
  const words = name.normalize("NFKC").trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  let folded = last;
  if (/^[A-Z][A-Z0-9]+s$/.test(last)) folded = last.slice(0, -1);
  else if (/[a-z]{2}ies$/.test(last)) folded = `${last.slice(0, -3)}y`;
  else if (/[a-z](?:ches|shes|sses|xes)$/.test(last)) folded = last.slice(0, -2);
  else if (/[a-z][a-z]s$/.test(last) && !/(ss|us|is|os)$/.test(last)) folded = last.slice(0, -1);
  return nameKey([...words.slice(0, -1), folded].join(" "));
}

export class DraftRegistry {
  readonly drafts = new Map<string, Draft>();
  /** Name key → draft key, for finding terms again in other sentences. */
  readonly names = new Map<string, string>();
  private counter = 0;

  get(key: string): Draft | undefined {
    return this.drafts.get(key);
  }

  ensure(key: string, kind: NodeKind, init: Partial<Draft> = {}): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      d = { key, kind, surfaces: new Map(), aliases: new Set(), definitions: [], glosses: [], tags: new Set(), notes: [], ownSections: [], order: this.counter++, ...init };
      this.drafts.set(key, d);
    }
    return d;
  }

  ensureVocab(entity: EntityEntry): Draft {
    this.reading?.ensured.push(entity);
    return this.ensure(`e:${entity.id}`, entity.kind, { vocab: entity, english: entity.label });
  }

  /**
   * While set, the name keys looked up and the vocabulary drafts made are noted here: what one
   * sentence's matching depended on (see mention-memo.ts).
   */
  reading: { looked: string[]; ensured: EntityEntry[] } | undefined;

  /** Told of each name key added, while set. */
  onNameAdded: ((key: string) => void) | undefined;

  /** Each name's draft and what matching reads of that draft, for telling two builds' names apart. */
  nameSignatures(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, key] of this.names) {
      const d = this.drafts.get(key);
      out.set(name, `${key}\u0000${d?.vocab ? "v" : ""}${d?.kind === "question" ? "q" : ""}${d?.definitions.length ? "d" : ""}`);
    }
    return out;
  }

  /** Name keys added since recording began (see `record`), for knowing which sentences they can change. */
  private added: SubstringSet | undefined;
  /** The same, in the order they were added. */
  readonly addedInOrder: string[] = [];

  /** Starts noting the names added from now on. */
  record(): void {
    this.added = new SubstringSet();
    this.addedInOrder.length = 0;
  }

  /** Whether any name was added since `record` was called. */
  get namesAdded(): boolean {
    return (this.added?.size ?? 0) > 0;
  }

  /** Whether a name key added since `record` was called occurs in `text` (a name key itself). */
  addedNameIn(text: string): boolean {
    return this.added?.occursIn(text) ?? false;
  }

  /** Makes `name` find this draft again (unless the name already belongs to another). */
  addName(name: string, key: string): void {
    for (const k of new Set([nameKey(name), singularKey(name)])) {
      if (!k || this.names.has(k)) continue;
      this.names.set(k, key);
      if (this.added) {
        this.added.add(k);
        this.addedInOrder.push(k);
      }
      this.onNameAdded?.(k);
    }
  }

  /** The draft a name refers to; singular and plural find each other (Security Groups, NACLs). */
  lookupName(name: string): string | undefined {
    const k = nameKey(name);
    const found = this.names.get(k);
    this.reading?.looked.push(k);
    if (found !== undefined) return found;
    const singular = singularKey(name);
    if (singular !== k) this.reading?.looked.push(singular);
    return this.names.get(singular);
  }

  seen(key: string, surface: string): void {
    const d = this.drafts.get(key);
    if (d) d.surfaces.set(surface, (d.surfaces.get(surface) ?? 0) + 1);
  }
}
