// Another device's file merged in: the same merge as an import and as between
// two tabs. By record id; the newer version wins; where both devices changed a
// record since the version this device last sent (the base), the collection's
// own merge combines them, and when it can't (the same words changed on both),
// the newer stays and the other is kept for the person to choose, as a kept
// version (the same drafts record two tabs use). Deletion marks travel, each
// naming the version it deleted: an edit made after that version is kept.
// Written through the import's path (backup/merge-write.ts).
import type { Write } from '../backends/backend';
import type { RecordBase } from '../engine/collection';
import { allCollections, collectionNamed } from '../collections/all-collections';
import { draftsCollection, type KeptVersion } from '../collections/drafts';
import { isObject } from '../engine/record-reader';
import { nextUpdatedAt } from '../engine/record-fields';
import { isMarkerKey, isPossibleTombstone, isSetAsideValue, isTombstone, setAsideEntry, tombstone, tombstoneKey } from '../engine/stored-markers';
import { isSealed } from '../engine/sealing';
import { later, readLocal, writeDecided, type Local } from '../backup/merge-write';
import { timeSlices } from '../../lib/yield-to-main';

/** A deletion mark as a sync file carries it: with the version it deleted, where known. */
export type TravellingMark = { tombstone: true; id: string; deletedAt: string; of?: string };

type Collection = NonNullable<ReturnType<typeof collectionNamed>>;
type Expected = { at: string | undefined; deletedAt: string | undefined; unreadable: boolean };
type Op = { id: string; expect: Expected; put?: RecordBase; remove?: string; mark?: TravellingMark; counts: 'brought' | 'removed' | null };

export type MergeCounts = { brought: number; removed: number; missed: number };
export type MergeResult = { brought: Map<string, number>; removed: number; missed: number };

/** The base of a three-way merge: the record as this device last sent it. */
export type BaseReader = (collection: string, id: string, version: string) => Promise<RecordBase | null>;

/** What is in another device's file, merged into this device's stores. */
export async function mergeIn(
  values: { collection: string; value: unknown }[],
  sentVersions: Record<string, Record<string, string>>,
  baseOf: BaseReader,
): Promise<MergeResult> {
  const byCollection = new Map<string, unknown[]>();
  for (const { collection, value } of values) {
    if (!collectionNamed(collection)) continue; // made by a newer Mend: left for it
    const list = byCollection.get(collection) ?? [];
    list.push(value);
    byCollection.set(collection, list);
  }
  const result: MergeResult = { brought: new Map(), removed: 0, missed: 0 };
  const kept: KeptVersion[] = [];
  for (const collection of allCollections()) {
    const incoming = byCollection.get(collection.name);
    if (!incoming) continue;
    const ops = await planCollection(collection, incoming, sentVersions[collection.name] ?? {}, baseOf, kept);
    const counts = await writeOps(collection, ops);
    if (counts.brought > 0) result.brought.set(collection.name, counts.brought);
    result.removed += counts.removed;
    result.missed += counts.missed;
  }
  if (kept.length > 0) result.missed += (await keepVersions(kept)).missed;
  return result;
}

async function planCollection(
  collection: Collection,
  incoming: unknown[],
  sent: Record<string, string>,
  baseOf: BaseReader,
  kept: KeptVersion[],
): Promise<Op[]> {
  const entries = await collection.rawEntries({ inPages: true });
  const local = await readLocal(entries, collection.read);
  const stored = new Map(entries.map((entry) => [entry.key, entry.value]));
  const expect = (id: string): Expected => ({ at: local.versions.get(id), deletedAt: local.deletedAt.get(id), unreadable: local.unreadable.has(id) });
  const ops: Op[] = [];
  const slices = timeSlices();
  for (const [i, value] of incoming.entries()) {
    if (i % 64 === 63) await slices.check();
    if (isTombstone(value)) {
      if (!isPossibleTombstone(value)) continue;
      const of = (value as { of?: unknown }).of;
      const mark: TravellingMark = { tombstone: true, id: value.id, deletedAt: value.deletedAt, ...(typeof of === 'string' ? { of } : {}) };
      const op = planMark(local, mark);
      if (op) ops.push({ ...op, id: mark.id, expect: expect(mark.id) });
      continue;
    }
    const read = collection.read(value);
    if (!read.ok) continue; // a record this version can't read stays on the device that wrote it
    const theirs = read.record;
    const id = theirs.id;
    const here = local.versions.get(id);
    const deletedAt = local.deletedAt.get(id);
    const base = sent[id];
    if (local.unreadable.has(id)) {
      ops.push({ id, expect: expect(id), put: theirs, counts: 'brought' });
    } else if (here === undefined) {
      // Deleted here: an edit made there after the version this device deleted is kept.
      const isEditAfterDelete = deletedAt === undefined || (base !== undefined ? later(theirs.updatedAt, base) : later(theirs.updatedAt, deletedAt));
      if (isEditAfterDelete) ops.push({ id, expect: expect(id), put: theirs, counts: 'brought' });
    } else if (theirs.updatedAt !== here) {
      const put = await settle(collection, stored.get(id), theirs, base, baseOf, kept);
      if (put) ops.push({ id, expect: expect(id), put, counts: 'brought' });
    }
  }
  return ops;
}

