// The top of a goal's screen in words, worked out once: GoalTop draws it on the
// live screen, and the page drawn before the app starts (src/app/early-paint)
// fills its template from the same words. No React here, so that page can use it.
import { formatCalendarDay, relativeDay } from '../../lib/relative-day';
import type { Goal } from '../../storage/collections/goals';
import { PRIORITY_WORDS } from './goal-order';

/** A day in friendly words ("in 5 days") and in full ("Friday, 12 June 2026"). */
export type DayWords = { relative: string; full: string };

export type GoalTopView = {
  id: string;
  title: string;
  /** '' when the person gave none. */
  why: string;
  /** The practice that proposed it, when it is still here. */
  practice: { id: string; title: string } | null;
  priority: string;
  isArchived: boolean;
  /** A target day still ahead (or today). */
  target: (DayWords & { day: string }) | null;
  /** A target day gone by, in friendly words. */
  plannedFor: string | null;
  today: string;
};

export function dayWords(day: string, today: string): DayWords {
  return { relative: relativeDay(day, today), full: formatCalendarDay(day) };
}

/** True for an active goal whose target day has gone by. */
export function isPastTarget(goal: Pick<Goal, 'status' | 'targetDate'>, today: string): boolean {
  return goal.status === 'active' && goal.targetDate !== null && goal.targetDate < today;
}

export function goalTopView(
  goal: Goal,
  today: string,
  practiceTitle: (moduleId: string) => string | undefined,
): GoalTopView {
  const title = goal.link ? practiceTitle(goal.link.moduleId) : undefined;
  const isPast = isPastTarget(goal, today);
  return {
    id: goal.id,
    title: goal.title,
    why: goal.why,
    practice: goal.link && title !== undefined ? { id: goal.link.moduleId, title } : null,
    priority: PRIORITY_WORDS[goal.priority].short,
    isArchived: goal.status === 'archived',
    target: goal.targetDate && !isPast ? { day: goal.targetDate, ...dayWords(goal.targetDate, today) } : null,
    plannedFor: goal.targetDate && isPast ? relativeDay(goal.targetDate, today) : null,
    today,
  };
}
