// The numbers the insights screen and a summary show, from the records as they
// are stored. Pure (the day "now" is passed in), so the chart, its table and the
// tests all read the same figures. Averages describe; nothing here is a score or a streak.
import { localCalendarDay, addDays, daysBetween } from './relative-day';

/** One number given at one moment, 0 to 10. */
export type Point = { at: string; value: number };

export const RANGES = ['week', 'month', 'all'] as const;
export type Range = (typeof RANGES)[number];

/** How points are gathered for the chart: a day each, a week each, a month each. */
export type Grain = 'day' | 'week' | 'month';

/** One mark on a chart and one row of its table. */
export type Bucket = {
  /** The first calendar day it covers (YYYY-MM-DD). */
  start: string;
  /** The average of the numbers given in it, to one decimal. */
  average: number;
  count: number;
};

export type Series = {
  grain: Grain;
  buckets: Bucket[];
  count: number;
  low: number;
  high: number;
  average: number;
};

const RANGE_DAYS: Record<Exclude<Range, 'all'>, number> = { week: 7, month: 30 };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The first day a range covers, counting today: the last 7 or 30 days. */
export function rangeStart(range: Range, today: string): string | null {
  return range === 'all' ? null : addDays(today, -(RANGE_DAYS[range] - 1));
}

/** Day-sized marks while they stay readable; weeks over a few months; months over two years. */
function grainFor(firstDay: string, lastDay: string): Grain {
  const span = daysBetween(firstDay, lastDay);
  if (span <= 62) return 'day';
  if (span <= 730) return 'week';
  return 'month';
}

/** The first day of the bucket a day falls in: itself, its Monday, or the 1st of its month. */
function bucketStart(day: string, grain: Grain): string {
  if (grain === 'day') return day;
  if (grain === 'month') return `${day.slice(0, 8)}01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * The points of a range, gathered into marks oldest first, with how many there
 * were, the lowest, the highest and the average. Null when the range has none.
 */
export function seriesFor(points: readonly Point[], range: Range, today: string): Series | null {
  // Over all time the marks grow with the span of the points; a week or a month is read by day.
  return seriesBetween(points, rangeStart(range, today), today, range === 'all' ? 'points' : 'day');
}

/**
 * The points from one calendar day to another (both counted; no start: from
 * the first), gathered as seriesFor does. The grain: by day, by what the
 * points span (`points`), or by what the range spans (`range`, the default).
 */
export function seriesBetween(
  points: readonly Point[],
  since: string | null,
  until: string,
  grainBy: 'day' | 'points' | 'range' = 'range',
): Series | null {
  const days: { day: string; value: number }[] = [];
  for (const point of points) {
    const day = localCalendarDay(new Date(point.at));
    if (since !== null && day < since) continue;
    if (day > until) continue;
    days.push({ day, value: point.value });
  }
  if (days.length === 0) return null;
  let first = days[0]!.day;
  for (const { day } of days) if (day < first) first = day;
  // One point is named by its own day, whatever the range.
  const grain =
    days.length === 1 || grainBy === 'day' ? 'day' : grainFor(grainBy === 'range' && since !== null ? since : first, until);
  const sums = new Map<string, { sum: number; count: number }>();
  let total = 0;
  let low = 10;
  let high = 0;
  for (const { day, value } of days) {
    const key = bucketStart(day, grain);
    const bucket = sums.get(key) ?? { sum: 0, count: 0 };
    bucket.sum += value;
    bucket.count += 1;
    sums.set(key, bucket);
    total += value;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const buckets = [...sums]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([start, { sum, count }]) => ({ start, average: round1(sum / count), count }));
  return { grain, buckets, count: days.length, low, high, average: round1(total / days.length) };
}

/** A finished practice as the insights read it. */
export type Done = { moduleId: string; feelingBefore: number | null; feelingAfter: number | null };

export type PracticeChange = {
  moduleId: string;
  /** Every time it was finished. */
  timesDone: number;
  /** The times with a check-in both before and after: the ones the average is from. */
  timesCompared: number;
  /** After minus before, averaged over the compared times, to one decimal; null if none. */
  averageChange: number | null;
};

/** For each practice done, how the feeling moved from before to after, on average. */
export function practiceChanges(done: Iterable<Done>): PracticeChange[] {
  const by = new Map<string, { timesDone: number; timesCompared: number; sum: number }>();
  for (const run of done) {
    const entry = by.get(run.moduleId) ?? { timesDone: 0, timesCompared: 0, sum: 0 };
    entry.timesDone += 1;
    if (run.feelingBefore !== null && run.feelingAfter !== null) {
      entry.timesCompared += 1;
      entry.sum += run.feelingAfter - run.feelingBefore;
    }
    by.set(run.moduleId, entry);
  }
  return [...by]
    .map(([moduleId, { timesDone, timesCompared, sum }]) => ({
      moduleId,
      timesDone,
      timesCompared,
      averageChange: timesCompared === 0 ? null : round1(sum / timesCompared),
    }))
    .sort((a, b) => b.timesDone - a.timesDone || (a.moduleId < b.moduleId ? -1 : 1));
}

/** "+2.1", "−0.5", "no change": a change as a person reads it (a real minus sign). */
export function signed(change: number): string {
  if (change === 0) return 'no change';
  const text = Math.abs(change).toFixed(1);
  return change > 0 ? `+${text}` : `\u2212${text}`;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * "Look at the story again: +2.1 on average, 5 times." The sentence a screen
 * reader reads and the row everyone sees; kind when there is nothing to compare.
 */
export function describeChange(title: string, change: PracticeChange): string {
  if (change.averageChange === null) {
    return `${title}: done ${times(change.timesDone)}. Check in before and after next time to see how it changes things.`;
  }
  const how =
    change.averageChange === 0
      ? 'no change on average'
      : `${signed(change.averageChange)} on average`;
  const base = `${title}: ${how}, ${times(change.timesCompared)}`;
  return change.timesCompared === change.timesDone
    ? `${base}.`
    : `${base} with check-ins (done ${times(change.timesDone)}).`;
}

/** Today as the person's own calendar day. */
export const today = () => localCalendarDay();
