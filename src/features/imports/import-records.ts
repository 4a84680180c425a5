// What another app's file becomes in the journal: one record per entry, with an
// id made from where it came from, its tags as the journal keeps them, and text
// longer than one entry holds split into numbered parts (never cut). Pure, so it
// runs in the reading worker and in tests alike.
import { journalCollection, type ImportApp, type JournalEntry } from '../../storage/collections/journal';
import { LIMITS } from '../../storage/engine/record-fields';
import { normalizeForSearch } from '../../lib/text-search';
import type { ImportSource, ParsedEntry, ParsedImport } from './formats/parsed';
import type { MoodCarrier } from './mood-mapping';
import { importedRecordId } from './record-id';

// The readers' names for the apps are the journal's: a new reader's app must be added to both.
export const APP_OF = {
  daylio: 'daylio',
  dayone: 'dayone',
  journey: 'journey',
  text: 'text',
  'mend-markdown': 'mend-markdown',
} as const satisfies Record<ImportSource, ImportApp>;

export type PreparedImport = {
  source: ImportSource;
  /** The app as entries remember it. */
  app: ImportApp;
  importId: string;
  /** Each record with the mood name it will take its mood from. */
  items: MoodCarrier[];
  moods: ParsedImport['moods'];
  /** Entries per mood name (an entry split in parts counts once). */
  moodCounts: Record<string, number>;
  skipped: ParsedImport['skipped'];
  leftOut: ParsedImport['leftOut'];
  /** Entries longer than the journal holds in one, and the parts they became. */
  split: { entries: number; parts: number };
};

/** Room kept in each part for its "(Part 2 of 3)" line. */
const PART_LINE_ROOM = 40;

export function prepareImport(parsed: ParsedImport, importId: string): PreparedImport {
  const app = APP_OF[parsed.source];
  const moodIsNumber = parsed.source === 'mend-markdown';
  const items: MoodCarrier[] = [];
  const skipped = [...parsed.skipped];
  const moodCounts: Record<string, number> = {};
  const split = { entries: 0, parts: 0 };
  for (const entry of parsed.entries) {
    const texts = splitText(entry.text, LIMITS.entryText - PART_LINE_ROOM);
    const made: MoodCarrier[] = [];
    let problem: string | null = null;
    texts.forEach((text, i) => {
      const record = recordOf(entry, app, importId, texts.length === 1 ? text : `(Part ${i + 1} of ${texts.length})\n\n${text}`, i);
      const read = journalCollection.read(record);
      if (read.ok) made.push({ record: read.record, moodName: entry.moodName, moodIsNumber });
      else problem ??= read.reason;
    });
    if (problem !== null) {
      skipped.push({ where: whereOf(entry), reason: `Mend couldn't keep it as an entry (${problem})` });
      continue;
    }
    items.push(...made);
    if (texts.length > 1) {
      split.entries += 1;
      split.parts += texts.length;
    }
    if (entry.moodName !== null && !moodIsNumber) moodCounts[entry.moodName] = (moodCounts[entry.moodName] ?? 0) + 1;
  }
  return { source: parsed.source, app, importId, items, moods: parsed.moods, moodCounts, skipped, leftOut: parsed.leftOut, split };
}

function recordOf(entry: ParsedEntry, app: ImportApp, importId: string, text: string, part: number): JournalEntry {
  // Parts a millisecond apart, so they keep their order in the journal.
  const at = (iso: string) => (part === 0 ? iso : shifted(iso, part));
  return journalCollection.create({
    id: importedRecordId(app, entry.sourceId, part + 1),
    createdAt: at(entry.createdAt),
    updatedAt: at(entry.updatedAt),
    text,
    mood: null,
    tags: tagsOf(entry),
    link: null,
    source: { app, id: entry.sourceId.slice(0, LIMITS.listItem), importId },
  });
}

function shifted(iso: string, ms: number): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time + ms).toISOString();
}

function whereOf(entry: ParsedEntry): string {
  return /^\d{4}-\d{2}-\d{2}/.test(entry.createdAt) ? `the entry of ${entry.createdAt.slice(0, 10)}` : `the entry “${entry.sourceId}”`;
}

/** Tags as the journal keeps them (as its tag box does): trimmed, short enough, each once. A star becomes "starred". */
function tagsOf(entry: ParsedEntry): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of entry.starred ? [...entry.tags, 'starred'] : entry.tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tag).trim();
    const key = normalizeForSearch(tag);
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/**
 * Text in parts of at most `most` characters, each ending where a paragraph, a
 * line or a word does when one is near; joined, the parts are the text.
 */
export function splitText(text: string, most: number): string[] {
  if (text.length <= most) return [text];
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > most) {
    const window = text.slice(start, start + most);
    let end = -1;
    for (const mark of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(mark);
      if (at > most / 2) {
        end = start + at + mark.length;
        break;
      }
    }
    if (end === -1) {
      end = start + most;
      // Never between the two halves of one character.
      if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}
