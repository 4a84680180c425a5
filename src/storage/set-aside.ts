// Records that failed validation stay where they were; these let a person keep
// a copy or remove them, from the "Your data" screen.
import { ALL_COLLECTIONS } from './backup';
import type { SetAsideRecord } from './storage-status';

export async function deleteSetAside(record: SetAsideRecord): Promise<void> {
  const collection = ALL_COLLECTIONS.find((c) => c.name === record.collection);
  if (!collection) throw new Error(`Unknown collection ${record.collection}`);
  await collection.removeKey(record.key);
}

/** Reads every collection once so that anything unreadable is listed. */
export async function checkAllCollections(): Promise<void> {
  await Promise.all(ALL_COLLECTIONS.map((collection) => collection.loadAll().catch(() => [])));
}
