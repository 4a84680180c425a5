/** How a day is written: "3 May 2026". */
const DAY_WORDS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** "3 May 2026" in the reader's own locale. */
export function formatDay(iso: string, locale?: string): string {
  return new Date(iso).toLocaleDateString(locale, DAY_WORDS);
}

const WRITTEN_WORDS: Intl.DateTimeFormatOptions = { weekday: 'long', ...DAY_WORDS, hour: 'numeric', minute: '2-digit' };

/** "Friday, 20 November 2026 at 10:00": when a journal entry was written. */
export function formatWritten(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, WRITTEN_WORDS);
}
