// Bringing a backup in: first a plan, read against what is stored, that says in
// plain words what would change; then, only when the person says so, the plan
// applied in one transaction per collection, each re-checked inside it (another
// tab may have written since the preview). Merged by id; a newer updatedAt
// wins; what was deleted here stays deleted unless the person asks for it back;
// a deletion made later on the other device removes the record here too.
// Applying the same file twice changes nothing the second time.
import type { Write } from '../backends/backend';
import type { BackupContents } from './backup-read';
import type { RecordBase } from '../engine/collection';
import { collectionNamed } from '../collections/all-collections';
import { setAsideEntry, tombstone, tombstoneKey, type Tombstone } from '../engine/stored-markers';
import { timeSlices } from '../../lib/yield-to-main';
import { later, readLocal, writeDecided } from './merge-write';

export type CollectionPlan = {
  name: string;
  label: { one: string; many: string };
  adds: RecordBase[];
  updates: RecordBase[];
  /** Here already, as new or newer. */
  alreadyHere: number;
  /** Deleted on this device after the backup's copy: brought back only if asked. */
  deletedHere: RecordBase[];
  /** Here, but deleted later on the device that made the backup. */
  removes: { id: string; deletedAt: string }[];
  tombstones: Tombstone[];
  skipped: { id: string; reason: string }[];
};

export type ImportPlan = { collections: CollectionPlan[]; unknown: string[]; exportedAt: string | null };

export type ImportResult = { added: number; updated: number; restored: number; removed: number };

/** Stopped by the person: the plan is dropped, nothing was written. */
const stopIfAsked = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw new DOMException('Stopped', 'AbortError');
};

/**
 * Reads what is stored against the backup, in slices (checking thousands of
 * stored records takes longer than a frame), and says what would change.
 */
export async function planImport(contents: BackupContents, signal?: AbortSignal): Promise<ImportPlan> {
  const collections: CollectionPlan[] = [];
  const slices = timeSlices();
  for (const incoming of contents.collections) {
    const collection = collectionNamed(incoming.name)!;
    const local = await readLocal(await collection.rawEntries(), collection.read);
    stopIfAsked(signal);
    const plan: CollectionPlan = {
      name: incoming.name,
      label: collection.label,
      adds: [],
      updates: [],
      alreadyHere: 0,
      deletedHere: [],
      removes: [],
      tombstones: [],
      skipped: incoming.skipped,
    };
    for (const [i, record] of incoming.records.entries()) {
      if (i % 256 === 255) await slices.check();
      const here = local.versions.get(record.id);
      const deletedAt = local.deletedAt.get(record.id);
      if (here !== undefined) {
        if (later(record.updatedAt, here)) plan.updates.push(record);
        else plan.alreadyHere += 1;
      } else if (local.unreadable.has(record.id)) {
        plan.updates.push(record);
      } else if (deletedAt !== undefined && !later(record.updatedAt, deletedAt)) {
        plan.deletedHere.push(record);
      } else {
        plan.adds.push(record);
      }
    }
    for (const mark of incoming.tombstones) {
      const here = local.versions.get(mark.id);
      if (here !== undefined && later(mark.deletedAt, here)) plan.removes.push({ id: mark.id, deletedAt: mark.deletedAt });
      const deletedAt = local.deletedAt.get(mark.id);
      if (deletedAt === undefined || later(mark.deletedAt, deletedAt)) plan.tombstones.push(mark);
    }
    stopIfAsked(signal);
    collections.push(plan);
  }
  return { collections, unknown: contents.unknown, exportedAt: contents.exportedAt };
}

/** Applies the plan: one transaction per collection, re-checked inside it. */
export async function applyImport(plan: ImportPlan, options: { bringBackDeleted: boolean }): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, restored: 0, removed: 0 };
  for (const part of plan.collections) {
    const collection = collectionNamed(part.name)!;
    const toWrite = [...part.adds, ...part.updates, ...(options.bringBackDeleted ? part.deletedHere : [])];
    const restoring = new Set(options.bringBackDeleted ? part.deletedHere.map((r) => r.id) : []);
    // Only what the import touches is read through the schema inside the transaction.
    const touched = new Set([...toWrite.map((r) => r.id), ...part.removes.map((r) => r.id), ...part.tombstones.map((t) => t.id)]);
    const counts = await writeDecided(collection, toWrite, touched, (local, values, current) => {
      const counts: ImportResult = { added: 0, updated: 0, restored: 0, removed: 0 };
      const writes: Write[] = [];
      toWrite.forEach((record, i) => {
        const here = local.versions.get(record.id);
        if (here !== undefined && !later(record.updatedAt, here)) return;
        const deletedAt = local.deletedAt.get(record.id);
        if (here === undefined && deletedAt !== undefined && !restoring.has(record.id) && !later(record.updatedAt, deletedAt)) return;
        // Whatever unreadable value sits at this id is kept, moved aside.
        if (local.unreadable.has(record.id)) writes.push(setAsideEntry(record.id, 'replaced by an import', current.get(record.id)));
        writes.push({ key: record.id, value: values[i] });
        // Only where there is one: a delete per record would double an import's writes.
        if (deletedAt !== undefined) writes.push({ key: tombstoneKey(record.id), isDelete: true });
        if (restoring.has(record.id)) counts.restored += 1;
        else if (here !== undefined || local.unreadable.has(record.id)) counts.updated += 1;
        else counts.added += 1;
      });
      for (const { id, deletedAt } of part.removes) {
        const here = local.versions.get(id);
        if (here === undefined || !later(deletedAt, here)) continue;
        writes.push({ key: id, isDelete: true });
        counts.removed += 1;
      }
      for (const mark of part.tombstones) {
        const deletedAt = local.deletedAt.get(mark.id);
        const here = local.versions.get(mark.id);
        if (deletedAt !== undefined && !later(mark.deletedAt, deletedAt)) continue;
        if (here !== undefined && !later(mark.deletedAt, here)) continue;
        writes.push({ key: tombstoneKey(mark.id), value: tombstone(mark.id, mark.deletedAt) });
      }
      return { writes, counts };
    });
    if (!counts) continue;
    for (const key of Object.keys(result) as (keyof ImportResult)[]) result[key] += counts[key];
  }
  return result;
}
