// What is in storage, read and written the way another tab (or an earlier visit)
// would: straight through the collections, around the screens' stores.
import { resetJournalStore } from '../../src/features/journal/journal-store';
import { resetPracticeLoad } from '../../src/features/practice/practice-store';
import type { Collection, RecordBase } from '../../src/storage/engine/collection';
import { resetRecordStoresForTests } from '../../src/state/record-store';

export async function put<T extends RecordBase>(collection: Collection<T>, record: NoInfer<T>): Promise<void> {
  const outcome = await collection.write(record, 'newest-wins');
  if (outcome.status !== 'saved') throw new Error(`Could not store ${record.id} in ${collection.name}`);
}

export async function get<T extends RecordBase>(collection: Collection<T>, id: string): Promise<T | undefined> {
  const result = await collection.get(id);
  return result.status === 'found' ? result.record : undefined;
}

/** What a fresh page load would have: nothing read or waiting in memory, storage kept. */
export function freshPage(): void {
  resetRecordStoresForTests();
  resetPracticeLoad();
  resetJournalStore();
}

/** The words of the journal draft kept for a new entry (or for one entry), whichever tab wrote it. */
export async function journalDraftText(entryId: string | null = null): Promise<string | undefined> {
  const { draftsCollection } = await import('../../src/storage/collections/drafts');
  const drafts = await draftsCollection.loadAll();
  const draft = drafts.find(
    (d) => d.kind === 'journal' && (entryId === null ? d.isNew : d.entryId === entryId && !d.isNew),
  );
  return draft?.kind === 'journal' ? draft.text : undefined;
}

export async function storedDrafts() {
  const { draftsCollection } = await import('../../src/storage/collections/drafts');
  return draftsCollection.loadAll();
}
