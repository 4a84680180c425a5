// Daylio's CSV export: `full_date,date,weekday,time,mood,activities,note_title,note`
// (and the older layout that starts with `year` and writes the day as "18 May").
// Columns are found by name, so a layout with a column more or less still reads.
import { readCsv } from './csv';
import { DAYLIO_MOODS, daylioEntry, daylioImport } from './daylio';
import { readClock, readDayMonth, wallClockIso } from './dates';
import type { ImportReading, ParsedEntry, ParsedImport } from './parsed';
import { refuse } from './refusal';

/** Where each field is: the day from `full_date`, or (the older layout) from `year` and `date`. */
type Columns = {
  day: { fullDate: number } | { year: number; date: number };
  time: number;
  mood: number;
  activities: number;
  title: number | undefined;
  note: number;
};

function columnsOf(header: string[]): Columns | null {
  const names = header.map((name) => name.trim().toLowerCase());
  const at = (name: string) => {
    const index = names.indexOf(name);
    return index === -1 ? undefined : index;
  };
  const [fullDate, year, date, time, mood, activities, note] = ['full_date', 'year', 'date', 'time', 'mood', 'activities', 'note'].map(at);
  if (time === undefined || mood === undefined || activities === undefined || note === undefined) return null;
  const day = fullDate !== undefined ? { fullDate } : year !== undefined && date !== undefined ? { year, date } : null;
  return day && { day, time, mood, activities, title: at('note_title'), note };
}

/** Whether a CSV's first line is Daylio's: a cheap look for the door that picks the reader. */
export function isDaylioHeader(firstLine: string): boolean {
  const read = readCsv(firstLine);
  return read.ok && read.rows[0] !== undefined && columnsOf(read.rows[0]) !== null;
}

function wallClockOf(row: string[], columns: Columns): { wallClock: string; createdAt: string } | null {
  const clock = readClock(row[columns.time] ?? '');
  let day: { year: number; month: number; day: number } | null = null;
  if ('fullDate' in columns.day) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((row[columns.day.fullDate] ?? '').trim());
    if (match) day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  } else {
    const dayMonth = readDayMonth(row[columns.day.date] ?? '');
    const year = (row[columns.day.year] ?? '').trim();
    if (dayMonth && /^\d{4}$/.test(year)) day = { year: Number(year), ...dayMonth };
  }
  if (!day || !clock) return null;
  const createdAt = wallClockIso({ ...day, ...clock });
  if (!createdAt) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return { wallClock: `${day.year}-${two(day.month)}-${two(day.day)} ${two(clock.hour)}:${two(clock.minute)}`, createdAt };
}

function dateWords(row: string[], columns: Columns): string {
  const day = 'fullDate' in columns.day ? row[columns.day.fullDate] : `${row[columns.day.date] ?? ''} ${row[columns.day.year] ?? ''}`;
  return `${day ?? ''} ${row[columns.time] ?? ''}`.replace(/\s+/g, ' ').trim();
}

const defaultGroup = (name: string) => {
  const index = (DAYLIO_MOODS as readonly string[]).indexOf(name.trim().toLowerCase());
  return index === -1 ? null : index + 1;
};

export function readDaylioCsv(text: string, fileName: string): ImportReading {
  const read = readCsv(text);
  if (!read.ok) return refuse('That CSV file is damaged (a quote in it never closes)');
  const [header, ...rows] = read.rows;
  const columns = header ? columnsOf(header) : null;
  if (!header || !columns) return refuse("That CSV isn't a Daylio export (its first line doesn't name Daylio's columns)");
  const entries: ParsedEntry[] = [];
  const skipped: ParsedImport['skipped'] = [];
  rows.forEach((row, index) => {
    const where = `${fileName}, row ${index + 2}`;
    if (row.length < header.length) {
      skipped.push({ where, reason: "the row doesn't have all of Daylio's columns" });
      return;
    }
    const when = wallClockOf(row, columns);
    if (!when) {
      skipped.push({ where: `${where} (${dateWords(row, columns)})`, reason: "the date couldn't be read" });
      return;
    }
    const mood = (row[columns.mood] ?? '').trim();
    entries.push(
      daylioEntry({
        ...when,
        mood: mood || null,
        tags: (row[columns.activities] ?? '').split('|'),
        title: columns.title === undefined ? '' : (row[columns.title] ?? ''),
        note: row[columns.note] ?? '',
      }),
    );
  });
  return { ok: true, parsed: daylioImport(entries, skipped, defaultGroup) };
}
