import { calendarOf, dayWords, timeWords } from './date-words';

/** "May 3, 2026" or "3 May 2026", as the reader's region writes it. */
export function formatDay(iso: string, locale?: string): string {
  return dayWords(calendarOf(new Date(iso)), { month: 'long', hasYear: true }, locale);
}

/** "Friday 20 November 2026 at 10:00": when a journal entry was written. */
export function formatWritten(iso: string, locale?: string): string {
  const moment = new Date(iso);
  return `${dayWords(calendarOf(moment), { weekday: 'long', month: 'long', hasYear: true }, locale)} at ${timeWords(moment, locale)}`;
}
