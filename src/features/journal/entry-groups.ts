// Entries shown under the day they were written, dated as the reader's region
// writes dates, with "Today" and "Yesterday" where they apply.
import type { JournalEntry } from '../../storage/collections/journal';
import { calendarOfDay, dayWords, timeWords } from '../../lib/date-words';
import { localCalendarDay } from '../../lib/relative-day';

export type DayGroup = { day: string; label: string; entries: JournalEntry[] };

function dayBefore(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return localCalendarDay(new Date(year, month - 1, date - 1, 12));
}

/** "Today", "Yesterday", "Saturday 3 May", or with the year when it isn't this year. */
export function dayLabel(day: string, today: string): string {
  if (day === today) return 'Today';
  if (day === dayBefore(today)) return 'Yesterday';
  return dayWords(calendarOfDay(day), { weekday: 'long', month: 'long', hasYear: day.slice(0, 4) !== today.slice(0, 4) });
}

// Each entry's time is worded once: the list words the same sixty on every keystroke of a search.
const timeLabels = new Map<string, string>();

export function timeLabel(iso: string): string {
  let label = timeLabels.get(iso);
  if (label === undefined) {
    label = timeWords(new Date(iso));
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