/** A deletion from there: removes the record here unless it was edited here after the version deleted. */
function planMark(local: Local, mark: TravellingMark): Omit<Op, 'id' | 'expect'> | null {
  const here = local.versions.get(mark.id);
  if (here !== undefined) {
    const isEditedSince = mark.of !== undefined ? later(here, mark.of) : !later(mark.deletedAt, here);
    return isEditedSince ? null : { remove: mark.deletedAt, mark, counts: 'removed' };
  }
  const deletedAt = local.deletedAt.get(mark.id);
  if (local.unreadable.has(mark.id) || (deletedAt !== undefined && !later(mark.deletedAt, deletedAt))) return null;
  return { mark, counts: null };
}

/**
 * Both hold the record, in different versions: which to keep. Changed only
 * there (since the base): theirs. Only here: ours. On both: merged, or the
 * newer kept and the other set aside as a kept version for the person.
 */
async function settle(
  collection: Collection,
  storedValue: unknown,
  theirs: RecordBase,
  base: string | undefined,
  baseOf: BaseReader,
  kept: KeptVersion[],
): Promise<RecordBase | null> {
  const readHere = collection.read(storedValue);
  if (!readHere.ok) return theirs;
  const ours = readHere.record;
  const isChangedThere = base === undefined || (theirs.updatedAt !== base && later(theirs.updatedAt, base));
  if (!isChangedThere) return null;
  const isChangedHere = base === undefined || ours.updatedAt !== base;
  if (!isChangedHere) return later(theirs.updatedAt, ours.updatedAt) ? theirs : null;
  // The later change is "mine": its fields win where a collection prefers the later one.
  const [newer, older] = later(theirs.updatedAt, ours.updatedAt) ? [theirs, ours] : [ours, theirs];
  const baseRecord = base === undefined ? null : await baseOf(collection.name, theirs.id, base);
  const merged = collection.merge?.(baseRecord, newer, older) ?? null;
  // Just after the newer change, by its time and not this device's clock: two devices merging the same pair make the same record.
  if (merged) return JSON.stringify(merged) === JSON.stringify(ours) ? null : { ...merged, updatedAt: nextUpdatedAt(newer.updatedAt, 0) };
  kept.push(keptVersion(collection.name, older, newer.updatedAt));
  return newer === theirs ? theirs : null;
}

/** The version that lost, kept as two tabs keep one: both devices make the same one, so it travels once. */
function keptVersion(collection: string, record: RecordBase, newerAt: string): KeptVersion {
  return {
    schemaVersion: 2,
    id: `kept:${collection}:${record.id}:sync-${record.updatedAt}`,
    createdAt: newerAt,
    updatedAt: newerAt,
    base: newerAt,
    kind: 'kept-version',
    collection,
    recordId: record.id,
    record,
  };
}

async function keepVersions(kept: KeptVersion[]): Promise<MergeCounts> {
  const ops: Op[] = kept.map((version) => ({ id: version.id, expect: { at: undefined, deletedAt: undefined, unreadable: false }, put: version, counts: null }));
  // Already kept (brought by the other device's file, or by an earlier sync): left as it is.
  return writeOps(draftsCollection, ops, true);
}

/** The plan written in one transaction, each step only if what it was planned against is still what is stored. */
async function writeOps(collection: Collection, ops: Op[], skipWhenPresent = false): Promise<MergeCounts> {
  if (ops.length === 0) return { brought: 0, removed: 0, missed: 0 };
  const puts = ops.filter((op) => op.put);
  const touched = new Set(ops.map((op) => op.id));
  const counts = await writeDecided(collection, puts.map((op) => op.put!), touched, (local, sealed, stored) => {
    const counts: MergeCounts = { brought: 0, removed: 0, missed: 0 };
    const writes: Write[] = [];
    const sealedById = new Map(puts.map((op, i) => [op.id, sealed[i]]));
    for (const op of ops) {
      const now = { at: local.versions.get(op.id), deletedAt: local.deletedAt.get(op.id), unreadable: local.unreadable.has(op.id) };
      if (skipWhenPresent && (now.at !== undefined || now.deletedAt !== undefined)) continue;
      if (now.at !== op.expect.at || now.deletedAt !== op.expect.deletedAt || now.unreadable !== op.expect.unreadable) {
        // Changed here while the file was merged: the next sync tries again.
        counts.missed += 1;
        continue;
      }
      if (op.put) {
        if (now.unreadable) writes.push(setAsideEntry(op.id, 'replaced by a sync from another device', stored.get(op.id)));
        writes.push({ key: op.id, value: sealedById.get(op.id) });
        if (now.deletedAt !== undefined) writes.push({ key: tombstoneKey(op.id), isDelete: true });
      } else if (op.remove !== undefined) {
        writes.push({ key: op.id, isDelete: true }, { key: tombstoneKey(op.id), value: tombstone(op.id, op.remove) });
      } else if (op.mark) {
        writes.push({ key: tombstoneKey(op.id), value: tombstone(op.id, op.mark.deletedAt) });
      }
      if (op.counts) counts[op.counts] += 1;
    }
    return { writes, counts };
  });
  return counts ?? { brought: 0, removed: 0, missed: 0 };
}

/**
 * A stored value as it travels in a sync file, or null when it doesn't (set
 * aside, or sealed and not opened). A record that can't be read travels as it
 * is: the device that reads it checks every record, and skips what it can't read.
 */
export function travelling(key: IDBValidKey, value: unknown, sentVersion: string | undefined): unknown {
  if (isTombstone(value)) return sentVersion === undefined ? value : { ...value, of: sentVersion };
  if (typeof key !== 'string' || isMarkerKey(key) || !isObject(value) || isSealed(value) || isSetAsideValue(value)) return null;
  return value;
}
