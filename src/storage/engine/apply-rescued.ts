// Copies rescued as the last page closed (see rescue.ts) are applied before a
// collection is read, through the same path as every write: read and migrated,
// checked against the version they were based on, merged where the collection
// knows how. What can't be read, or would overwrite someone's later words, is
// set aside and listed in Your data, never dropped.
import type { Base, Merge, RecordBase, WriteOutcome } from './record-types';
import { isSame } from '../../lib/merge';
import { nextUpdatedAt } from './record-fields';
import { forgetRescued, rescuedChanges } from './rescue';
import { LockedError, openStored } from './sealing';

/** What applying a rescued copy asks of its collection (collection.ts passes itself). */
export type RescueTarget<T extends RecordBase> = {
  name: string;
  read(raw: unknown): { ok: true; record: T } | { ok: false; reason: string };
  write(record: T, base: Base): Promise<WriteOutcome<T>>;
  remove(id: string, base: Base): Promise<unknown>;
  keepAside(id: string, reason: string, raw: unknown): Promise<void>;
  merge?: Merge<T>;
};

export async function applyRescued<T extends RecordBase>(
  collection: RescueTarget<T>,
  onlyId?: string,
): Promise<void> {
  for (const change of rescuedChanges(collection.name)) {
    if (onlyId !== undefined && change.id !== onlyId) continue;
    try {
      await apply(collection, change);
      forgetRescued(collection.name, change.id);
    } catch {
      // Still can't write: the rescued copy stays for the next try.
    }
  }
}

async function apply<T extends RecordBase>(
  collection: RescueTarget<T>,
  change: ReturnType<typeof rescuedChanges>[number],
): Promise<void> {
  const keepAside = (reason: string, raw: unknown) =>
    collection.keepAside(change.id, reason, raw);
  if (change.kind === 'unreadable') {
    return keepAside('a copy kept as a page closed could not be read', change.text);
  }
  if (change.kind === 'delete') {
    await collection.remove(change.id, change.base);
    return;
  }
  let raw: unknown;
  try {
    // A copy sealed by the lock opens only with its key: while locked, it waits (LockedError).
    raw = change.kind === 'sealed-put' ? await openStored(collection.name, change.envelope) : change.raw;
  } catch (error) {
    if (error instanceof LockedError) throw error;
    return keepAside('a copy kept as a page closed could not be opened', change.kind === 'sealed-put' ? change.envelope : change.raw);
  }
  const result = collection.read(raw);
  if (!result.ok) return keepAside(result.reason, raw);
  const mine = result.record;
  const outcome = await collection.write(mine, change.base);
  if (outcome.status !== 'changed-elsewhere') return;
  const theirs = outcome.stored;
  // The write it shadows landed after all: nothing left to do.
  if (isSame(theirs, mine)) return;
  const merged = collection.merge?.(null, mine, theirs);
  if (merged) {
    await collection.write({ ...merged, updatedAt: nextUpdatedAt(theirs.updatedAt) }, theirs.updatedAt);
    return;
  }
  await keepAside('kept as a page closed, while the same thing was changed elsewhere', raw);
}
