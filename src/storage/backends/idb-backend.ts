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
import type { KeyValueBackend, StoredKey, Write } from './backend';
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
    getMany: (keys) =>
      ifStored(
        keys.map(() => undefined),
        () => store('readonly', (objectStore) => new Promise<unknown[]>((resolve, reject) => readKeys(objectStore, keys, resolve, reject))),
      ),
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
        readThenWrite(objectStore, (done, fail) => readKeys(objectStore, keys, done, fail), decide),
      ),
    transactAll: (decide) =>
      store('readwrite', (objectStore) =>
        readThenWrite(
          objectStore,
          (done, fail) => readAll([objectStore.getAllKeys(), objectStore.getAll()], done, fail),
          ([keys, values]) =>
            decide((keys as IDBValidKey[]).map((key, i) => ({ key, value: (values as unknown[])[i] }))),
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

/** Reads inside a transaction, and calls `done` from a request's success, while it is still active. */
type Reading = (done: (results: unknown[]) => void, fail: (error: unknown) => void) => void;

/**
 * Reads, then writes what `decide` says, still inside the same transaction:
 * writing after an await on anything else would find it already committed.
 */
function readThenWrite(objectStore: IDBObjectStore, read: Reading, decide: (results: unknown[]) => Write[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
    const finish = (results: unknown[]) => {
      let writes: Write[];
      try {
        writes = decide(results);
      } catch (error) {
        return fail(error);
      }
      promisifyRequest(objectStore.transaction).then(resolve, (error: unknown) => reject(thrown ?? error));
      // Each value is copied as it is put: thousands (an import) take longer than a
      // frame. Written in slices, each continued from the success of the previous
      // slice's first write, so the page answers between them, the next slice is
      // copied while the store writes the rest of this one, and the transaction
      // stays one (it is kept open while a request of it is pending).
      let next = 0;
      const writeSome = () => {
        try {
          const start = performance.now();
          let first: IDBRequest | undefined;
          while (next < writes.length) {
            const request = apply(objectStore, writes[next]!);
            first ??= request;
            next += 1;
            if (next % 32 === 0 && performance.now() - start > WRITE_SLICE_MS) break;
          }
          if (next < writes.length && first) first.addEventListener('success', writeSome);
        } catch (error) {
          fail(error);
        }
      };
      writeSome();
    };
    read(finish, reject);
  });
}

/** Waits for every one of these requests, then gives their results, in order. */
function readAll(requests: IDBRequest[], done: (results: unknown[]) => void, fail: (error: unknown) => void): void {
  const results: unknown[] = new Array(requests.length);
  let left = requests.length;
  if (left === 0) return done(results);
  requests.forEach((request, i) => {
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      results[i] = request.result;
      left -= 1;
      if (left === 0) done(results);
    };
  });
}

/**
 * The values at these keys, in the order given (undefined where none). String
 * keys are read as the range they span, in two requests rather than one per key:
 * each request is a round trip, and a thousand of them made most of the time
 * the lock took to seal a batch. Keys a bounded range did not reach are read one by one.
 */
function readKeys(objectStore: IDBObjectStore, keys: StoredKey[], done: (values: unknown[]) => void, fail: (error: unknown) => void): void {
  const values: unknown[] = new Array(keys.length);
  const readEach = (positions: number[]) =>
    readAll(
      positions.map((i) => objectStore.get(keys[i]!)),
      (results) => {
        positions.forEach((position, j) => (values[position] = results[j]));
        done(values);
      },
      fail,
    );
  if (keys.length < 2 || !keys.every((key) => typeof key === 'string')) return readEach(keys.map((_, i) => i));
  // JavaScript orders strings as IndexedDB does, by UTF-16 code unit.
  let lower = keys[0] as string;
  let upper = lower;
  for (const key of keys as string[]) {
    if (key < lower) lower = key;
    if (key > upper) upper = key;
  }
  // Bounded, so a few keys far apart don't read everything between them.
  const limit = keys.length * RANGE_SLACK;
  const range = IDBKeyRange.bound(lower, upper);
  readAll(
    [objectStore.getAllKeys(range, limit), objectStore.getAll(range, limit)],
    (results) => {
      const [rangeKeys, rangeValues] = results as [IDBValidKey[], unknown[]];
      const found = new Map<IDBValidKey, unknown>();
      rangeKeys.forEach((key, i) => found.set(key, rangeValues[i]));
      const isWhole = rangeKeys.length < limit;
      const beyond: number[] = [];
      keys.forEach((key, i) => {
        if (found.has(key)) values[i] = found.get(key);
        else if (!isWhole) beyond.push(i);
      });
      readEach(beyond);
    },
    fail,
  );
}

/** How many stored entries a range read may hold for each key asked for. */
const RANGE_SLACK = 4;

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
