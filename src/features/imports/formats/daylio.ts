// What Daylio's CSV export and its .daylio backup share: the five moods, how a
// note becomes text, and one id for an entry whichever of the two it came from,
// so bringing in the CSV and later the backup of the same diary adds nothing twice.
import { htmlToText, looksLikeHtml } from './html-text';
import type { ParsedEntry, ParsedImport } from './parsed';
import { hashId, withUniqueIds } from './source-id';

/** Daylio's own names for its five mood groups, best first (group 1 is rad). */
export const DAYLIO_MOODS = ['rad', 'good', 'meh', 'bad', 'awful'] as const;

export type DaylioRow = {
  /** "2024-03-05 21:05", the time on the person's phone: the same in the CSV and the backup. */
  wallClock: string;
  createdAt: string;
  mood: string | null;
  tags: string[];
  title: string;
  note: string;
};

function words(text: string): string {
  const trimmed = text.trim();
  return looksLikeHtml(trimmed) ? htmlToText(trimmed) : trimmed.replace(/\r\n?/g, '\n');
}

export function daylioEntry(row: DaylioRow): ParsedEntry {
  const title = words(row.title);
  const note = words(row.note);
  const text = title && note ? `${title}\n\n${note}` : title || note;
  const tags = [...new Set(row.tags.map((tag) => tag.trim()).filter(Boolean))];
  return {
    sourceId: `daylio-${hashId(row.wallClock, row.mood ?? '', [...tags].sort().join('|'), text)}`,
    createdAt: row.createdAt,
    updatedAt: row.createdAt,
    text,
    tags,
    moodName: row.mood,
  };
}

/** Every mood the entries use, best first where Daylio's group is known, the rest as first met. */
export function moodsMet(entries: ParsedEntry[], groupOf: (name: string) => number | null): ParsedImport['moods'] {
  const names = [...new Set(entries.map((entry) => entry.moodName).filter((name): name is string => name !== null))];
  const moods = names.map((name, order) => ({ name, group: groupOf(name), order }));
  moods.sort((a, b) => (a.group ?? 6) - (b.group ?? 6) || a.order - b.order);
  return moods.map(({ name, group }) => ({ name, group }));
}

export function daylioImport(entries: ParsedEntry[], skipped: ParsedImport['skipped'], groupOf: (name: string) => number | null, photos = 0): ParsedImport {
  const unique = withUniqueIds(entries);
  return { source: 'daylio', entries: unique, moods: moodsMet(unique, groupOf), skipped, leftOut: { photos } };
}
