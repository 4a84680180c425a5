// Records that failed validation stay where they were (or were moved aside,
// never dropped); these let a person keep a copy or remove them, from Your data.
import { allCollections, collectionNamed } from '../collections/all-collections';
import { reportSetAside, type SetAsideRecord } from '../signals/storage-status';

export async function deleteSetAside(record: SetAsideRecord): Promise<void> {
  const collection = collectionNamed(record.collection);
  if (!collection) throw new Error(`Unknown collection ${record.collection}`);
  await collection.removeKey(record.key);
}

/** Reads every collection once so that anything unreadable is listed. */
export async function checkAllCollections(): Promise<void> {
  await Promise.all(
    allCollections().map(async (collection) => {
      const found = await collection.unreadableEntries().catch(() => null);
      if (found) reportSetAside(collection.name, found);
    }),
  );
}
