import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatCalendarDay,
  localCalendarDay,
  relativeDay,
} from '../../src/lib/relative-day';

// A Thursday.
const today = '2026-05-14';

describe('relativeDay: a target date in friendly words', () => {
  it('says today, tomorrow and yesterday', () => {
    expect(relativeDay('2026-05-14', today)).toBe('today');
    expect(relativeDay('2026-05-15', today)).toBe('tomorrow');
    expect(relativeDay('2026-05-13', today)).toBe('yesterday');
  });

  it('counts days ahead within the coming week', () => {
    expect(relativeDay('2026-05-19', today)).toBe('in 5 days');
    expect(relativeDay('2026-05-16', today)).toBe('in 2 days');
  });

  it('names the weekday for a day earlier this past week', () => {
    expect(relativeDay('2026-05-12', today)).toBe('last Tuesday');
    expect(relativeDay('2026-05-08', today)).toBe('last Friday');
  });

  it('speaks in weeks, then months, then years further out', () => {
    expect(relativeDay('2026-05-21', today)).toBe('next week');
    expect(relativeDay('2026-05-07', today)).toBe('last week');
    expect(relativeDay('2026-05-28', today)).toBe('in 2 weeks');
    expect(relativeDay('2026-04-23', today)).toBe('3 weeks ago');
    expect(relativeDay('2026-08-14', today)).toBe('in 3 months');
    expect(relativeDay('2028-05-14', today)).toBe('in 2 years');
  });

  it('counts across a month end, a leap day and a daylight-saving change without drifting', () => {
    expect(relativeDay('2028-03-01', '2028-02-28')).toBe('in 2 days');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(relativeDay('2026-06-01', '2026-05-31')).toBe('tomorrow');
  });

  it('says next year and last year rather than "in 1 year"', () => {
    expect(relativeDay('2027-05-20', today)).toBe('next year');
    expect(relativeDay('2025-05-10', today)).toBe('last year');
  });
});

describe('calendar days', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('takes the local calendar day, not the UTC one', () => {
    expect(localCalendarDay(new Date(2026, 4, 14, 23, 59))).toBe('2026-05-14');
    expect(localCalendarDay(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });

  it('writes the full day out for anyone who wants the exact date', () => {
    // ICU versions differ on the comma after the weekday.
    expect(formatCalendarDay('2026-05-14', 'en-GB')).toMatch(/^Thursday,? 14 May 2026$/);
  });
});
