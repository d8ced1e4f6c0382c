// Everything that will become a node, while the notes are being read: keyed by what it is
// (a vocabulary entity, a term by its English or Japanese form, a topic, a question), with every
// way the notes wrote it.

import type { EntityEntry } from "../vocab/types";
import type { Evidence, NodeKind } from "../graph/types";
import { nameKey } from "../text/normalize";

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
  definitions: Evidence[];
  glosses: string[];
  /** Key of a thing this one is named after (SQSアクセスポリシー → SQS). */
  prefixOf?: string;
  /** Sections whose heading names this draft. */
  ownSections: number[];
  order: number;
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
      d = { key, kind, surfaces: new Map(), aliases: new Set(), definitions: [], glosses: [], ownSections: [], order: this.counter++, ...init };
      this.drafts.set(key, d);
    }
    return d;
  }

  ensureVocab(entity: EntityEntry): Draft {
    return this.ensure(`e:${entity.id}`, entity.kind, { vocab: entity, english: entity.label });
  }

  /** Makes `name` find this draft again (unless the name already belongs to another). */
  addName(name: string, key: string): void {
    const k = nameKey(name);
    if (k && !this.names.has(k)) this.names.set(k, key);
  }

  /** The draft a name refers to; English plurals find their singular (chloroplasts → Chloroplast). */
  lookupName(name: string): string | undefined {
    const k = nameKey(name);
    const found = this.names.get(k);
    if (found || !/^[a-z0-9]{4,}s$/.test(k)) return found;
    return this.names.get(k.slice(0, -1)) ?? (k.endsWith("es") ? this.names.get(k.slice(0, -2)) : undefined) ?? (k.endsWith("ies") ? this.names.get(`${k.slice(0, -3)}y`) : undefined);
  }

  seen(key: string, surface: string): void {
    const d = this.drafts.get(key);
    if (d) d.surfaces.set(surface, (d.surfaces.get(surface) ?? 0) + 1);
  }
}
