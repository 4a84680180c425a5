// The days a summary covers: a preset counted back from today (today included,
// as the insights count "the last 7 days"), or two days the person chose.
import { calendarOfDay, dayWords } from '../../lib/date-words';
import { addDays } from '../../lib/relative-day';
import type { SummaryDraft } from '../../storage/collections/drafts';

export type SummaryRange = SummaryDraft['range'];

/** What each choice is called, in the order offered. */
export const RANGE_LABELS: Record<SummaryRange, string> = {
  '4-weeks': 'The last 4 weeks',
  '3-months': 'The last 3 months',
  year: 'The last year',
  custom: 'Days I choose',
};

/** The first and last calendar day covered, both included (YYYY-MM-DD). */
export type Days = { from: string; to: string };

/** The same day of the month, `months` earlier; the month's last day when it has no such day. */
function monthsBefore(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDate = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, lastDate));
  return first.toISOString().slice(0, 10);
}

/**
 * The days of a choice, or null when the person's own days can't make a range
 * yet (one is missing, or the first comes after the last).
 */
export function daysOf(choice: Pick<SummaryDraft, 'range' | 'from' | 'to'>, today: string): Days | null {
  switch (choice.range) {
    case '4-weeks':
      return { from: addDays(today, -27), to: today };
    case '3-months':
      return { from: addDays(monthsBefore(today, 3), 1), to: today };
    case 'year':
      return { from: addDays(monthsBefore(today, 12), 1), to: today };
    case 'custom': {
      const { from, to } = ownDays(choice, today);
      return from <= to ? { from, to } : null;
    }
  }
}

/** The person's own days as their boxes show them: the last 4 weeks until they choose. */
export function ownDays(choice: Pick<SummaryDraft, 'from' | 'to'>, today: string): Days {
  return { from: choice.from ?? addDays(today, -27), to: choice.to ?? today };
}

/** "6 November 2026 to 4 December 2026". */
export function daysWords({ from, to }: Days): string {
  const words = (day: string) => dayWords(calendarOfDay(day), { month: 'long', hasYear: true });
  return from === to ? words(from) : `${words(from)} to ${words(to)}`;
}
