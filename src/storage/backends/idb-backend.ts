// The only file that imports idb-keyval. One database per collection, because
// idb-keyval's createStore opens a single object store per database.
// Database and store names are frozen: renaming one loses people's data.
import {
  clear,
  createStore,
  del,
  entries,
  get,
  promisifyRequest,
  setMany,
  values,
  type UseStore,
} from 'idb-keyval';
import type { KeyValueBackend, Write } from './backend';
import { DATABASE_PREFIX, OBJECT_STORE } from './database-names';

export function createIdbBackend(collection: string): KeyValueBackend {
  // Opened at the first write, or the first read once it exists: opening creates
  // the database, and on a first visit that costs a phone's main thread more than
  // the page it shows. A collection never stored reads as empty, and clears as one.
  let opened: UseStore | null = null;
  const store: UseStore = (mode, callback) => {
    opened ??= createStore(`${DATABASE_PREFIX}${collection}`, OBJECT_STORE);
    return opened(mode, callback);
  };
  const ifStored = async <T>(orElse: T, reading: () => Promise<T>): Promise<T> =>
    opened || (await hasDatabase(collection)) ? reading() : orElse;
  return {
    values: () => ifStored([], () => values(store)),
    entries: () => ifStored([], async () => (await entries(store)).map(([key, value]) => ({ key, value }))),
    entriesAfter: (after, count) =>
      ifStored([], () =>
        store('readonly', async (objectStore) => {
          const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
          const [keys, values] = await Promise.all([
            promisifyRequest(objectStore.getAllKeys(range, count)),
            promisifyRequest(objectStore.getAll(range, count)),
          ]);
          return keys.map((key, i) => ({ key, value: values[i] as unknown }));
        }),
      ),
    get: (key) => ifStored(undefined, () => get(key, store)),
    // Stronger than idb-keyval's update: the decision sees the stored value and may
    // write nothing (a stale write refused) or several keys (an unreadable record
    // moved aside before its key is reused), inside the same transaction.
    transact: (key, decide) =>
      store(
        'readwrite',
        (objectStore) =>
          new Promise<void>((resolve, reject) => {
            const request = objectStore.get(key);
            request.onerror = () => reject(request.error);
            // Write inside onsuccess, while the transaction is certainly still active.
            request.onsuccess = () => {
              try {
                for (const write of decide(request.result)) apply(objectStore, write);
                resolve(promisifyRequest(objectStore.transaction));
              } catch (error) {
                objectStore.transaction.abort();
                reject(error);
              }
            };
          }),
      ),
    transactKeys: (keys, decide) =>
      store('readwrite', (objectStore) =>
        readThenWrite(objectStore, keys.map((key) => objectStore.get(key)), (values) =>
          decide(values as unknown[]),
        ),
      ),
    transactAll: (decide) =>
      store('readwrite', (objectStore) =>
        readThenWrite(objectStore, [objectStore.getAllKeys(), objectStore.getAll()], ([keys, values]) =>
          decide(
            (keys as IDBValidKey[]).map((key, i) => ({ key, value: (values as unknown[])[i] })),
          ),
        ),
      ),
    keys: () => ifStored([], () => store('readonly', (objectStore) => promisifyRequest(objectStore.getAllKeys()))),
    putMany: (list) =>
      setMany(
        list.map(({ key, value }) => [key, value]),
        store,
      ),
    del: (key) => del(key, store),
    clear: () => ifStored(undefined, () => clear(store)),
  };
}

/**
 * Waits for every read request of a transaction, then writes what `decide` says,
 * still inside it: writing after an await on anything else would find the
 * transaction already committed.
 */
function readThenWrite(
  objectStore: IDBObjectStore,
  requests: IDBRequest[],
  decide: (results: unknown[]) => Write[],
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const results: unknown[] = new Array(requests.length);
    let left = requests.length;
    let thrown: unknown;
    const fail = (error: unknown) => {
      thrown ??= error;
      try {
        objectStore.transaction.abort();
      } catch {
        // Already ended: the transaction's own error is reported below.
      }
      reject(error);
    };
    const finish = () => {
      let writes: Write[];
      try {
        writes = decide(results);
      } catch (error) {
        return fail(error);
      }
      promisifyRequest(objectStore.transaction).then(resolve, (error: unknown) => reject(thrown ?? error));
      // Each value is copied as it is put: thousands (an import) take longer than a
      // frame. Written in slices, each continued from the last one's success, so the
      // page answers between them and the transaction stays one (it is kept open
      // while a request of it is pending).
      let next = 0;
      const writeSome = () => {
        try {
          const start = performance.now();
          let last: IDBRequest | undefined;
          while (next < writes.length) {
            last = apply(objectStore, writes[next]!);
            next += 1;
            if (next % 32 === 0 && performance.now() - start > WRITE_SLICE_MS) break;
          }
          if (next < writes.length && last) last.addEventListener('success', writeSome);
        } catch (error) {
          fail(error);
        }
      };
      writeSome();
    };
    if (left === 0) return finish();
    requests.forEach((request, i) => {
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        results[i] = request.result;
        left -= 1;
        if (left === 0) finish();
      };
    });
  });
}

/** Most time one slice of writes may take before the page gets a turn. */
const WRITE_SLICE_MS = 8;

function apply(objectStore: IDBObjectStore, write: Write): IDBRequest {
  if ('isDelete' in write) return objectStore.delete(write.key);
  return objectStore.put(write.value, write.key);
}

/**
 * Whether this collection's database exists, without creating it (opening one
 * would). Where the browser can't list its databases, it is taken to exist.
 */
export async function hasDatabase(collection: string): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
    const name = `${DATABASE_PREFIX}${collection}`;
    return (await indexedDB.databases()).some((database) => database.name === name);
  } catch {
    return true;
  }
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
