// "Your week" on the home screen, in one line: what the person did in the last
// seven days and how they last said they felt. Pure (now is passed in). Only
// what happened is counted; a quiet week gets a warm line, never a zero.
import { localCalendarDay, addDays, relativeDay } from '../../lib/relative-day';

export type WeekFacts = {
  /** When each practice was finished. */
  practicesDone: readonly string[];
  /** When each goal step still ticked was ticked. */
  stepsTicked: readonly string[];
  /** The latest check-in of any kind, if any. */
  latest: { at: string; value: number } | null;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one line; a quiet week with no check-in gets a warm invitation instead. */
export function yourWeekLine(facts: WeekFacts, now: Date = new Date()): string {
  const today = localCalendarDay(now);
  const since = addDays(today, -6);
  const inWeek = (at: string) => localCalendarDay(new Date(at)) >= since;
  const practices = facts.practicesDone.filter(inWeek).length;
  const steps = facts.stepsTicked.filter(inWeek).length;

  const did: string[] = [];
  if (practices > 0) did.push(`finished ${plural(practices, 'practice', 'practices')}`);
  if (steps > 0) did.push(`ticked ${plural(steps, 'goal step', 'goal steps')}`);
  const parts: string[] = [];
  if (did.length > 0) parts.push(`This week you ${did.join(' and ')}. Small steps count.`);
  if (facts.latest) {
    const day = relativeDay(localCalendarDay(new Date(facts.latest.at)), today);
    parts.push(`Your last check-in was ${facts.latest.value} out of 10, ${day}.`);
  }
  return parts.length > 0 ? parts.join(' ') : QUIET_WEEK;
}

/** What a first visit or a quiet week reads (and what the page shows before anything is read). */
export const QUIET_WEEK = "A check-in takes a few seconds, and it's only for you.";
