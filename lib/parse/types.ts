// Output of the parse stage: a note as headings and lines, each line with its file, line number
// and the headings above it, and what the note's front matter says about it.

export interface Warning {
  file: string;
  line?: number;
  message: string;
}

/** A link inside a line or heading: [[target|text]], [text](note.md). Offsets are in `text`. */
export interface LinkSpan {
  /** The note or thing linked to: a wikilink's target, or a linked file's name without extension. */
  target: string;
  start: number;
  end: number;
  /**
   * The link's words spell a heading of that note: within a sentence ("…[ビット](numbers.md#ビット)…",
   * "Uses [Cluster Mode](MultiAZ.md#Cluster%20Mode)") they name what the heading does, not the note;
   * alone on a line of links, a table of contents, they point at the note. Either way they are no
   * name of the note.
   */
  heading?: "in text" | "alone";
  /**
   * The file a Markdown link's address leads to, as a path in the notes folder ("storage/ebs.md";
   * "articles/zenn-sqs" when written without its extension; "services/sqs/" for a folder, whose
   * page is its README.md or index.md): where two notes share a file's name, the address says
   * which one the link means.
   */
  file?: string;
}

export interface HeadingRef {
  /** The heading's words: NFKC, without emoji, numbering, decoration or a trailing colon. */
  text: string;
  line: number;
  depth: number;
  links?: LinkSpan[];
  /** A list item that heads the list nested in it ("- Amazon CloudWatch" above its own items), not a Markdown heading. */
  item?: true;
}

export type LineSource = "text" | "paragraph" | "list" | "table" | "html" | "quote" | "title";

export interface TableRow {
  header: string[];
  cells: string[];
}

export interface NoteLine {
  /** Plain text used for extraction: NFKC, Markdown syntax, comments and link syntax removed. */
  text: string;
  /** The line as the user wrote it, shown as the fact. */
  raw: string;
  line: number;
  /** Headings above the line, outermost first. */
  path: HeadingRef[];
  source: LineSource;
  links?: LinkSpan[];
  /** A table row, cell by cell, with the table's header. */
  table?: TableRow;
  /** A table row's inline code (`npm run dev`), which its "cell: cell" raw form does not show. */
  code?: string[];
  /** The line this one continues as an item of a list: "Types of X:" above it, or its parent item. */
  lead?: number;
  /**
   * The bold words the line opens with, when a colon or a dash follows them: the term the line
   * defines, whatever colons or dashes it holds ("**S3 Managed Keys / SSE - S3** - when…").
   */
  term?: string;
  /** A heading that says something ("Next step is to click on Credentials"), read as a line of its section. */
  heading?: boolean;
}

/** A link in the front matter (up: "[[AWS Lambda]]"), with the line it is on. */
export interface FrontMatterLink {
  target: string;
  line: number;
  /** The front matter line as written, for evidence. */
  text: string;
}

export interface ParsedNote {
  file: string;
  /** Title from front matter, if any. */
  title?: string;
  /** Aliases of the note from front matter. */
  aliases: string[];
  /** Tags from front matter (tags, topics), without '#'. */
  tags: string[];
  /** up: / parent: — what the note belongs to. */
  up: FrontMatterLink[];
  /** related: — what the note relates to. */
  related: FrontMatterLink[];
  headings: (HeadingRef & { path: HeadingRef[] })[];
  lines: NoteLine[];
  warnings: Warning[];
  /** The note as read (decoded, overlong lines cut): what the note view shows, line by line. */
  source?: string;
}

/** A file handed to the parse stage: its path relative to the notes folder and its bytes. */
export interface NoteFile {
  file: string;
  bytes: Uint8Array;
}
