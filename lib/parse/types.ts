// Output of the parse stage: a note as headings and lines, each line with its file, line number
// and the headings above it.

export interface Warning {
  file: string;
  line?: number;
  message: string;
}

export interface HeadingRef {
  text: string;
  line: number;
  depth: number;
}

export type LineSource = "text" | "paragraph" | "list" | "table" | "html" | "quote";

export interface NoteLine {
  /** Plain text used for extraction (Markdown syntax removed). */
  text: string;
  /** The line as the user wrote it, shown as the fact. */
  raw: string;
  line: number;
  /** Headings above the line, outermost first. */
  path: HeadingRef[];
  source: LineSource;
}

export interface ParsedNote {
  file: string;
  /** Title from front matter, if any. */
  title?: string;
  /** Aliases of the title from front matter. */
  aliases: string[];
  headings: (HeadingRef & { path: HeadingRef[] })[];
  lines: NoteLine[];
  warnings: Warning[];
}

/** A file handed to the parse stage: its path relative to the notes folder and its bytes. */
export interface NoteFile {
  file: string;
  bytes: Uint8Array;
}
