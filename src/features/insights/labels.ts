// How the insights name days, weeks and months, and what "this range" means in words.
import { calendarOfDay, dayWords, monthWords } from '../../lib/date-words';
import type { Grain, Range } from './insight-numbers';

/** "Mon 20 Nov", "week of 17 Nov", "November 2026": one mark's name in the table. */
export function bucketLabel(start: string, grain: Grain): string {
  const day = calendarOfDay(start);
  if (grain === 'day') return dayWords(day, { weekday: 'short', month: 'short' });
  if (grain === 'week') return `week of ${dayWords(day, { month: 'short' })}`;
  return monthWords(day);
}

/** A short label under the chart's ends. */
export function axisLabel(start: string, grain: Grain): string {
  const day = calendarOfDay(start);
  return grain === 'month' ? monthWords(day) : dayWords(day, { month: 'short' });
}

export const GRAIN_HEADINGS: Record<Grain, string> = { day: 'Day', week: 'Week', month: 'Month' };

export const RANGE_NAMES: Record<Range, { button: string; phrase: string }> = {
  week: { button: 'Last 7 days', phrase: 'in the last 7 days' },
  month: { button: 'Last 30 days', phrase: 'in the last 30 days' },
  all: { button: 'All time', phrase: 'so far' },
};
