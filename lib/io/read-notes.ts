// Reads a notes folder: every .md/.markdown/.txt file below it, following symbolic links once
// (a link back up the tree is reported, not followed forever). Hidden files and folders are skipped.
// Nothing outside the folder is read: notes cloned from someone else's repository may hold links
// to /etc/passwd or ~/.ssh, and a link that leads out of the folder is reported and skipped.

import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { MAX_FILE_BYTES } from "../parse/limits";
import { isNoteFile } from "../parse/parse-note";
import type { NoteFile, Warning } from "../parse/types";

export class NotesFolderError extends Error {}

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/**
 * A repository's files about itself, which notes published on GitHub carry beside them —
 * CHANGELOG.md, CONTRIBUTING.md, CODE_OF_CONDUCT.md, SECURITY.md, an issue template — in the
 * capitals GitHub looks for, at the top of the folder or in docs/ where GitHub looks too. They say
 * how the repository is run, nothing of the subject ("Content: 850+ pages of study material", "Our
 * Pledge"). A note of the learner's own, "Security.md" or "RDS/SECURITY.md", is read.
 */
const REPOSITORY_FILE = /^(?:docs\/)?(?:CHANGELOG|CHANGES|CONTRIBUTING|CONTRIBUTORS|CODE_OF_CONDUCT|SECURITY|SUPPORT|GOVERNANCE|AUTHORS|LICEN[CS]E|PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE)(?:\.(?:md|markdown|txt))?$/;

/** Is the file (its path relative to the notes folder) a repository's file about itself? */
export function isRepositoryFile(rel: string): boolean {
  return REPOSITORY_FILE.test(rel.replace(/\\/g, "/"));
}

/**
 * Logseq keeps its settings and its own copies of pages in a folder "logseq" beside the graph's
 * pages/ and journals/: config.edn, custom.css, bak/ (a page as it was before Logseq rewrote it,
 * "logseq/bak/pages/PostgreSQL/2022-03-27T23_50_10.490Z.md") and version-files/. Read as notes,
 * every backup is a second, older copy of a page under a timestamp for a name. The folder is the
 * app's, as .obsidian is Obsidian's: a folder named logseq that holds Logseq's settings or its
 * backups is not read; a learner's folder of notes about Logseq is.
 */
const LOGSEQ_APP_ENTRIES = ["config.edn", "bak", "version-files"];

function isLogseqAppFolder(name: string, names: readonly string[]): boolean {
  return name === "logseq" && names.some((entry) => LOGSEQ_APP_ENTRIES.includes(entry));
}

/** A path (relative, "/"-separated) inside Logseq's own folder's backups. */
function isInLogseqBackups(parts: readonly string[]): boolean {
  return parts.some((part, i) => part === "logseq" && (parts[i + 1] === "bak" || parts[i + 1] === "version-files"));
}

/**
 * Whether a change the file system reports under a notes folder (`filename` relative to it, as
 * fs.watch gives it) can change what `readNotesFolder` reads: not when it is inside a folder that
 * is never read (.obsidian, which a vault's editor rewrites as one clicks around, .git,
 * node_modules) or is a hidden file (an editor's swap file). No name at all may be anything.
 */
export function mayChangeNotes(filename: string | null | undefined): boolean {
  if (!filename) return true;
  const parts = filename.split(/[\\/]/);
  return !parts.some((part) => part.startsWith(".") || SKIPPED_DIRS.has(part)) && !isInLogseqBackups(parts) && !isRepositoryFile(filename);
}

export function readNotesFolder(dir: string): { files: NoteFile[]; warnings: Warning[] } {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) throw new NotesFolderError(`notes folder ${dir} is not a folder`);
  } catch (e) {
    if (e instanceof NotesFolderError) throw e;
    throw new NotesFolderError(`notes folder ${dir} does not exist (set NOTES_DIR to a folder of .md or .txt notes)`);
  }
  const files: NoteFile[] = [];
  const warnings: Warning[] = [];
  const visited = new Set<string>();
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  const outside = (rel: string) => warnings.push({ file: rel, message: "is a link to a place outside the notes folder; skipped (notes are only read from inside their folder)" });
  const walk = (abs: string, rel: string, name = "") => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (e) {
      warnings.push({ file: rel || ".", message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); skipped` });
      return;
    }
    if (!inside(real)) {
      outside(rel);
      return;
    }
    if (visited.has(real)) {
      warnings.push({ file: rel || ".", message: "is a link to a folder already read (a symbolic link loop?); skipped" });
      return;
    }
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch (e) {
      warnings.push({ file: rel || ".", message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); skipped` });
      return;
    }
    if (rel && isLogseqAppFolder(name, names)) return;
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      let stat: Stats;
      try {
        stat = statSync(childAbs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        warnings.push({ file: childRel, message: code === "ELOOP" ? "is a symbolic link loop; skipped" : code === "ENOENT" ? "is a broken symbolic link; skipped" : `cannot be read (${code ?? "error"}); skipped` });
        continue;
      }
      if (stat.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(childAbs, childRel, name);
        continue;
      }
      if (!stat.isFile() || !isNoteFile(name)) continue;
      if (isRepositoryFile(childRel)) {
        warnings.push({ file: childRel, message: "is a repository's file about itself (a changelog, a contributing guide, a code of conduct), not a note; skipped" });
        continue;
      }
      let realFile: string;
      try {
        realFile = realpathSync(childAbs);
      } catch (e) {
        warnings.push({ file: childRel, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); skipped` });
        continue;
      }
      if (!inside(realFile)) {
        outside(childRel);
        continue;
      }
      if (stat.size > MAX_FILE_BYTES) {
        warnings.push({ file: childRel, message: `is ${(stat.size / 1048576).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB a note may have; skipped` });
        continue;
      }
      try {
        files.push({ file: childRel, bytes: readFileSync(realFile) });
      } catch (e) {
        warnings.push({ file: childRel, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); skipped` });
      }
    }
  };
  walk(root, "");
  return { files, warnings };
}
