// The pass that turns every stored value of every registered collection into
// what the lock wants: sealed with its current key (the lock going on, or a new
// passphrase), or plain (the lock coming off). It must survive a tab closed at
// any moment, so no step depends on another having finished:
//  - Each value is converted on its own, outside any transaction (WebCrypto is
//    asynchronous), then written in batches with transactKeys, each value only
//    if it is still exactly what was read (a write made meanwhile wins, and is
//    already in the wanted form, since writes seal as the lock says).
//  - Plain and sealed values read the same with the key, so a pass stopped
//    halfway leaves every record readable; the target is stored with the
//    lock's parameters and the pass goes on at the next unlock.
//  - It sweeps until one sweep finds nothing left to change. The first reads
//    everything, a page at a time; later ones look only at what may have
//    changed since it read: keys it found changed as it wrote, keys written
//    since (every write says so, in this tab and others), and keys not there
//    when it read.
// Tombstones (an id and a time) stay plain. Unreadable values are sealed where
// they lie (updatedAt '', see sealing.ts), set-aside ones under their own keys.
import { isSame } from '../../lib/merge';
import { allCollections } from '../collections/all-collections';
import type { KeyValueBackend, StoredEntry, StoredKey, Write } from '../backends/backend';
import { backendFor } from '../backends/backends';
import { onChange } from '../signals/cross-tab';
import { isKeptPlain, isSealed, type SealedAt, type Sealer } from '../engine/sealing';
import { keyLabel } from '../signals/storage-status';
import { isSetAsideValue, isTombstone } from '../engine/stored-markers';

export type PassTarget =
  /** Seal with the key `keyId` (the sealer seals with it and opens any key of the lock). */
  | { kind: 'sealed'; keyId: string; sealer: Sealer }
  /** Open everything (the sealer opens any key of the lock). */
  | { kind: 'plain'; sealer: Sealer };

export type PassOptions = {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches: true stops the pass (the lock closing); it goes on later. */
  shouldStop?: () => boolean;
  /**
   * How long after the pass begins the sweep that checks nothing is left may
   * start, so writes other tabs made as they heard of the change are seen.
   */
  settleMs?: number;
};

export type PassReport = {
  /** Values rewritten. */
  changed: number;
  /** Sealed values that would not open with any key: left exactly as they are. */
  couldNotOpen: number;
  /** Stopped by shouldStop before the end. */
  isStopped: boolean;
};

type Collection = ReturnType<typeof allCollections>[number];
type Sweep = { changed: number; skipped: number; couldNotOpen: number; isStopped: boolean };
/** One collection as the pass goes: every key it has looked at, and those found changed as it wrote. */
type Look = { collection: Collection; seen: Set<StoredKey>; skipped: Set<StoredKey> };
/** The next batch of stored entries to look at, or null when there are no more. */
type Batches = () => Promise<StoredEntry[] | null>;
/** Keys written to each collection, as notices tell; 'all' after an import or a clear. */
type Written = Map<string, Set<string> | 'all'>;

const MAX_SWEEPS = 5;
// Sealing is quick; each transaction's requests are what cost: big batches, one transaction each.
const DEFAULT_BATCH = 1000;

export async function runPass(target: PassTarget, options: PassOptions = {}): Promise<PassReport> {
  const settledAt = Date.now() + (options.settleMs ?? 0);
  const size = options.batchSize ?? DEFAULT_BATCH;
  const written = watchWrites();
  try {
    const looks: Look[] = allCollections().map((collection) => ({ collection, seen: new Set(), skipped: new Set() }));
    // Progress counts every stored value looked at, of all there are.
    const total = (await Promise.all(looks.map(async ({ collection }) => (await (await backendFor(collection.name)).keys()).length))).reduce(
      (sum, n) => sum + n,
      0,
    );
    let since: Written = new Map();
    let changed = 0;
    let couldNotOpen = 0;
    for (let sweepCount = 1; ; sweepCount++) {
      const sweep: Sweep = { changed: 0, skipped: 0, couldNotOpen: 0, isStopped: false };
      let done = 0;
      if (sweepCount === 1) options.onProgress?.(0, total);
      for (const look of looks) {
        const backend = await backendFor(look.collection.name);
        const batches =
          sweepCount === 1 || since.get(look.collection.name) === 'all' ? pages(look, backend, size) : await lookAgain(look, backend, since, size);
        look.skipped = new Set();
        await sweepCollection(look.collection, batches, targetFor(look.collection, target), options, sweep, look.skipped, (count) => {
          done += count;
          if (sweepCount === 1) options.onProgress?.(done, Math.max(done, total));
        });
        if (sweep.isStopped) return { changed: changed + sweep.changed, couldNotOpen: couldNotOpen + sweep.couldNotOpen, isStopped: true };
      }
      changed += sweep.changed;
      couldNotOpen += sweep.couldNotOpen;
      if (sweep.changed + sweep.skipped === 0) return { changed, couldNotOpen, isStopped: false };
      if (sweepCount >= MAX_SWEEPS) throw new Error('The records kept changing while the lock was being applied.');
      const settling = settledAt - Date.now();
      if (settling > 0) await new Promise((resolve) => setTimeout(resolve, settling));
      since = written.take();
    }
  } finally {
    written.stop();
  }
}

