import { describe, expect, it } from 'vitest';
import { isoFromIso, isoFromMs, readClock, readDayMonth, wallClockIso } from '../../src/features/imports/formats/dates';

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('reading dates from other apps', () => {
  it('reads an ISO moment with a Z or an offset exactly', () => {
    expect(isoFromIso('2019-10-18T08:07:39Z')).toBe('2019-10-18T08:07:39.000Z');
    expect(isoFromIso('2019-10-18T10:07:39.250+02:00')).toBe('2019-10-18T08:07:39.250Z');
    expect(isoFromIso('2019-10-18T10:07:39-0130')).toBe('2019-10-18T11:37:39.000Z');
  });

  it('reads an ISO moment with no zone as the local time, and a space for the T', () => {
    expect(isoFromIso('2024-03-05T21:05')).toBe(local(2024, 3, 5, 21, 5));
    expect(isoFromIso('2024-03-05 21:05:00')).toBe(local(2024, 3, 5, 21, 5));
  });

  it('reads a day alone as noon that day, so it shows on that day wherever the reader is', () => {
    expect(isoFromIso('2024-03-05')).toBe(local(2024, 3, 5, 12, 0));
  });

  it('reads the 29th of February in a leap year, 2000 among them', () => {
    expect(isoFromIso('2024-02-29')).toBe(local(2024, 2, 29, 12, 0));
    expect(isoFromIso('2000-02-29')).toBe(local(2000, 2, 29, 12, 0));
    expect(isoFromIso('1900-02-29')).toBeNull();
  });

  it('refuses a day that is not on the calendar', () => {
    expect(isoFromIso('2023-02-29')).toBeNull();
    expect(isoFromIso('2024-13-01')).toBeNull();
    expect(isoFromIso('2024-04-31T10:00Z')).toBeNull();
    expect(isoFromIso('2024-03-05T24:30')).toBeNull();
    expect(isoFromIso('2024-03-05T10:60')).toBeNull();
  });

  it('refuses words, numbers and years no journal was written in', () => {
    for (const text of ['', 'yesterday', '05/03/2024', '20240305', '0001-01-01', '9999-12-31', '2024-3-5']) {
      expect(isoFromIso(text), text).toBeNull();
    }
  });

  it('reads a 24-hour clock', () => {
    expect(readClock('21:05')).toEqual({ hour: 21, minute: 5 });
    expect(readClock('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(readClock('7:30')).toEqual({ hour: 7, minute: 30 });
    expect(readClock('21:05:59')).toEqual({ hour: 21, minute: 5 });
  });

  it('reads a 12-hour clock in the ways phones write it', () => {
    expect(readClock('9:05 PM')).toEqual({ hour: 21, minute: 5 });
    expect(readClock('11:54 pm')).toEqual({ hour: 23, minute: 54 });
    expect(readClock('12:10 AM')).toEqual({ hour: 0, minute: 10 });
    expect(readClock('12:10 PM')).toEqual({ hour: 12, minute: 10 });
    expect(readClock('8:15 a.m.')).toEqual({ hour: 8, minute: 15 });
    expect(readClock('8:15\u202fPM')).toEqual({ hour: 20, minute: 15 });
  });

  it('refuses a clock that cannot be', () => {
    for (const text of ['25:00', '13:00 PM', '0:30 AM', '9', 'noon', '9:5', '']) {
      expect(readClock(text), text).toBeNull();
    }
  });

  it("reads Daylio's older day and month, either way round", () => {
    expect(readDayMonth('18 May')).toEqual({ month: 5, day: 18 });
    expect(readDayMonth('May 18')).toEqual({ month: 5, day: 18 });
    expect(readDayMonth('3 Sept')).toEqual({ month: 9, day: 3 });
    expect(readDayMonth('december 31')).toEqual({ month: 12, day: 31 });
    expect(readDayMonth('18 Mai')).toBeNull();
    expect(readDayMonth('May')).toBeNull();
  });

  it('turns a wall-clock time into the moment it was, here', () => {
    expect(wallClockIso({ year: 2024, month: 3, day: 5, hour: 21, minute: 5 })).toBe(local(2024, 3, 5, 21, 5));
    expect(wallClockIso({ year: 2023, month: 2, day: 29, hour: 9, minute: 0 })).toBeNull();
  });

  it('reads milliseconds since 1970', () => {
    expect(isoFromMs(1700408759432)).toBe('2023-11-19T15:45:59.432Z');
    expect(isoFromMs(Number.NaN)).toBeNull();
    expect(isoFromMs(-5)).toBeNull();
    expect(isoFromMs('1700408759432')).toBeNull();
    expect(isoFromMs(1e16)).toBeNull();
  });
});
