// Ids for entries whose app gave them none (a CSV row, a text file): a hash of
// what the entry is, so reading the same file twice gives the same ids and the
// import flow can add nothing the second time.

/** cyrb53: a fast 53-bit string hash; collisions among a person's entries are vanishingly rare. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/** One id from the parts that make an entry itself (its date, its words...). */
export function hashId(...parts: string[]): string {
  return cyrb53(parts.join('\u0000'));
}

/**
 * Two entries the same in every way (the same words on the same day, twice)
 * each keep their own id: the second "-2", the third "-3", in file order, so the
 * ids are the same on every read and neither entry is lost.
 */
export function withUniqueIds<T extends { sourceId: string }>(entries: T[]): T[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const times = (seen.get(entry.sourceId) ?? 0) + 1;
    seen.set(entry.sourceId, times);
    return times === 1 ? entry : { ...entry, sourceId: `${entry.sourceId}-${times}` };
  });
}
