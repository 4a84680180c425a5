// The in-memory twin: used when IndexedDB can't be opened, so the app still runs
// (with a notice that nothing is being kept), and by tests not about IndexedDB.
import type { KeyValueBackend, StoredKey, Write } from './backend';

export function createMemoryBackend(): KeyValueBackend {
  // Keyed by a string form of the key, holding the key itself, as IndexedDB keeps both.
  const map = new Map<string, { key: StoredKey; value: unknown }>();
  const id = (key: StoredKey) => `${typeof key}:${String(key)}`;
  const sorted = () =>
    [...map.values()].sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
  // Clone everything first, so a value that can't be stored writes nothing at all.
  const writeAll = (writes: Write[]) => {
    const cloned = writes.map((write) =>
      'isDelete' in write ? write : { key: write.key, value: structuredClone(write.value) },
    );
    for (const write of cloned) {
      if ('isDelete' in write) map.delete(id(write.key));
      else map.set(id(write.key), write);
    }
  };
  // structuredClone mirrors IndexedDB: callers never share objects with the store.
  return {
    values: async () => sorted().map((entry) => structuredClone(entry.value)),
    entries: async () =>
      sorted().map(({ key, value }) => ({ key, value: structuredClone(value) })),
    entriesAfter: async (after, count) =>
      sorted()
        .filter(({ key }) => after === undefined || String(key) > String(after))
        .slice(0, count)
        .map(({ key, value }) => ({ key, value: structuredClone(value) })),
    get: async (key) => structuredClone(map.get(id(key))?.value),
    getMany: async (keys) => keys.map((key) => structuredClone(map.get(id(key))?.value)),
    transact: async (key, decide) => writeAll(decide(structuredClone(map.get(id(key))?.value))),
    transactKeys: async (keys, decide) => {
      writeAll(decide(keys.map((key) => structuredClone(map.get(id(key))?.value))));
    },
    transactAll: async (decide) => {
      writeAll(decide(sorted().map(({ key, value }) => ({ key, value: structuredClone(value) }))));
    },
    keys: async () => sorted().map((entry) => entry.key),
    putMany: async (list) => {
      const cloned = list.map(({ key, value }) => ({ key, value: structuredClone(value) }));
      for (const entry of cloned) map.set(id(entry.key), entry);
    },
    del: async (key) => void map.delete(id(key)),
    clear: async () => map.clear(),
  };
}
