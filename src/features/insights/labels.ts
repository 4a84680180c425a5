// How the insights name days, weeks and months, and what "this range" means in words.
import type { Grain, Range } from './insight-numbers';

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mon 20 Nov", "week of 17 Nov", "November 2026": one mark's name in the table. */
export function bucketLabel(start: string, grain: Grain): string {
  if (grain === 'day') return dayFormat.format(utc(start));
  if (grain === 'week') return `week of ${shortFormat.format(utc(start))}`;
  return monthFormat.format(utc(start));
}

/** A short label under the chart's ends. */
export function axisLabel(start: string, grain: Grain): string {
  return grain === 'month' ? monthFormat.format(utc(start)) : shortFormat.format(utc(start));
}

export const GRAIN_HEADINGS: Record<Grain, string> = { day: 'Day', week: 'Week', month: 'Month' };

export const RANGE_NAMES: Record<Range, { button: string; phrase: string }> = {
  week: { button: 'Last 7 days', phrase: 'in the last 7 days' },
  month: { button: 'Last 30 days', phrase: 'in the last 30 days' },
  all: { button: 'All time', phrase: 'so far' },
};
