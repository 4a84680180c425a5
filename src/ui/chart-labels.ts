// How a chart of feelings names its days, weeks and months.
import { calendarOfDay, dayWords, monthWords } from '../lib/date-words';
import type { Grain } from '../lib/insight-numbers';

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
