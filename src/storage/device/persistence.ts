// What the person's storage looks like now, for Your data: whether the browser
// keeps it (persistent), the space used, and how many records each collection holds.
import { allCollections } from '../collections/all-collections';
import { draftsCollection, holdsWriting, SUMMARY_CHOICES_LABEL } from '../collections/drafts';

export type StorageFacts = {
  isPersistent: boolean | null;
  usedBytes: number | null;
  counts: { name: string; label: { one: string; many: string }; count: number | null }[];
};

type Count = StorageFacts['counts'][number];

/**
 * Drafts are counted by what they hold: a person's words are unfinished
 * writing; a summary's choices are named as such. Read, not only counted,
 * so neither is taken for the other (unreadable now, say while locked: not counted).
 */
async function draftCounts(): Promise<Count[]> {
  const drafts = await draftsCollection.loadAll().catch(() => null);
  const writing = drafts?.filter(holdsWriting).length ?? null;
  return [
    { name: draftsCollection.name, label: draftsCollection.label, count: writing },
    { name: `${draftsCollection.name}:summary`, label: SUMMARY_CHOICES_LABEL, count: drafts ? drafts.length - (writing ?? 0) : null },
  ];
}

export async function storageFacts(): Promise<StorageFacts> {
  const isPersistent = await navigator.storage?.persisted?.().catch(() => null) ?? null;
  const estimate = await navigator.storage?.estimate?.().catch(() => null) ?? null;
  const counts = await Promise.all(
    allCollections().map(async (collection): Promise<Count[]> =>
      collection.name === draftsCollection.name
        ? draftCounts()
        : [{ name: collection.name, label: collection.label, count: await collection.countRecords().catch(() => null) }],
    ),
  );
  return { isPersistent, usedBytes: estimate?.usage ?? null, counts: counts.flat() };
}

/**
 * True when anything a person made is stored (for the backup reminder). A
 * summary's saved choices are not; drafts that can't be read now (locked) are
 * counted as they are, since they may hold words.
 */
export async function hasAnyRecords(): Promise<boolean> {
  const counts = await Promise.all(
    allCollections().map((c) =>
      c.name === draftsCollection.name
        ? draftsCollection.loadAll().then((drafts) => drafts.filter(holdsWriting).length, () => c.countRecords().catch(() => 0))
        : c.countRecords().catch(() => 0),
    ),
  );
  return counts.some((count) => count > 0);
}
