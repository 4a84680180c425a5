// Dates as other apps write them, read strictly: a date that can't be read is
// null (the reader skips that row and says why), never a guess and never the
// moment of the import. Times with no zone are the reader's own local time, which
// is what a diary on the same phone meant.

/** Years a journal entry could plausibly come from; anything else is a damaged date. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second?: number; ms?: number };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (month === 2 && isLeap ? 1 : 0);
}

/** A wall-clock time in the reader's own zone, as an ISO moment; null if it is not a real time. */
export function wallClockIso(clock: WallClock): string | null {
  const { year, month, day, hour, minute, second = 0, ms = 0 } = clock;
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(year, month - 1, day, hour, minute, second, ms).toISOString();
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO 8601 as apps write it; a day alone is noon that day, so it shows on that day anywhere. */
export function isoFromIso(text: string): string | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '12', mi = '00', s = '0', fraction = '0', zone] = match;
  const clock = { year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s, ms: Math.floor(+`0.${fraction}` * 1000) };
  const local = wallClockIso(clock);
  if (local === null || zone === undefined) return local;
  const utc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.ms);
  if (zone.toUpperCase() === 'Z') return new Date(utc).toISOString();
  const digits = zone.replace(':', '');
  const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
  return new Date(utc - offset * 60_000).toISOString();
}

const CLOCK = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:\s*([ap])\.?\s*m\.?)?$/i;

/** "21:05", "9:05 PM", "11:54 pm", "8:15 a.m.": hours and minutes, or null. */
export function readClock(text: string): { hour: number; minute: number } | null {
  const match = CLOCK.exec(text.replace(/[\u00a0\u202f]/g, ' ').trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthOf(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((name, i) => name === lower || MONTHS[i] === lower || (lower.length >= 3 && name.startsWith(lower)));
  return index === -1 ? null : index + 1;
}

/** Daylio's older "18 May" or "May 18" (English month names; others can't be read). */
export function readDayMonth(text: string): { month: number; day: number } | null {
  const words = text.trim().split(/[\s,]+/);
  if (words.length !== 2) return null;
  const [first = '', second = ''] = words;
  const [dayWord, monthWord] = /^\d{1,2}$/.test(first) ? [first, second] : [second, first];
  const month = monthOf(monthWord);
  if (!/^\d{1,2}$/.test(dayWord) || month === null) return null;
  return { month, day: Number(dayWord) };
}

/** Milliseconds since 1970, as Daylio and Journey store them. */
export function isoFromMs(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const moment = new Date(value);
  const year = moment.getUTCFullYear();
  return year >= FIRST_YEAR + 70 && year <= LAST_YEAR ? moment.toISOString() : null;
}
