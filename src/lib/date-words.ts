// Dates and times in English words, written here rather than by Intl. Mend speaks
// English, and the first Intl call on a page wakes the browser's locale data: about
// 40 ms of a fast machine's main thread, several times that on a phone, paid by
// every screen that opens on a date (the journal, an entry, a goal) before it
// answers a tap. The order of day and month, and the clock, follow the reader's
// region, as English from Intl would: "Friday, November 20" in the United
// States, "Friday 20 November" elsewhere.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A day on the calendar: month 1 to 12, weekday 0 (Sunday) to 6. */
export type CalendarDay = { year: number; month: number; day: number; weekday: number };

/** Where English puts the month first ("November 20"), from CLDR. */
const MONTH_FIRST_REGIONS = new Set(['US', 'CA', 'PH', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']);
/** Where a 12-hour clock is the usual one, from CLDR's preferred hour cycles. */
const TWELVE_HOUR_REGIONS = new Set([
  ...MONTH_FIRST_REGIONS,
  'AU', 'NZ', 'IN', 'PK', 'BD', 'EG', 'SA', 'AE', 'JO', 'KW', 'QA', 'OM', 'BH', 'MY', 'KR', 'TW', 'CO',
]);

export type DateStyle = { isMonthFirst: boolean; is12Hour: boolean };

/**
 * How a reader with this language tag writes dates. A tag with no region ("en")
 * reads as CLDR's own English, the American one; an unreadable tag as British.
 */
export function dateStyleFor(locale: string): DateStyle {
  const parts = locale.split(/[-_]/);
  const region = parts.slice(1).find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part))?.toUpperCase();
  const key = region ?? (parts[0]?.toLowerCase() === 'en' ? 'US' : '');
  return { isMonthFirst: MONTH_FIRST_REGIONS.has(key), is12Hour: TWELVE_HOUR_REGIONS.has(key) };
}

function readerStyle(locale?: string): DateStyle {
  const tag = locale ?? (typeof navigator === 'undefined' ? undefined : (navigator.languages?.[0] ?? navigator.language));
  return dateStyleFor(tag || 'en-US');
}

/** The reader's own calendar day of a moment (local time). */
export function calendarOf(moment: Date): CalendarDay {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate(), weekday: moment.getDay() };
}

/** A calendar day written YYYY-MM-DD, the same wherever the reader is. */
export function calendarOfDay(day: string): CalendarDay {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, date));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(), weekday: utc.getUTCDay() };
}

export type DayShape = {
  weekday?: 'long' | 'short';
  month: 'long' | 'short';
  hasYear?: boolean;
};

const shorten = (name: string) => name.slice(0, 3);

/** "Friday, November 20, 2026" or "Friday 20 November 2026", and the shorter shapes. */
export function dayWords(day: CalendarDay, shape: DayShape, locale?: string): string {
  const { isMonthFirst } = readerStyle(locale);
  const monthName = MONTHS[day.month - 1] ?? '';
  const month = shape.month === 'long' ? monthName : shorten(monthName);
  const weekdayName = WEEKDAYS[day.weekday] ?? '';
  const weekday = shape.weekday === 'long' ? weekdayName : shape.weekday === 'short' ? shorten(weekdayName) : null;
  if (isMonthFirst) {
    const date = `${month} ${day.day}${shape.hasYear ? `, ${day.year}` : ''}`;
    return weekday ? `${weekday}, ${date}` : date;
  }
  const date = `${day.day} ${month}${shape.hasYear ? ` ${day.year}` : ''}`;
  return weekday ? `${weekday} ${date}` : date;
}

/** "November 2026". */
export function monthWords(day: CalendarDay): string {
  return `${MONTHS[day.month - 1] ?? ''} ${day.year}`;
}

/** "9:05 AM" on a 12-hour clock, "09:05" on a 24-hour one. */
export function timeWords(moment: Date, locale?: string): string {
  const minutes = String(moment.getMinutes()).padStart(2, '0');
  const hours = moment.getHours();
  if (!readerStyle(locale).is12Hour) return `${String(hours).padStart(2, '0')}:${minutes}`;
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** "Tuesday". */
export function weekdayWords(day: CalendarDay): string {
  return WEEKDAYS[day.weekday] ?? '';
}
