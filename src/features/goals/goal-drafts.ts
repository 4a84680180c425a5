// The goal editor's drafts: one per editor per tab ("goal:new:<tab>",
// "goal:<goal id>:<tab>"), so a reload keeps what was typed and a closed tab's
// unfinished goal is offered back.
import type { GoalDraft as StoredGoalDraft } from '../../storage/collections/drafts';
import type { Goal } from '../../storage/collections/goals';
import { draftKey, draftRecords, keepDraft, otherDrafts } from '../../state/drafts-store';
import { calendarDay } from '../../storage/engine/record-fields';
import type { EditableStep } from './step-list-editor';
import type { GoalPriority } from '../../storage/collections/goals';

/** What the goal form holds on screen. */
export type GoalFormValues = {
  title: string;
  why: string;
  steps: EditableStep[];
  targetDate: string | null;
  priority: GoalPriority;
};

export function goalDraftKey(goalId: string | null): string {
  return draftKey('goal', goalId ?? 'new');
}

export function valuesOfGoal(goal: Goal): GoalFormValues {
  return {
    title: goal.title,
    why: goal.why,
    steps: goal.steps.map(({ id, text, date, doneAt }) => ({ id, text, date, doneAt })),
    targetDate: goal.targetDate,
    priority: goal.priority,
  };
}

/** The draft to open with: this tab's own, or one a closed tab left for the same goal. */
export function keptGoalDraft(key: string, goalId: string | null): StoredGoalDraft | undefined {
  const own = draftRecords.getState().records.get(key);
  if (own?.kind === 'goal') return own;
  return otherDrafts(key, (draft) => draft.kind === 'goal' && draft.goalId === goalId)[0] as
    | StoredGoalDraft
    | undefined;
}

export function valuesOfDraft(draft: StoredGoalDraft, goal: Goal | undefined): GoalFormValues {
  return {
    title: draft.title,
    why: draft.why,
    // Ticks aren't part of a draft: a step keeps its own from the goal.
    steps: draft.steps.map((step) => ({
      ...step,
      doneAt: goal?.steps.find((s) => s.id === step.id)?.doneAt ?? null,
    })),
    targetDate: draft.targetDate,
    priority: draft.priority,
  };
}

/**
 * A day the draft can hold, or none. A date box takes years past 9999, which no
 * record (draft or goal) can store: the words are kept without that day, not lost with it.
 */
const storableDay = (day: string | null) => (day !== null && calendarDay.safeParse(day).success ? day : null);

export function keepGoalDraft(key: string, values: GoalFormValues, goalId: string | null, base: string | null) {
  return keepDraft<StoredGoalDraft>(key, {
    kind: 'goal',
    goalId,
    base,
    title: values.title,
    why: values.why,
    steps: values.steps.map(({ id, text, date }) => ({ id, text, date: storableDay(date) })),
    targetDate: storableDay(values.targetDate),
    priority: values.priority,
  });
}

export function sameGoalValues(a: GoalFormValues, b: GoalFormValues): boolean {
  const plain = (v: GoalFormValues) =>
    JSON.stringify([v.title, v.why, v.steps.map((s) => [s.id, s.text, s.date]), v.targetDate, v.priority]);
  return plain(a) === plain(b);
}
