import { calendarOf, dayWords, timeWords } from '../../lib/date-words';

/** "Tue 3 Nov 2026, 21:04": a moment named in full, as a page to keep needs it. */
export function momentWords(at: string): string {
  const moment = new Date(at);
  return `${dayWords(calendarOf(moment), { weekday: 'short', month: 'short', hasYear: true })}, ${timeWords(moment)}`;
}
