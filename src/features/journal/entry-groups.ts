// Entries shown under the day they were written, in the reader's own words for
// dates (the browser's locale), with "Today" and "Yesterday" where they apply.
import type { JournalEntry } from '../../storage/collections/journal';
import { localCalendarDay } from '../../lib/relative-day';

export type DayGroup = { day: string; label: string; entries: JournalEntry[] };

const FORMATS = {
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  dayWithYear: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<keyof typeof FORMATS, Intl.DateTimeFormat>();

/** Each formatter is made once, when first needed: making one is slow. */
function format(kind: keyof typeof FORMATS, date: Date): string {
  let formatter = formatters.get(kind);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, FORMATS[kind]);
    formatters.set(kind, formatter);
  }
  return formatter.format(date);
}

function dayBefore(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return localCalendarDay(new Date(year, month - 1, date - 1, 12));
}

/** "Today", "Yesterday", "Saturday 3 May", or with the year when it isn't this year. */
export function dayLabel(day: string, today: string): string {
  if (day === today) return 'Today';
  if (day === dayBefore(today)) return 'Yesterday';
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const noon = new Date(year, month - 1, date, 12);
  return format(day.slice(0, 4) === today.slice(0, 4) ? 'day' : 'dayWithYear', noon);
}

// Each entry's time is worded once: the list words the same sixty on every keystroke of a search.
const timeLabels = new Map<string, string>();

export function timeLabel(iso: string): string {
  let label = timeLabels.get(iso);
  if (label === undefined) {
    label = format('time', new Date(iso));
    timeLabels.set(iso, label);
  }
  return label;
}

/** Consecutive entries of the same day together, in the order given. */
export function groupByDay(entries: readonly JournalEntry[], today: string): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const entry of entries) {
    const day = localCalendarDay(new Date(entry.createdAt));
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, label: dayLabel(day, today), entries: [entry] });
  }
  return groups;
}