/** Every stored entry of a collection, a page at a time in key order, so no one read holds the page for long. */
function pages(look: Look, backend: KeyValueBackend, size: number): Batches {
  let after: StoredKey | undefined;
  let isDone = false;
  return async () => {
    if (isDone) return null;
    // Asked for at once, so its transaction is made before the write of the batch before it,
    // and runs first: the write then waits a moment, rather than this read for the whole write.
    const page = await backend.entriesAfter(after, size);
    if (page.length < size) isDone = true;
    if (page.length === 0) return null;
    after = page[page.length - 1]!.key;
    for (const { key } of page) look.seen.add(key);
    return page;
  };
}

/**
 * What may have changed since the last look: re-reading every value (10,000
 * sealed ones take a noticeable part of a second) would find nothing more, as
 * each write either seals as the lock says or says which key it wrote.
 */
async function lookAgain(look: Look, backend: KeyValueBackend, since: Written, size: number): Promise<Batches> {
  const { collection, seen, skipped } = look;
  const written = since.get(collection.name);
  const keys = (await backend.keys()).filter(
    (key) => !seen.has(key) || skipped.has(key) || (typeof key === 'string' && written instanceof Set && written.has(key)),
  );
  for (const key of keys) seen.add(key);
  return listed(keys, size, (batch) => backend.getMany(batch));
}

/** These keys' entries, a batch at a time. */
function listed(keys: StoredKey[], size: number, getMany: (keys: StoredKey[]) => Promise<unknown[]>): Batches {
  let from = 0;
  return async () => {
    if (from >= keys.length) return null;
    const batch = keys.slice(from, from + size);
    from += size;
    const values = await getMany(batch);
    return batch.map((key, i) => ({ key, value: values[i] }));
  };
}

/** Listens for writes from the pass's start, so a later sweep knows which keys to look at again. */
function watchWrites(): { take: () => Written; stop: () => void } {
  let written: Written = new Map();
  const stop = onChange(({ collection, id, op }) => {
    const keys = written.get(collection);
    if (keys === 'all') return;
    if (op === 'put') written.set(collection, (keys ?? new Set()).add(id));
    // A deletion leaves a tombstone (a new key, seen as one); an import or a clear may have changed anything.
    else if (op === 'reload' || op === 'clear') written.set(collection, 'all');
  });
  return {
    take: () => {
      const taken = written;
      written = new Map();
      return taken;
    },
    stop,
  };
}

/**
 * Converts what needs it, batch by batch, each batch written in one
 * transaction; the next batch is read and converted while this one is written.
 */
async function sweepCollection(
  collection: Collection,
  batches: Batches,
  target: PassTarget,
  options: PassOptions,
  sweep: Sweep,
  skipped: Set<StoredKey>,
  progress: (count: number) => void,
): Promise<void> {
  const backend = await backendFor(collection.name);
  const prepare = async () => {
    const batch = await batches();
    if (!batch) return null;
    const todo = batch.filter((entry) => needsChange(entry.value, target));
    const converted = await Promise.all(todo.map((entry) => convert(collection, entry, target)));
    return { count: batch.length, todo, converted };
  };
  let preparing = prepare();
  for (;;) {
    if (options.shouldStop?.()) {
      sweep.isStopped = true;
      void preparing.catch(() => undefined);
      return;
    }
    const prepared = await preparing;
    if (!prepared) return;
    preparing = prepare();
    const { count, todo, converted } = prepared;
    const work = todo.flatMap((entry, j) => {
      const writes = converted[j];
      if (writes === 'could-not-open') sweep.couldNotOpen += 1;
      return Array.isArray(writes) ? [{ entry, writes }] : [];
    });
    if (work.length > 0) {
      let applied = 0;
      let skippedNow: StoredKey[] = [];
      try {
        await backend.transactKeys(
          work.map((w) => w.entry.key),
          (currents) => {
            applied = 0;
            skippedNow = [];
            return currents.flatMap((current, j) => {
              const { entry, writes } = work[j]!;
              if (!isUnchanged(current, entry.value)) {
                skippedNow.push(entry.key);
                return [];
              }
              applied += 1;
              return writes;
            });
          },
        );
      } catch (error) {
        void preparing.catch(() => undefined);
        throw error;
      }
      sweep.changed += applied;
      sweep.skipped += work.length - applied;
      for (const key of skippedNow) skipped.add(key);
    }
    progress(count);
  }
}

