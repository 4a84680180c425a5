// What the person's storage looks like now, for Your data: whether the browser
// keeps it (persistent), the space used, and how many records each collection holds.
import { allCollections } from '../collections/all-collections';

export type StorageFacts = {
  isPersistent: boolean | null;
  usedBytes: number | null;
  counts: { name: string; label: { one: string; many: string }; count: number | null }[];
};

export async function storageFacts(): Promise<StorageFacts> {
  const isPersistent = await navigator.storage?.persisted?.().catch(() => null) ?? null;
  const estimate = await navigator.storage?.estimate?.().catch(() => null) ?? null;
  const counts = await Promise.all(
    allCollections().map(async (collection) => ({
      name: collection.name,
      label: collection.label,
      count: await collection.countRecords().catch(() => null),
    })),
  );
  return { isPersistent, usedBytes: estimate?.usage ?? null, counts };
}

/** True when anything a person made is stored (for the backup reminder). */
export async function hasAnyRecords(): Promise<boolean> {
  const counts = await Promise.all(allCollections().map((c) => c.countRecords().catch(() => 0)));
  return counts.some((count) => count > 0);
}
