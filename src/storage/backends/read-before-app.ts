// The one read of storage made before the app starts, by the page drawn early
// (src/app/early-paint/painter.ts): plain IndexedDB, no idb-keyval and no zod,
// so it stays small. Values come back as stored; the painter checks them.
import { DATABASE_PREFIX, OBJECT_STORE } from './database-names';

/**
 * The values stored in one collection: all of them, or the one at `key`. [] when the collection was never stored on this device (its database is
 * not created: the open is cancelled), null when it can't be read.
 */
export function readStored(collection: string, key: string | null): Promise<unknown[] | null> {
  return new Promise((resolve) => {
    let opening: IDBOpenDBRequest;
    let isNew = false;
    try {
      opening = indexedDB.open(`${DATABASE_PREFIX}${collection}`);
    } catch {
      return resolve(null);
    }
    opening.onupgradeneeded = () => {
      isNew = true;
      opening.transaction?.abort();
    };
    opening.onerror = (event) => {
      event.preventDefault();
      resolve(isNew ? [] : null);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      try {
        const records = db.transaction(OBJECT_STORE, 'readonly').objectStore(OBJECT_STORE);
        const reading = key === null ? records.getAll() : records.get(key);
        reading.onsuccess = () => {
          db.close();
          const result: unknown = reading.result;
          resolve(key === null ? (result as unknown[]) : result === undefined ? [] : [result]);
        };
        reading.onerror = (event) => {
          event.preventDefault();
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
