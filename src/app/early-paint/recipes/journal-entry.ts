import { formatWritten } from '../../../lib/dates';
import { hasDraft, inFormat, isText, isTime, type Recipe } from '../recipe';

/**
 * /journal/<id>: the entry's words. Not when a draft of it waits (the editor
 * opens with that), and not one written from a practice or a goal (the screen
 * says where from).
 */
export const journalEntry: Recipe = {
  reads: [{ collection: 'journal', byAddress: true }, { collection: 'drafts' }],
  fill([entries, drafts = []], { format }) {
    const entry = inFormat(entries?.[0], format);
    if (!entry || !isText(entry.text) || entry.link !== null || !isTime(entry.createdAt))
      return null;
    if (hasDraft(drafts, (draft) => draft.kind === 'journal' && draft.entryId === entry.id))
      return null;
    return { text: entry.text, written: formatWritten(entry.createdAt) };
  },
};
