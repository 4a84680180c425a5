// Calendar days (YYYY-MM-DD, no time zone) and how far away one is, in friendly
// words. Pure: "today" is always passed in, so tests and screens agree on it.

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

function weekdayName(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(toUtcMs(day)),
  );
}

/**
 * "today", "tomorrow", "in 5 days", "next week", "last Tuesday", "3 weeks ago",
 * "in 2 months". Within the past week an English reader gets the weekday, which
 * reads more naturally than "4 days ago"; other languages get their own words.
 */
export function relativeDay(day: string, today: string, locale = 'en'): string {
  const diff = daysBetween(today, day);
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs <= 1) return words.format(diff, 'day');
  if (diff < 0 && abs < 7 && locale.toLowerCase().startsWith('en')) {
    return `last ${weekdayName(day, locale)}`;
  }
  if (abs < 7) return words.format(diff, 'day');
  if (abs < 11) return words.format(Math.sign(diff), 'week');
  if (abs < 60) return words.format(Math.round(diff / 7), 'week');
  if (abs < 365) return words.format(Math.round(diff / 30.44), 'month');
  return words.format(Math.round(diff / 365.25), 'year');
}

/** "Friday, 12 June 2026" in the reader's locale, for the exact day beside the friendly words. */
export function formatCalendarDay(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(toUtcMs(day)));
}