/**
 * Brings these keys of one collection to the target (another tab wrote them
 * as it learned of the lock, without the key): each only if still as read.
 */
export async function passOver(collectionName: string, keys: string[], target: PassTarget): Promise<void> {
  const collection = allCollections().find((c) => c.name === collectionName);
  if (!collection || keys.length === 0) return;
  const backend = await backendFor(collectionName);
  const sweep: Sweep = { changed: 0, skipped: 0, couldNotOpen: 0, isStopped: false };
  await sweepCollection(collection, listed(keys, DEFAULT_BATCH, (batch) => backend.getMany(batch)), targetFor(collection, target), {}, sweep, new Set(), () => undefined);
  // Changed again meanwhile: that write is looked at in its turn (it is announced too).
}

/** How many stored values are not yet what the lock wants (sealed with `keyId`): readable without any key. */
export async function countUnsealed(keyId: string): Promise<number> {
  const target: PassTarget = { kind: 'sealed', keyId, sealer: { seal: () => Promise.reject(), unseal: () => Promise.reject() } };
  const counts = await Promise.all(
    allCollections().map(async (collection) =>
      (await (await backendFor(collection.name)).entries()).filter((e) => needsChange(e.value, targetFor(collection, target))).length,
    ),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/** A collection the person chose to keep readable without the passphrase (sealing.ts) stays plain. */
function targetFor(collection: Collection, target: PassTarget): PassTarget {
  return isKeptPlain(collection.name) ? { kind: 'plain', sealer: target.sealer } : target;
}

function needsChange(value: unknown, target: PassTarget): boolean {
  if (value === undefined || isTombstone(value)) return false;
  if (target.kind === 'sealed') return !isSealed(value) || value.key !== target.keyId;
  return isSealed(value) || (isSetAsideValue(value) && isSealed(value.raw));
}

/** The writes that bring one stored value to the target, or why there are none. */
async function convert(
  collection: Collection,
  { key, value }: StoredEntry,
  target: PassTarget,
): Promise<Write[] | 'could-not-open'> {
  const { sealer } = target;
  let plain = value;
  let at: SealedAt;
  if (isSealed(value)) {
    try {
      plain = await sealer.unseal(collection.name, value);
    } catch {
      return 'could-not-open';
    }
    at = { id: value.id, updatedAt: value.updatedAt };
  } else {
    at = { id: keyLabel(key), updatedAt: recordVersion(collection, plain) };
  }
  if (target.kind === 'sealed') return [{ key, value: await sealer.seal(collection.name, at, plain) }];
  // A value set aside from a sealed record holds that record still sealed: opened too, when it opens.
  if (isSetAsideValue(plain) && isSealed(plain.raw)) {
    try {
      plain = { ...plain, raw: await sealer.unseal(collection.name, plain.raw) };
    } catch {
      if (plain === value) return 'could-not-open';
    }
  }
  return [{ key, value: plain }];
}

/** The version a plain value is sealed with: its updatedAt if it reads as a record, '' otherwise. */
function recordVersion(collection: Collection, value: unknown): string {
  if (isSetAsideValue(value)) return '';
  const result = collection.read(value);
  return result.ok ? result.record.updatedAt : '';
}

/** Still exactly the value the pass read: a sealed one by its key, version and IV; a plain one by content. */
function isUnchanged(current: unknown, before: unknown): boolean {
  if (current === undefined) return false;
  if (isSealed(before)) {
    return (
      isSealed(current) &&
      current.key === before.key &&
      current.id === before.id &&
      current.updatedAt === before.updatedAt &&
      sameBytes(current.iv, before.iv)
    );
  }
  return !isSealed(current) && isSame(current, before);
}

function sameBytes(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
