// The only file that imports idb-keyval. One database per collection, because
// idb-keyval's createStore opens a single object store per database.
// Database and store names are frozen: renaming one loses people's data.
import { clear, createStore, del, get, keys, promisifyRequest, set, values } from 'idb-keyval';
import type { KeyValueBackend } from './backend';

export const DATABASE_PREFIX = 'mend-';
export const OBJECT_STORE = 'records';

export function createIdbBackend(collection: string): KeyValueBackend {
  const store = createStore(`${DATABASE_PREFIX}${collection}`, OBJECT_STORE);
  return {
    values: () => values(store),
    keys: async () => (await keys(store)).map(String),
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    // Like idb-keyval's update, but an updater returning undefined writes nothing:
    // that is how a stale write (older updatedAt) is refused inside the transaction.
    update: (key, updater) =>
      store(
        'readwrite',
        (objectStore) =>
          new Promise<void>((resolve, reject) => {
            const request = objectStore.get(key);
            request.onerror = () => reject(request.error);
            // Put inside onsuccess, while the transaction is certainly still active.
            request.onsuccess = () => {
              try {
                const next = updater(request.result);
                if (next !== undefined) objectStore.put(next, key);
                resolve(promisifyRequest(objectStore.transaction));
              } catch (error) {
                reject(error);
              }
            };
          }),
      ),
    del: (key) => del(key, store),
    clear: () => clear(store),
  };
}

/**
 * Opens a throwaway database to learn whether IndexedDB works here at all.
 * Private modes, blocked storage and broken profiles fail or hang; both count as "no".
 */
export function probeIndexedDb(timeoutMs = 2500): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    try {
      if (typeof indexedDB === 'undefined') return done(false);
      const request = indexedDB.open(`${DATABASE_PREFIX}probe`, 1);
      request.onsuccess = () => {
        request.result.close();
        done(true);
      };
      request.onerror = () => done(false);
      request.onblocked = () => done(false);
    } catch {
      done(false);
    }
  });
}
