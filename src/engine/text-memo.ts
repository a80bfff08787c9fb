// A reading of a cell's text remembered by the text: the books name a claim, a scheme or an
// Annex IX part in a handful of spellings, read once each, not once a row.

/**
 * `read` of a text (undefined read as ""), remembered for the first `limit` texts met: a lookup
 * where they repeat, and no growth past `limit` where they do not (the rest are read each time).
 */
export function byText<T>(read: (text: string) => T, limit = 1000): (text: string | undefined) => T {
  const known = new Map<string, T>();
  return (text) => {
    const key = text ?? "";
    if (known.has(key)) return known.get(key) as T;
    const value = read(key);
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
