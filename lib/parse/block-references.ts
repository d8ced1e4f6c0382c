// Logseq's references to a block by its id, "((627e9b34-0dbc-441f-9319-ffde46d57b4f))", show that
// block's words where the reference stands: "Identification of ((…))s" reads "Identification of
// resources" in Logseq, the block "- resource" carrying "id:: 627e9b34-…" on the line below it,
// in the same page or another. Read without them, a line loses words mid-sentence ("Identification
// ofs"). This puts each referenced block's first line in place of its references, across the whole
// folder, before any note is parsed; a reference to a block no note has is left for the parser,
// which drops it.

import type { NoteFile } from "./types";

/** A block's id, a UUID: "627e9b34-0dbc-441f-9319-ffde46d57b4f". */
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const BLOCK_ID = new RegExp(`^[ \\t]*id:: (${UUID})[ \\t]*$`, "i");
const REFERENCE = new RegExp(`\\(\\((${UUID})\\)\\)`, "gi");
/** A reference to a block by its id, with the spaces before it: what the parser drops of one left unresolved. */
export const BLOCK_REFERENCE = new RegExp(`\\s*\\(\\(${UUID}\\)\\)`, "gi");
/** A block's first line in a Logseq outline: "- words", at any depth. */
const BLOCK_START = /^[ \t]*[-*+][ \t]+(.*)$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

function decoded(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    // (Logseq writes UTF-8; a file in another encoding holds none of its ids.)
    return undefined;
  }
}

/** The words a block shows where it is referenced: its first line, without emphasis around the whole ("_resource_") or a reference of its own. */
function shownWords(first: string): string {
  let text = first.replace(REFERENCE, "").trim();
  const wrapped = /^(\*\*|__|\*|_|~~|==)(.+)\1$/.exec(text);
  if (wrapped) text = wrapped[2]!.trim();
  return text;
}

/** Each block id the notes declare, with the words its block shows. */
function blockTexts(texts: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts.values()) {
    if (!text.includes("id::")) continue;
    const lines = text.split("\n");
    let first: string | undefined;
    for (const line of lines) {
      const id = BLOCK_ID.exec(line);
      if (id) {
        if (first !== undefined && !out.has(id[1]!.toLowerCase())) out.set(id[1]!.toLowerCase(), shownWords(first));
        continue;
      }
      const start = BLOCK_START.exec(line);
      if (start) first = start[1]!;
    }
  }
  return out;
}

/**
 * The files with each reference to a block some note declares replaced by the block's words (a
 * file without references, or not in UTF-8, is given back as it was). Applied twice, the second
 * time changes nothing.
 */
export function withBlockReferencesShown(files: readonly NoteFile[]): NoteFile[] {
  const bytesOf = (f: NoteFile) => Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
  const referencing = new Set(files.filter((f) => bytesOf(f).includes("((")));
  if (!referencing.size) return [...files];
  const texts = new Map<string, string>();
  for (const f of files) {
    if (!referencing.has(f) && !bytesOf(f).includes("id::")) continue;
    const text = decoded(f.bytes);
    if (text !== undefined) texts.set(f.file, text);
  }
  const blocks = blockTexts(texts);
  if (!blocks.size) return [...files];
  return files.map((f) => {
    const text = referencing.has(f) ? texts.get(f.file) : undefined;
    if (text === undefined) return f;
    let changed = false;
    const shown = text.replace(REFERENCE, (whole, id: string) => {
      const words = blocks.get(id.toLowerCase());
      if (words === undefined) return whole;
      changed = true;
      return words;
    });
    return changed ? { ...f, bytes: new Uint8Array(Buffer.from(shown, "utf8")) } : f;
  });
}
