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
  /**
   * The title of the document the note is ("AWS 学習ガイド", "RDS と Aurora の比較"), shown as its
   * label in place of its file's name; never a name other lines are matched against.
   */
  title?: string;
  /** Sections whose heading names this draft. */
  ownSections: number[];
  /** The note whose words first made it a term (its heading, its definition, its comparison). */
  origin?: string;
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

/**
 * One change to the registry, as plain data: what a note's terms did to it, to be done again in a
 * later build (terms-memo.ts). Vocabulary entities go by id.
 */
export type DraftOp =
  | readonly [op: "draft", key: string, kind: NodeKind, english: string | null, vocab: string | null]
  | readonly [op: "name", name: string, key: string]
  | readonly [op: "seen" | "alias" | "gloss" | "english" | "prefixOf", key: string, value: string]
  | readonly [op: "definition", key: string, definition: Definition];

export type Definition = Evidence & { whole?: string };

/**
 * Follows what one stretch of work reads of the registry and changes in it. A part read is
 * "d:KEY" (whether a draft is there), "FIELD:KEY" (one field of it) or "n:NAME" (which draft a
 * name key finds).
 */
export interface DraftJournal {
  read(part: string): void;
  write(op: DraftOp): void;
  /** Something happened the journal cannot follow (a draft's order read, a field set directly). */
  untraceable(): void;
}

/** What each op changes: a draft's being ("d"), a name ("n"), or a field of the draft. */
const CHANGED_BY = { draft: "d", name: "n", seen: "surfaces", alias: "aliases", gloss: "glosses", definition: "definitions", english: "english", prefixOf: "prefixOf" } as const;

/** The part of the registry's state an op changes. */
export function writtenPart(op: DraftOp): string {
  return `${CHANGED_BY[op[0]]}:${op[1]}`;
}

/**
 * Fields that are places among all drafts or all sections: any note before shifts them, so no
 * journal follows them (a read of one makes the work untraceable) and no state compares them.
 */
const PLACES = new Set<string>(["order", "ownSections"]);

