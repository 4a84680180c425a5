import { describe, expect, it } from 'vitest';
import { calendarOf, calendarOfDay, dateStyleFor, dayWords, monthWords, timeWords } from '../../src/lib/date-words';
import { formatDay, formatWritten } from '../../src/lib/dates';
import { formatCalendarDay } from '../../src/lib/relative-day';

// One moment in each month, at times across the day, including midnight and noon.
const MOMENTS = Array.from({ length: 12 }, (_, month) => new Date(2026, month, 1 + month * 2, (month * 5) % 24, month * 7));

const intl = (locale: string, options: Intl.DateTimeFormatOptions, moment: Date) =>
  // Some ICU versions put a narrow no-break space before AM and PM; Mend writes a plain one.
  new Intl.DateTimeFormat(locale, options).format(moment).replace(/\u202f/g, ' ');

describe('dates in words, without Intl', () => {
  it('writes every shape as American English does, for a reader in the United States', () => {
    for (const moment of MOMENTS) {
      const day = calendarOf(moment);
      expect(dayWords(day, { weekday: 'long', month: 'long', hasYear: true }, 'en-US')).toBe(intl('en-US', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, moment));
      expect(dayWords(day, { weekday: 'long', month: 'long' }, 'en-US')).toBe(intl('en-US', { weekday: 'long', day: 'numeric', month: 'long' }, moment));
      expect(dayWords(day, { month: 'long', hasYear: true }, 'en-US')).toBe(intl('en-US', { day: 'numeric', month: 'long', year: 'numeric' }, moment));
      expect(dayWords(day, { weekday: 'short', month: 'short' }, 'en-US')).toBe(intl('en-US', { weekday: 'short', day: 'numeric', month: 'short' }, moment));
      expect(dayWords(day, { month: 'short' }, 'en-US')).toBe(intl('en-US', { day: 'numeric', month: 'short' }, moment));
      expect(monthWords(day)).toBe(intl('en-US', { month: 'long', year: 'numeric' }, moment));
      expect(timeWords(moment, 'en-US')).toBe(intl('en-US', { hour: 'numeric', minute: '2-digit' }, moment));
    }
  });

  it('puts the day first, and uses a 24-hour clock, for a reader in Britain or Germany', () => {
    const evening = new Date(2026, 10, 20, 21, 5);
    for (const locale of ['en-GB', 'de-DE', 'en-IE']) {
      expect(formatWritten(evening.toISOString(), locale)).toBe('Friday 20 November 2026 at 21:05');
      expect(formatDay(evening.toISOString(), locale)).toBe('20 November 2026');
    }
    expect(timeWords(new Date(2026, 0, 1, 0, 7), 'en-GB')).toBe('00:07');
  });

  it('keeps a 12-hour clock with the day first where that is usual, and reads a bare "en" as American', () => {
    expect(dateStyleFor('en-AU')).toEqual({ isMonthFirst: false, is12Hour: true });
    expect(dateStyleFor('en-IN')).toEqual({ isMonthFirst: false, is12Hour: true });
    expect(dateStyleFor('en')).toEqual({ isMonthFirst: true, is12Hour: true });
    expect(dateStyleFor('en-CA')).toEqual({ isMonthFirst: true, is12Hour: true });
    expect(dateStyleFor('zh-Hant-TW')).toEqual({ isMonthFirst: false, is12Hour: true });
    expect(dateStyleFor('fr')).toEqual({ isMonthFirst: false, is12Hour: false });
    expect(timeWords(new Date(2026, 0, 1, 12, 0), 'en-AU')).toBe('12:00 PM');
  });

  it('dates a calendar day the same wherever the reader is', () => {
    expect(calendarOfDay('2026-05-14')).toEqual({ year: 2026, month: 5, day: 14, weekday: 4 });
    expect(formatCalendarDay('2026-05-14', 'en-US')).toBe('Thursday, May 14, 2026');
    expect(formatCalendarDay('2028-02-29', 'en-GB')).toBe('Tuesday 29 February 2028');
  });
});
