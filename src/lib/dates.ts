/** How a day is written: "3 May 2026" (also by public/first-paint.js, handed this). */
export const DAY_WORDS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** "3 May 2026" in the reader's own locale. */
export function formatDay(iso: string, locale?: string): string {
  return new Date(iso).toLocaleDateString(locale, DAY_WORDS);
}
