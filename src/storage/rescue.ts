// A synchronous last-chance copy of records being written as the page closes.
// IndexedDB transactions begun in pagehide can be cut off when a tab closes;
// localStorage writes finish before the handler returns. The next read moves
// each rescued record into IndexedDB (unless a newer copy is there) and removes it.
// The key prefix is frozen: a later version must still find these.
const PREFIX = 'mend-rescue:';

export function rescueRecord(collection: string, id: string, record: unknown): void {
  try {
    localStorage.setItem(`${PREFIX}${collection}:${id}`, JSON.stringify(record));
  } catch {
    // No localStorage (or it is full): the IndexedDB write already under way is all we have.
  }
}

export function rescuedRecords(collection: string): { id: string; value: unknown }[] {
  const found: { id: string; value: unknown }[] = [];
  try {
    const prefix = `${PREFIX}${collection}:`;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      try {
        found.push({
          id: key.slice(prefix.length),
          value: JSON.parse(localStorage.getItem(key) ?? 'null'),
        });
      } catch {
        found.push({ id: key.slice(prefix.length), value: null });
      }
    }
  } catch {
    return [];
  }
  return found;
}

export function forgetRescued(collection: string, id: string): void {
  try {
    localStorage.removeItem(`${PREFIX}${collection}:${id}`);
  } catch {
    // Nothing to do: a leftover copy is applied again harmlessly (older never beats newer).
  }
}
