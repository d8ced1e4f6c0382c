// What one note may hold. Past these, the rest is cut (and said so once per file), so that one
// pathological file costs time and memory in proportion to what is kept, not to what was written.
// The README lists them under "Limits".

/** A note file larger than this is skipped (a book's worth of notes is a few MB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Characters of a line that are read; the rest of a longer line is left out. */
export const MAX_LINE_LENGTH = 20_000;
/** Characters of a heading, front-matter title or alias that name a node. */
export const MAX_NAME_LENGTH = 200;
/** Characters of one search token: longer words are indexed by their start (names complete by prefix). */
export const MAX_TOKEN_LENGTH = 48;

export interface LongLines {
  /** The text with every line cut to MAX_LINE_LENGTH characters. */
  text: string;
  /** How many lines were cut, and the first of them (1-based), for one warning per file. */
  cut: number;
  firstLine: number;
  longest: number;
}

/** Cuts overlong lines before any parser sees them (remark's cost grows with a line's length). */
export function cutLongLines(text: string): LongLines {
  if (text.length <= MAX_LINE_LENGTH) return { text, cut: 0, firstLine: 0, longest: 0 };
  const lines = text.split("\n");
  let cut = 0;
  let firstLine = 0;
  let longest = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= MAX_LINE_LENGTH) continue;
    cut++;
    if (!firstLine) firstLine = i + 1;
    longest = Math.max(longest, line.length);
    // Never cut between the two halves of a surrogate pair.
    let end = MAX_LINE_LENGTH;
    if (/[\ud800-\udbff]/.test(line[end - 1]!)) end--;
    lines[i] = line.slice(0, end);
  }
  return cut ? { text: lines.join("\n"), cut, firstLine, longest } : { text, cut: 0, firstLine: 0, longest: 0 };
}

export function longLinesWarning(file: string, l: LongLines): { file: string; line: number; message: string } {
  const n = MAX_LINE_LENGTH.toLocaleString("en");
  const message =
    l.cut === 1
      ? `line is ${l.longest.toLocaleString("en")} characters long; only its first ${n} are read`
      : `${l.cut} lines are longer than ${n} characters (the longest ${l.longest.toLocaleString("en")}; the first at this line); only their first ${n} characters are read`;
  return { file, line: l.firstLine, message };
}

/** A name cut to MAX_NAME_LENGTH characters (whole code points), or the name itself. */
export function boundedName(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  return Array.from(name).slice(0, MAX_NAME_LENGTH).join("").trimEnd() + "…";
}
