// The in-memory twin: used when IndexedDB can't be opened, so the app still runs
// (with a notice that nothing is being kept), and by tests not about IndexedDB.
import type { KeyValueBackend, Updater } from './backend';

export function createMemoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  const sortedKeys = () => [...map.keys()].sort();
  // structuredClone mirrors IndexedDB: callers never share objects with the store.
  return {
    values: async () => sortedKeys().map((key) => structuredClone(map.get(key))),
    keys: async () => sortedKeys(),
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    update: async (key: string, updater: Updater) => {
      const next = updater(structuredClone(map.get(key)));
      if (next !== undefined) map.set(key, structuredClone(next));
    },
    del: async (key) => void map.delete(key),
    clear: async () => map.clear(),
  };
}