/** A field's value as a string, for telling two builds' states apart. */
function partValue(value: unknown): string {
  if (value instanceof Map || value instanceof Set) return JSON.stringify([...value]);
  if (value && typeof value === "object" && !Array.isArray(value) && "id" in value) return String((value as { id: unknown }).id);
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

export class DraftRegistry {
  readonly drafts = new Map<string, Draft>();
  /** Name key → draft key, for finding terms again in other sentences. */
  readonly names = new Map<string, string>();
  private counter = 0;

  /** The note being read while terms are made: a draft made now comes from it (`Draft.origin`). */
  readingFile: string | undefined;

  /** While set, every read and change goes to it, and drafts are handed out watched (see `watched`). */
  journal: DraftJournal | undefined;
  private readonly watchedDrafts = new WeakMap<Draft, Draft>();
  private readonly watcher: ProxyHandler<Draft> = {
    get: (d, field) => {
      // (The key never changes.)
      if (typeof field === "string" && PLACES.has(field)) this.journal?.untraceable();
      else if (field !== "key") this.journal?.read(`${String(field)}:${d.key}`);
      return Reflect.get(d, field);
    },
    set: (d, field, value) => {
      this.journal?.untraceable();
      return Reflect.set(d, field, value);
    },
  };

  /** The draft, reporting each field read to the journal (fields are changed through the registry's methods). */
  private watched(d: Draft): Draft {
    let w = this.watchedDrafts.get(d);
    if (!w) this.watchedDrafts.set(d, (w = new Proxy(d, this.watcher)));
    return w;
  }

  get(key: string): Draft | undefined {
    const d = this.drafts.get(key);
    if (!this.journal) return d;
    this.journal.read(`d:${key}`);
    return d && this.watched(d);
  }

  ensure(key: string, kind: NodeKind, init: { english?: string; vocab?: EntityEntry } = {}): Draft {
    let d = this.drafts.get(key);
    this.journal?.read(`d:${key}`);
    if (!d) {
      d = { key, kind, surfaces: new Map(), aliases: new Set(), definitions: [], glosses: [], tags: new Set(), notes: [], ownSections: [], order: this.counter++, ...(this.readingFile !== undefined ? { origin: this.readingFile } : {}), ...init };
      this.drafts.set(key, d);
      this.journal?.write(["draft", key, kind, init.english ?? null, init.vocab?.id ?? null]);
    }
    return this.journal ? this.watched(d) : d;
  }

  /** Changes one field of a draft that is there, telling the journal. */
  private change(op: Exclude<DraftOp, { 0: "draft" | "name" }>, apply: (d: Draft) => boolean | void): void {
    const d = this.drafts.get(op[1]);
    this.journal?.read(`d:${op[1]}`);
    if (!d || apply(d) === false) return;
    this.journal?.write(op);
  }

  addDefinition(key: string, definition: Definition): void {
    this.change(["definition", key, definition], (d) => void d.definitions.push(definition));
  }

  /** Another name of the draft, shown as such (finding it by that name is `addName`'s). */
  addAlias(key: string, alias: string): void {
    this.change(["alias", key, alias], (d) => void d.aliases.add(alias));
  }

  addGloss(key: string, gloss: string): void {
    this.change(["gloss", key, gloss], (d) => void d.glosses.push(gloss));
  }

  setEnglish(key: string, english: string): void {
    this.change(["english", key, english], (d) => void (d.english = english));
  }

  /** The thing this draft is named after, unless one is known already. */
  setPrefixOf(key: string, prefix: string): void {
    this.journal?.read(`prefixOf:${key}`);
    this.change(["prefixOf", key, prefix], (d) => (d.prefixOf === undefined ? void (d.prefixOf = prefix) : false));
  }

  /** Does again what `op` did (in a later build, where nothing it depended on changed). */
  apply(op: DraftOp, entity: (id: string) => EntityEntry | undefined): void {
    if (op[0] === "draft") {
      const vocab = op[4] !== null ? entity(op[4]) : undefined;
      this.ensure(op[1], op[2], { ...(op[3] !== null ? { english: op[3] } : {}), ...(vocab ? { vocab } : {}) });
    } else if (op[0] === "name") this.setName(op[1], op[2]);
    else if (op[0] === "definition") this.addDefinition(op[1], op[2]);
    else {
      const change = { seen: this.seen, alias: this.addAlias, gloss: this.addGloss, english: this.setEnglish, prefixOf: this.setPrefixOf }[op[0]];
      change.call(this, op[1], op[2]);
    }
  }

  /** Every part of the state a journal can name, with its value: to tell which changed since a build before. */
  stateParts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, key] of this.names) out.set(`n:${name}`, key);
    for (const d of this.drafts.values()) {
      out.set(`d:${d.key}`, "");
      for (const [field, value] of Object.entries(d)) if (field !== "key" && !PLACES.has(field) && value !== undefined) out.set(`${field}:${d.key}`, partValue(value));
    }
    return out;
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
      out.set(name, `${key}\u0000${d?.vocab ? "v" : ""}${d?.kind === "question" ? "q" : ""}${d?.definitions.length ? "d" : ""}${d?.english ? "e" : ""}${d && definedInCapitals(d, name) ? "C" : ""}`);
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
      this.journal?.read(`n:${k}`);
      if (k && !this.names.has(k)) this.setName(k, key);
    }
  }

  private setName(k: string, key: string): void {
    this.names.set(k, key);
    if (this.added) {
      this.added.add(k);
      this.addedInOrder.push(k);
    }
    this.onNameAdded?.(k);
    this.journal?.write(["name", k, key]);
  }

  /** The draft a name refers to; singular and plural find each other (Security Groups, NACLs). */
  lookupName(name: string): string | undefined {
    const k = nameKey(name);
    const found = this.names.get(k);
    this.reading?.looked.push(k);
    this.journal?.read(`n:${k}`);
    if (found !== undefined) return found;
    const singular = singularKey(name);
    if (singular !== k) {
      this.reading?.looked.push(singular);
      this.journal?.read(`n:${singular}`);
    }
    return this.names.get(singular);
  }

  seen(key: string, surface: string): void {
    this.change(["seen", key, surface], (d) => void d.surfaces.set(surface, (d.surfaces.get(surface) ?? 0) + 1));
  }
}

/**
 * Does every line that defines the draft write its name in capitals ("REST: number of API calls…")?
 * Then the name is an abbreviation, and the word in lower case ("data at rest") is none of it.
 */
export function definedInCapitals(d: Draft, word: string): boolean {
  const upper = word.toUpperCase();
  return d.definitions.length > 0 && upper !== word.toLowerCase() && d.definitions.every((def) => (def.whole ?? "").trimStart().replace(/^\W+/, "").startsWith(upper));
}
