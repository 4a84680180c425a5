// What a merge from elsewhere (a backup brought in, another device's sync file)
// shares: reading what is stored, by id, in slices; and writing what the merge
// decided in one transaction per collection, sealed first when the lock is on,
// decided again inside the transaction against what is stored by then (another
// tab may have written since), then a reload notice so every screen reads again.
import type { Write } from '../backends/backend';
import { backendFor } from '../backends/backends';
import { StorageWriteError, type RecordBase } from '../engine/collection';
import { isSealed, sealForStorage, storedUpdatedAt } from '../engine/sealing';
import { isMarkerKey, isTombstone, tombstoneKey } from '../engine/stored-markers';
import { isUsableId } from '../engine/record-fields';
import { announceChange } from '../signals/cross-tab';
import { clearWriteProblem, reportWriteProblem } from '../signals/storage-status';
import { timeSlices } from '../../lib/yield-to-main';

export const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** What is stored, by id: each record's version (sealed or not), each deletion mark, and what can't be read. */
export type Local = { versions: Map<string, string>; deletedAt: Map<string, string>; unreadable: Set<string> };

type Read = (raw: unknown) => { ok: boolean };
type Entry = { key: IDBValidKey; value: unknown };

/** Up to this many records, a merge reads their keys one by one; beyond it, the whole store at once is quicker. */
const FEW_KEYS = 2000;

const emptyLocal = (): Local => ({ versions: new Map(), deletedAt: new Map(), unreadable: new Set() });

/**
 * Notes one stored entry. Only ids in `checking` are read through the schema
 * (the ones a merge would touch); `null` reads them all.
 */
function noteEntry(local: Local, { key, value }: Entry, read: Read, checking: Set<string> | null) {
  if (isTombstone(value)) {
    local.deletedAt.set(value.id, value.deletedAt);
    return;
  }
  if (typeof key !== 'string' || isMarkerKey(key)) return;
  const version = storedUpdatedAt(value);
  const isReadable = checking !== null && !checking.has(key) ? true : isSealed(value) || read(value).ok;
  if (version && isReadable) local.versions.set(key, version);
  else local.unreadable.add(key);
}

/** What is stored, read through the schema, in slices (checking thousands of records takes longer than a frame). */
export async function readLocal(entries: Entry[], read: Read): Promise<Local> {
  const local = emptyLocal();
  const slices = timeSlices();
  for (const [i, entry] of entries.entries()) {
    if (i % 64 === 63) await slices.check();
    noteEntry(local, entry, read, null);
  }
  return local;
}

/**
 * Writes what `decide` says in one transaction on this collection. The records
 * in `toSeal` are sealed first (crypto can't run inside a transaction) and
 * handed to `decide` in the same order; `decide` runs inside the transaction
 * (perhaps more than once) with what is stored by then, reading only the ids in
 * `touched` through the schema. Its counts are returned; a reload notice goes
 * out when any is above zero.
 */
export async function writeDecided<C extends Record<string, number>>(
  collection: { name: string; read: Read },
  toSeal: RecordBase[],
  touched: Set<string>,
  decide: (local: Local, sealed: unknown[], stored: Map<IDBValidKey, unknown>) => { writes: Write[]; counts: C },
): Promise<C | null> {
  const sealed = await Promise.all(toSeal.map((record) => sealForStorage(collection.name, record)));
  const backend = await backendFor(collection.name);
  let counts: C | null = null;
  const decideOn = (entries: Entry[]) => {
    const local = emptyLocal();
    for (const entry of entries) noteEntry(local, entry, collection.read, touched);
    const decided = decide(local, sealed, new Map(entries.map((entry) => [entry.key, entry.value])));
    counts = decided.counts;
    return decided.writes;
  };
  try {
    if (touched.size <= FEW_KEYS) {
      // A few records (a week of changes from another device): only their keys and
      // deletion marks are read, not a whole store decoded in one task.
      const keys = [...touched].flatMap((id) => (isUsableId(id) ? [id, tombstoneKey(id)] : [id]));
      await backend.transactKeys(keys, (values) => decideOn(keys.flatMap((key, i) => (values[i] === undefined ? [] : [{ key, value: values[i] }]))));
    } else {
      await backend.transactAll(decideOn);
    }
  } catch (error) {
    throw new StorageWriteError(reportWriteProblem(error), error);
  }
  clearWriteProblem();
  const done = counts as C | null;
  if (done && Object.values(done).some((count) => count > 0)) {
    announceChange({ collection: collection.name, id: '*', op: 'reload' });
  }
  return done;
}
