// Results remembered by key, in a map that is emptied when it fills: a build asks for the same
// keys again and again (names, runs of Japanese), but memory must not grow with the corpus.

export function remembered<K, V>(memo: Map<K, V>, key: K, limit: number, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= limit) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}
