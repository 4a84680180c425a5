// How goals are ordered and described in words: shared by the list, the card and
// the goal's own screen.
import type { Goal, GoalPriority } from '../../storage/collections/goals';
import { compareWords } from '../../lib/compare-words';

export const PRIORITY_WORDS: Record<GoalPriority, { label: string; hint: string; short: string }> =
  {
    high: { label: 'High', hint: 'What matters most right now', short: 'High priority' },
    medium: { label: 'Medium', hint: 'Important, with room to breathe', short: 'Medium priority' },
    low: { label: 'Low', hint: 'For when there is time and energy', short: 'Low priority' },
  };

const PRIORITY_RANK: Record<GoalPriority, number> = { high: 0, medium: 1, low: 2 };

/** Highest priority first; then the nearest target date; goals with no date last. */
export function byPriorityThenDate(a: Goal, b: Goal): number {
  const rank = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (rank !== 0) return rank;
  if (a.targetDate !== b.targetDate) {
    if (a.targetDate === null) return 1;
    if (b.targetDate === null) return -1;
    return compareWords(a.targetDate, b.targetDate);
  }
  return compareWords(a.createdAt, b.createdAt);
}

export function groupGoals(goals: readonly Goal[]) {
  const active = goals.filter((g) => g.status === 'active').sort(byPriorityThenDate);
  const completed = goals
    .filter((g) => g.status === 'completed')
    .sort((a, b) => compareWords(b.completedAt ?? '', a.completedAt ?? ''));
  const archived = goals
    .filter((g) => g.status === 'archived')
    .sort((a, b) => compareWords(b.updatedAt, a.updatedAt));
  return { active, completed, archived };
}

export function stepsDone(goal: Goal): number {
  return goal.steps.filter((step) => step.doneAt).length;
}

export function nextStep(goal: Goal) {
  return goal.steps.find((step) => !step.doneAt) ?? null;
}

/** "2 of 5 steps done", for the progress bar's name and the card. */
export function progressWords(goal: Goal): string {
  const total = goal.steps.length;
  return `${stepsDone(goal)} of ${total} ${total === 1 ? 'step' : 'steps'} done`;
}

/** When the active-goals nudge appears: saving would make more than three at once. */
export const MANY_ACTIVE_GOALS = 3;
