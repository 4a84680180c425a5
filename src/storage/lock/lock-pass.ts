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
//    everything; later ones look only at what may have changed since it read:
//    keys it found changed as it wrote, keys written since (every write says so,
//    in this tab and others), and keys not there when it read.
// Tombstones (an id and a time) stay plain. Unreadable values are sealed where
// they lie (updatedAt '', see sealing.ts), set-aside ones under their own keys.
import { isSame } from '../../lib/merge';
import { allCollections } from '../all-collections';
import type { StoredEntry, StoredKey, Write } from '../backend';
import { backendFor } from '../backends';
import { onChange } from '../cross-tab';
import { isKeptPlain, isSealed, type SealedAt, type Sealer } from '../sealing';
import { keyLabel } from '../storage-status';
import { isSetAsideValue, isTombstone } from '../stored-markers';

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
/** What a sweep reads of one collection: the entries, and every key looked at so far. */
type Look = { collection: Collection; entries: StoredEntry[]; seen: Set<StoredKey>; skipped: Set<StoredKey> };
/** Keys written to each collection, as notices tell; 'all' after an import or a clear. */
type Written = Map<string, Set<string> | 'all'>;

const MAX_SWEEPS = 5;
// Sealing is quick; each transaction's requests are what cost: big batches, one transaction each.
const DEFAULT_BATCH = 1000;

export async function runPass(target: PassTarget, options: PassOptions = {}): Promise<PassReport> {
  const settledAt = Date.now() + (options.settleMs ?? 0);
  const written = watchWrites();
  try {
    let looks = await Promise.all(allCollections().map(firstLook));
    let changed = 0;
    let couldNotOpen = 0;
    for (let sweepCount = 1; ; sweepCount++) {
      const todo = looks.map((look) => ({
        look,
        entries: look.entries.filter((e) => needsChange(e.value, targetFor(look.collection, target))),
      }));
      const total = todo.reduce((sum, t) => sum + t.entries.length, 0);
      const sweep: Sweep = { changed: 0, skipped: 0, couldNotOpen: 0, isStopped: false };
      let done = 0;
      if (sweepCount === 1) options.onProgress?.(0, total);
      for (const { look, entries } of todo) {
        await sweepCollection(look.collection, entries, targetFor(look.collection, target), options, sweep, look.skipped, (count) => {
          done += count;
          if (sweepCount === 1) options.onProgress?.(done, total);
        });
        if (sweep.isStopped) return { changed: changed + sweep.changed, couldNotOpen: couldNotOpen + sweep.couldNotOpen, isStopped: true };
      }
      changed += sweep.changed;
      couldNotOpen += sweep.couldNotOpen;
      if (sweep.changed + sweep.skipped === 0) return { changed, couldNotOpen, isStopped: false };
      if (sweepCount >= MAX_SWEEPS) throw new Error('The records kept changing while the lock was being applied.');
      const settling = settledAt - Date.now();
      if (settling > 0) await new Promise((resolve) => setTimeout(resolve, settling));
      const since = written.take();
      looks = await Promise.all(looks.map((look) => lookAgain(look, since.get(look.collection.name))));
    }
  } finally {
    written.stop();
  }
}

async function firstLook(collection: Collection): Promise<Look> {
  const entries = await (await backendFor(collection.name)).entries();
  return { collection, entries, seen: new Set(entries.map((e) => e.key)), skipped: new Set() };
}

/**
 * What may have changed since the last look: re-reading every value (10,000
 * sealed ones take a noticeable part of a second) would find nothing more, as
 * each write either seals as the lock says or says which key it wrote.
 */
async function lookAgain(look: Look, written: Set<string> | 'all' | undefined): Promise<Look> {
  const { collection, seen, skipped } = look;
  const backend = await backendFor(collection.name);
  if (written === 'all') return firstLook(collection);
  const keys = (await backend.keys()).filter(
    (key) => !seen.has(key) || skipped.has(key) || (typeof key === 'string' && written?.has(key)),
  );
  const values = await backend.getMany(keys);
  for (const key of keys) seen.add(key);
  return { collection, entries: keys.map((key, i) => ({ key, value: values[i] })), seen, skipped: new Set() };
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

async function sweepCollection(
  collection: Collection,
  entries: StoredEntry[],
  target: PassTarget,
  options: PassOptions,
  sweep: Sweep,
  skipped: Set<StoredKey>,
  progress: (count: number) => void,
): Promise<void> {
  const backend = await backendFor(collection.name);
  const size = options.batchSize ?? DEFAULT_BATCH;
  const sealBatch = (from: number) =>
    Promise.all(entries.slice(from, from + size).map((entry) => convert(collection, entry, target)));
  let sealing = entries.length > 0 ? sealBatch(0) : null;
  for (let i = 0; i < entries.length; i += size) {
    if (options.shouldStop?.()) {
      sweep.isStopped = true;
      void sealing?.catch(() => undefined);
      return;
    }
    const batch = entries.slice(i, i + size);
    const converted = await sealing!;
    // The next batch is sealed while this one is written.
    sealing = i + size < entries.length ? sealBatch(i + size) : null;
    const work = batch.flatMap((entry, j) => {
      const writes = converted[j];
      if (writes === 'could-not-open') sweep.couldNotOpen += 1;
      return Array.isArray(writes) ? [{ entry, writes }] : [];
    });
    if (work.length > 0) {
      let applied = 0;
      let skippedNow: StoredKey[] = [];
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
      sweep.changed += applied;
      sweep.skipped += work.length - applied;
      for (const key of skippedNow) skipped.add(key);
    }
    progress(batch.length);
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
  const values = await backend.getMany(keys);
  const entries = keys.map((key, i) => ({ key, value: values[i] })).filter((e) => needsChange(e.value, targetFor(collection, target)));
  const sweep: Sweep = { changed: 0, skipped: 0, couldNotOpen: 0, isStopped: false };
  await sweepCollection(collection, entries, targetFor(collection, target), {}, sweep, new Set(), () => undefined);
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
