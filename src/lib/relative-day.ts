// Calendar days (YYYY-MM-DD, no time zone) and how far away one is, in friendly
// words. Pure: "today" is always passed in, so tests and screens agree on it.
import { calendarOfDay, dayWords, weekdayWords } from './date-words';

const DAY_MS = 86_400_000;

function toUtcMs(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The reader's own calendar day for a moment (local time, not UTC). */
export function localCalendarDay(moment: Date = new Date()): string {
  const year = moment.getFullYear().toString().padStart(4, '0');
  const month = (moment.getMonth() + 1).toString().padStart(2, '0');
  const date = moment.getDate().toString().padStart(2, '0');
  return `${year}-${month}-${date}`;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(day: string, count: number): string {
  return fromUtcMs(toUtcMs(day) + count * DAY_MS);
}

type Unit = 'day' | 'week' | 'month' | 'year';

/** "tomorrow", "next week", "in 3 months", "2 years ago". */
function countWords(count: number, unit: Unit): string {
  if (unit === 'day' && Math.abs(count) <= 1) return count === 0 ? 'today' : count > 0 ? 'tomorrow' : 'yesterday';
  if (count === 0) return `this ${unit}`;
  if (Math.abs(count) === 1) return `${count > 0 ? 'next' : 'last'} ${unit}`;
  const amount = `${Math.abs(count)} ${unit}s`;
  return count > 0 ? `in ${amount}` : `${amount} ago`;
}

/**
 * "today", "tomorrow", "in 5 days", "next week", "last Tuesday", "3 weeks ago",
 * "in 2 months". Within the past week the weekday reads more naturally than
 * "4 days ago". Written by hand, as Mend's other words are (see date-words.ts).
 */
export function relativeDay(day: string, today: string): string {
  const diff = daysBetween(today, day);
  const abs = Math.abs(diff);
  if (abs <= 1) return countWords(diff, 'day');
  if (diff < 0 && abs < 7) return `last ${weekdayWords(calendarOfDay(day))}`;
  if (abs < 7) return countWords(diff, 'day');
  if (abs < 11) return countWords(Math.sign(diff), 'week');
  if (abs < 60) return countWords(Math.round(diff / 7), 'week');
  if (abs < 365) return countWords(Math.round(diff / 30.44), 'month');
  return countWords(Math.round(diff / 365.25), 'year');
}

/** "Friday, June 12, 2026" or "Friday 12 June 2026", for the exact day beside the friendly words. */
export function formatCalendarDay(day: string, locale?: string): string {
  return dayWords(calendarOfDay(day), { weekday: 'long', month: 'long', hasYear: true }, locale);
}
