// What the goals screens do, on the goals' record store: every change is a pure
// edit (goal-changes.ts) applied through one change(id, edit), shown at once and
// written as one record. Goals written elsewhere (the practice's goal step,
// another tab) arrive through the same store.
import { newId } from '../../lib/ids';
import { goalsCollection, type Goal } from '../../storage/collections/goals';
import { journalCollection } from '../../storage/collections/journal';
import { nextUpdatedAt, nowIso } from '../../storage/engine/record-fields';
import { recordStore, type SaveOutcome } from '../../state/record-store';
import {
  applyDraft,
  archiveGoal,
  completeGoal,
  noteTick,
  reopenGoal,
  restoreGoal,
  tickStep,
  untickStep,
  type GoalDraft,
} from './goal-changes';

export type { GoalDraft };

export const goalRecords = recordStore(goalsCollection);
const entries = recordStore(journalCollection);

const change = (id: string, edit: (goal: Goal) => Goal | null) => goalRecords.update(id, edit);

export const goals = {
  load: () => goalRecords.load(),

  /** Shows the new goal at once and writes it; `written` says how that went. */
  create(draft: GoalDraft): { goal: Goal; written: Promise<SaveOutcome> } {
    const goal = goalsCollection.create({
      id: newId(),
      title: draft.title,
      why: draft.why,
      targetDate: draft.targetDate,
      priority: draft.priority,
      steps: draft.steps.map((step) => ({ ...step, doneAt: null, note: '' })),
    });
    return { goal, written: goalRecords.save(goal) };
  },

  /**
   * New words and plan from the editor. `opened` is the goal as the editor
   * opened it: a change made elsewhere since is kept, or both are shown.
   */
  update(id: string, draft: GoalDraft, opened: { version: string | null; record: Goal | null }) {
    const current = goalRecords.getState().records.get(id);
    if (!current) return Promise.resolve<SaveOutcome>('saved');
    const next = { ...applyDraft(current, draft), updatedAt: nextUpdatedAt(current.updatedAt) };
    return goalRecords.save(next, { base: opened });
  },

  /** Ticks a step; finishing the last one completes the goal. */
  tick(id: string, stepId: string): { isCompleted: boolean; written: Promise<SaveOutcome> } {
    const wasActive = goalRecords.getState().records.get(id)?.status === 'active';
    const written = goalRecords.update(id, (goal) => tickStep(goal, stepId, nowIso()));
    return { isCompleted: wasActive && goalRecords.getState().records.get(id)?.status === 'completed', written };
  },

  untick: (id: string, stepId: string) => change(id, (goal) => untickStep(goal, stepId, nowIso())),
  setTickNote: (id: string, stepId: string, note: string) =>
    change(id, (goal) => noteTick(goal, stepId, note)),
  complete: (id: string) => change(id, (goal) => completeGoal(goal, nowIso())),
  reopen: (id: string) => change(id, (goal) => reopenGoal(goal, nowIso())),
  archive: (id: string) => change(id, (goal) => archiveGoal(goal, nowIso())),
  restore: (id: string) => change(id, (goal) => restoreGoal(goal, nowIso())),
  setTargetDate: (id: string, day: string | null) =>
    change(id, (goal) => (goal.targetDate === day ? null : { ...goal, targetDate: day })),

  /** "What helped" goes to the journal, linked to the goal. Throws if it can't be saved. */
  async saveHelpedNote(id: string, text: string): Promise<void> {
    const goal = goalRecords.getState().records.get(id);
    if (!goal) return;
    const entry = journalCollection.create({
      id: newId(),
      text,
      tags: ['goal'],
      link: { kind: 'goal', goalId: goal.id, goalTitle: goal.title },
    });
    const outcome = await entries.save(entry);
    if (outcome !== 'saved') throw new Error(`The note could not be saved: ${outcome}`);
  },

  /** Tries again to store every change that couldn't be saved. */
  retry: () => goalRecords.retry(),
};
