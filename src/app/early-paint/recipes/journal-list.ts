import { groupByDay, timeLabel } from '../../../features/journal/entry-groups';
import { sourceWords } from '../../../features/journal/entry-source-words';
import { excerptOf } from '../../../features/journal/highlight';
import { PAGE_SIZE, statusWords } from '../../../features/journal/journal-paging';
import { byNewest } from '../../../lib/newest-first';
import type { JournalEntry } from '../../../storage/collections/journal';
import type { Fill } from '../fill';
import { hasDraft, type PageFacts, type Recipe } from '../recipe';

/**
 * Entries drawn before the app: more than fill a tall screen at the smallest
 * text. The app then draws the rest of its first page below them; drawing all
 * of it here made one long task of a slow phone's first second.
 */
const FIRST_SCREEN_ENTRIES = 10;

function entryFill(entry: JournalEntry, label: string, { findPractice }: PageFacts): Fill | null {
  const excerpt = excerptOf(entry.text, []);
  const source = entry.link ? sourceWords(entry.link, findPractice) : null;
  // Drawn differently (a muted line, a line that is not a link): left to the app.
  if (excerpt.text === '' || source?.to === null) return null;
  return {
    id: entry.id,
    label,
    time: timeLabel(entry.createdAt),
    excerpt: `${excerpt.isCutAtStart ? '… ' : ''}${excerpt.text}${excerpt.isCutAtEnd ? ' …' : ''}`,
    hasMeta: entry.mood !== null || entry.tags.length > 0 || source !== null,
    hasMood: entry.mood !== null,
    mood: String(entry.mood),
    hasTags: entry.tags.length > 0,
    tags: entry.tags.map((tag) => ({ tag })),
    hasSource: source !== null,
    sourceText: source?.text ?? '',
    sourcePath: source?.to?.slice(1) ?? '',
  };
}

/**
 * /journal: the newest entries under their days, as the list first shows them
 * (no search or filter: those live only in the open app). Not when writing
 * waits to be picked up (the screen offers it above the list), and not when any
 * entry can't be read as the list would.
 */
export const journalList: Recipe = {
  reads: [{ collection: 'journal' }, { collection: 'drafts' }],
  fill([stored = [], drafts = []], page) {
    if (stored.length === 0 || hasDraft(drafts, (draft) => draft.kind === 'journal')) return null;
    const entries: JournalEntry[] = [];
    for (const value of stored) {
      const entry = page.asStored<JournalEntry>(value);
      if (!entry) return null;
      entries.push(entry);
    }
    const shown = entries.sort(byNewest).slice(0, FIRST_SCREEN_ENTRIES);
    const groups: Fill[] = [];
    for (const group of groupByDay(shown, page.today)) {
      const filled = group.entries.map((entry) => entryFill(entry, group.label, page));
      if (filled.includes(null)) return null;
      groups.push({ label: group.label, entries: filled as Fill[] });
    }
    // Worded as the app words its first page, so nothing changes when it arrives.
    return {
      status: statusWords(
        entries.length,
        entries.length,
        0,
        Math.min(PAGE_SIZE, entries.length),
        false,
      ),
      groups,
    };
  },
};
