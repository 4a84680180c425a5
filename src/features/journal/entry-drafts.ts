// The journal editor's drafts: one per editor per tab ("journal:new:<tab>" for a
// new entry, "journal:<entry id>:<tab>" for an edit), so two tabs never share
// one, a reload finds its own, and a closed tab's unfinished words are offered.
import type { JournalDraft } from '../../storage/collections/drafts';
import type { JournalEntry } from '../../storage/collections/journal';
import { draftKey, draftRecords, keepDraft, otherDrafts } from '../../state/drafts-store';
import type { EntryInput } from './journal-store';

/** What the editor holds: the entry's fields and a tag typed but not yet added. */
export type EditorValues = EntryInput & { typedTag: string };

export function journalDraftKey(entryId: string | null): string {
  return draftKey('journal', entryId ?? 'new');
}

export function valuesOf(draft: JournalDraft): EditorValues {
  return { text: draft.text, mood: draft.mood, tags: draft.tags, link: draft.link, typedTag: draft.typedTag };
}

export function keepJournalDraft(
  key: string,
  values: EditorValues,
  target: { entryId: string; isNew: boolean; base: string | null },
) {
  return keepDraft<JournalDraft>(key, { kind: 'journal', ...values, ...target });
}

/** This tab's own draft for this editor, if there is one. */
export function ownJournalDraft(key: string): JournalDraft | undefined {
  const draft = draftRecords.getState().records.get(key);
  return draft?.kind === 'journal' ? draft : undefined;
}

/** Unfinished writing for the same place, left by another tab or a closed one. */
export function otherJournalDrafts(key: string, entry: JournalEntry | null): JournalDraft[] {
  return otherDrafts(key, (draft) =>
    draft.kind === 'journal' && (entry ? draft.entryId === entry.id && !draft.isNew : draft.isNew),
  ) as JournalDraft[];
}

/** Every unfinished journal draft, newest first: listed in the journal so none is forgotten. */
export function unfinishedJournalDrafts(drafts: ReadonlyMap<string, unknown>): JournalDraft[] {
  return [...drafts.values()]
    .filter((draft): draft is JournalDraft => (draft as JournalDraft).kind === 'journal')
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

export function sameValues(a: EditorValues, b: EditorValues): boolean {
  return (
    a.text === b.text &&
    a.mood === b.mood &&
    a.typedTag.trim() === b.typedTag.trim() &&
    a.tags.join('\n') === b.tags.join('\n') &&
    JSON.stringify(a.link) === JSON.stringify(b.link)
  );
}
