// An imported entry's id, made from where it came from: the same entry of the
// same file gets the same id on every read, so importing it again meets the
// copy already here (the backup merge's "same file twice changes nothing").

/**
 * cyrb53: a small, well-spread 53-bit hash. Not for secrets; two of a person's
 * entries sharing one would need about 10^8 of them.
 */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Frozen: stored entries carry ids made this way. Part 1 of a split entry has the plain id. */
export function importedRecordId(app: string, sourceId: string, part = 1): string {
  const id = `${app}-${hash53(`${app}\u0000${sourceId}`)}`;
  return part === 1 ? id : `${id}-part-${part}`;
}
