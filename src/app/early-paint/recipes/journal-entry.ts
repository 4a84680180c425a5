import { formatWritten } from '../../../lib/dates';
import type { JournalEntry } from '../../../storage/collections/journal';
import { hasDraft, type Recipe } from '../recipe';

/**
 * /journal/<id>: the entry's words. Not when a draft of it waits (the editor
 * opens with that), and not one written from a practice or a goal (the screen
 * says where from).
 */
export const journalEntry: Recipe = {
  reads: [{ collection: 'journal', byAddress: true }, { collection: 'drafts' }],
  fill([entries, drafts = []], { asStored }) {
    const entry = asStored<JournalEntry>(entries?.[0]);
    if (!entry || entry.link !== null) return null;
    if (hasDraft(drafts, (draft) => draft.kind === 'journal' && draft.entryId === entry.id))
      return null;
    return { text: entry.text, written: formatWritten(entry.createdAt) };
  },
};
