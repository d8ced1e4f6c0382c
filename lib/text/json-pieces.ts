// Large memos are written to disk a piece at a time, never as one string (write-chunks.ts).

/**
 * The JSON text of an object whose last field is an array, a piece at a time: `head` opens the
 * object up to that array's "[", then one piece per item, then "]}". Joined, the pieces are what
 * JSON.stringify makes of the same object.
 */
export function* jsonEndingInArray<T>(head: string, items: Iterable<T>, item: (t: T) => unknown): Generator<string> {
  yield head;
  let first = true;
  for (const t of items) {
    yield `${first ? "" : ","}${JSON.stringify(item(t))}`;
    first = false;
  }
  yield "]}";
}
