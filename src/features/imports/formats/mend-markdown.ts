// Mend's own journal as Markdown (src/features/settings/journal-markdown.ts),
// read back: a heading per day, one per entry with its time and mood, then its
// tags, where it came from, and the words, escaped so they show as written.
// Read exactly: the words come back as they were (less the spaces at the end,
// which the export trims), times to the minute. The mood comes back as its 0-10
// number in text ("7") in moodName, for the import flow to read as a number.
import { readClock, readDayMonth, wallClockIso } from './dates';
import type { ImportReading, ParsedEntry, ParsedImport } from './parsed';
import { refuse } from './refusal';
import { hashId, withUniqueIds } from './source-id';

const TITLE = '# My Mend journal';
const SAVED = /^Saved from Mend on /;
const WEEKDAY = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+/;
const ENTRY_HEADING = /^### (.+?)(?: · Mood (\d{1,2}) of 10)?$/;

export function isMendMarkdown(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/, 3);
  return lines[0] === TITLE && SAVED.test(lines[2] ?? '');
}

/** The export's escaping undone: every backslash there is an escape, or an escaped backslash. */
function unescape(text: string): string {
  return text.replace(/\\([\\`*_[\]<>&~|!#+=.)\-:])/g, '$1');
}

function dayOf(heading: string): { year: number; month: number; day: number } | null {
  const match = /^(.+?),?\s+(\d{4})$/.exec(heading.replace(WEEKDAY, '').trim());
  const dayMonth = match ? readDayMonth(match[1]!) : null;
  return match && dayMonth ? { year: Number(match[2]), ...dayMonth } : null;
}

export function readMendMarkdown(source: string): ImportReading {
  if (!isMendMarkdown(source)) return refuse("That file isn't a journal saved from Mend");
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const entries: ParsedEntry[] = [];
  const skipped: ParsedImport['skipped'] = [];
  let day: ReturnType<typeof dayOf> = null;
  let dayHeading = '';
  let i = 3;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('## ')) {
      dayHeading = line.slice(3);
      day = dayOf(dayHeading);
      i += 1;
      continue;
    }
    const heading = ENTRY_HEADING.exec(line);
    if (!heading) {
      i += 1;
      continue;
    }
    // The entry's lines: up to the blank line before the next heading, or the file's last newline.
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('## ') && !lines[end]!.startsWith('### ')) end += 1;
    const body = lines.slice(i + 2, end - 1);
    i = end;
    const clock = readClock(heading[1]!);
    const createdAt = day && clock ? wallClockIso({ ...day, ...clock }) : null;
    if (!createdAt) {
      skipped.push({ where: `${dayHeading}, ${heading[1]!}`, reason: "the date couldn't be read" });
      continue;
    }
    let tags: string[] = [];
    if (body[0]?.startsWith('Tags: ') && body[1] === '') {
      tags = body[0].slice(6).split(', ').map(unescape);
      body.splice(0, 2);
    }
    const from = body[0] !== undefined && /^\*[^*].*\*$/.test(body[0]) && body[1] === '' ? unescape(body[0].slice(1, -1)) : null;
    if (from !== null) body.splice(0, 2);
    const words = unescape(body.join('\n'));
    const text = from === null ? words : `${from}\n\n${words}`;
    entries.push({ sourceId: `mend-${hashId(createdAt, text)}`, createdAt, updatedAt: createdAt, text, tags, moodName: heading[2] ?? null });
  }
  return { ok: true, parsed: { source: 'mend-markdown', entries: withUniqueIds(entries), moods: [], skipped, leftOut: { photos: 0 } } };
}
