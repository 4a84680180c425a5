// Drafts, shared by every editor: each one keeps its own draft (keyed by the
// editor, the record it edits and the tab), written a moment after typing stops
// and kept as the page closes. Editors find their own draft after a reload,
// and are offered the drafts a closed tab left behind.
import { tabId } from '../lib/tab-id';
import { draftsCollection, type Draft } from '../storage/collections/drafts';
import { nowIso } from '../storage/engine/record-fields';
import { recordStore, type SaveOutcome } from './record-store';

export const draftRecords = recordStore(draftsCollection);

/** This tab's draft key for one editor of one record ("journal", "new" or an entry id). */
export function draftKey(editor: string, recordId: string): string {
  return `${editor}:${recordId}:${tabId()}`;
}

/** Keeps what is on screen as this editor's draft (after a short pause). */
export function keepDraft<D extends Draft>(
  id: string,
  fields: Omit<D, 'schemaVersion' | 'id' | 'createdAt' | 'updatedAt'>,
): Promise<SaveOutcome> {
  const before = draftRecords.getState().records.get(id);
  const now = nowIso();
  const draft = {
    schemaVersion: 2,
    id,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    ...fields,
  } as unknown as Draft;
  return draftRecords.save(draft, { typing: true });
}

/** The draft was saved as a record, or let go: it goes. */
export function discardDraft(id: string): Promise<SaveOutcome> {
  if (!draftRecords.getState().records.has(id) && !draftRecords.getState().unsaved.has(id)) {
    return Promise.resolve('saved');
  }
  return draftRecords.remove(id);
}

/** Drafts left by other tabs (or a tab now closed) that match, newest first. */
export function otherDrafts(ownId: string, matches: (draft: Draft) => boolean): Draft[] {
  return [...draftRecords.getState().records.values()]
    .filter((draft) => draft.id !== ownId && matches(draft))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}
