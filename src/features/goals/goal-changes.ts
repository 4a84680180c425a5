// What each thing a person does to a goal changes, as pure functions: the store
// applies them and writes the result. Null means "nothing to change".
import { newId } from '../../lib/ids';
import type { Goal, GoalEvent, GoalPriority, GoalStep } from '../../storage/collections/goals';

/** What the editor hands over: the goal's words and plan, without its progress. */
export type GoalDraft = {
  title: string;
  why: string;
  steps: Pick<GoalStep, 'id' | 'text' | 'date'>[];
  targetDate: string | null;
  priority: GoalPriority;
};

function event(kind: GoalEvent['kind'], at: string, step: GoalStep | null = null): GoalEvent {
  return { id: newId(), at, kind, stepId: step?.id ?? null, stepText: step?.text ?? '', note: '' };
}

// Finishing and reopening read the same whether a step tick or a button did it.
function markFinished(goal: Goal, isFinished: boolean, at: string): Goal {
  return {
    ...goal,
    status: isFinished ? 'completed' : 'active',
    completedAt: isFinished ? at : null,
    history: [...goal.history, event(isFinished ? 'completed' : 'reopened', at)],
  };
}

/** New words and plan; steps that were already there keep their ticks and notes. */
export function applyDraft(goal: Goal, draft: GoalDraft): Goal {
  return {
    ...goal,
    title: draft.title,
    why: draft.why,
    targetDate: draft.targetDate,
    priority: draft.priority,
    steps: draft.steps.map((step) => {
      const before = goal.steps.find((s) => s.id === step.id);
      return { doneAt: null, note: '', ...before, ...step };
    }),
  };
}

/** Ticking the last step of an active goal completes it. */
export function tickStep(goal: Goal, stepId: string, at: string): Goal | null {
  const step = goal.steps.find((s) => s.id === stepId);
  if (!step || step.doneAt || goal.status === 'archived') return null;
  const steps = goal.steps.map((s) => (s.id === stepId ? { ...s, doneAt: at } : s));
  const history = [...goal.history, event('ticked', at, step)];
  if (goal.status !== 'active' || steps.some((s) => !s.doneAt)) return { ...goal, steps, history };
  return markFinished({ ...goal, steps, history }, true, at);
}

/** Unticking a step of a finished goal means it isn't finished after all. */
export function untickStep(goal: Goal, stepId: string, at: string): Goal | null {
  const step = goal.steps.find((s) => s.id === stepId);
  if (!step?.doneAt || goal.status === 'archived') return null;
  const steps = goal.steps.map((s) => (s.id === stepId ? { ...s, doneAt: null, note: '' } : s));
  const history = [...goal.history, event('unticked', at, step)];
  if (goal.status !== 'completed') return { ...goal, steps, history };
  return markFinished({ ...goal, steps, history }, false, at);
}

/** The "how did it go?" line: kept on the step and on its latest tick in the history. */
export function noteTick(goal: Goal, stepId: string, note: string): Goal | null {
  const lastTick = goal.history.findLastIndex((e) => e.kind === 'ticked' && e.stepId === stepId);
  if (lastTick === -1) return null;
  return {
    ...goal,
    steps: goal.steps.map((s) => (s.id === stepId ? { ...s, note } : s)),
    history: goal.history.map((e, i) => (i === lastTick ? { ...e, note } : e)),
  };
}

export function completeGoal(goal: Goal, at: string): Goal | null {
  return goal.status === 'active' ? markFinished(goal, true, at) : null;
}

export function reopenGoal(goal: Goal, at: string): Goal | null {
  return goal.status === 'completed' ? markFinished(goal, false, at) : null;
}

export function archiveGoal(goal: Goal, at: string): Goal | null {
  if (goal.status === 'archived') return null;
  return { ...goal, status: 'archived', history: [...goal.history, event('archived', at)] };
}

/** Back where it was: finished if it had been finished, otherwise active. */
export function restoreGoal(goal: Goal, at: string): Goal | null {
  if (goal.status !== 'archived') return null;
  return {
    ...goal,
    status: goal.completedAt ? 'completed' : 'active',
    history: [...goal.history, event('restored', at)],
  };
}
