// What the goals screens show: every goal, loaded once, one record written per
// change. Goals written elsewhere (the practice's goal step, another tab) arrive
// through goals.onChange.
import { create } from 'zustand';
import { newId } from '../../lib/ids';
import { flushOnLeave } from '../../lib/on-leave';
import { nowIso, StorageWriteError } from '../../storage/collection';
import { goals, goalsCollection, newGoal, type Goal } from '../../storage/goals';
import { journal, newJournalEntry } from '../../storage/journal';
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

export type SaveProblem = 'quota' | 'failed' | null;

type GoalsState = {
  isLoaded: boolean;
  goals: Goal[];
  /** Set while a change is on screen but not yet stored; cleared by the next good save. */
  saveProblem: SaveProblem;
  load(): Promise<void>;
  create(draft: GoalDraft): Promise<Goal>;
  update(id: string, draft: GoalDraft): Promise<void>;
  /** Ticks a step; finishing the last one completes the goal. */
  tick(id: string, stepId: string): Promise<{ isCompleted: boolean }>;
  untick(id: string, stepId: string): Promise<void>;
  setTickNote(id: string, stepId: string, note: string): Promise<void>;
  complete(id: string): Promise<void>;
  reopen(id: string): Promise<void>;
  archive(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  setTargetDate(id: string, day: string | null): Promise<void>;
  /** "What helped" goes to the journal, linked to the goal. Throws if it can't be saved. */
  saveHelpedNote(id: string, text: string): Promise<void>;
  /** Tries again to store every change that couldn't be saved. */
  retry(): Promise<void>;
};

/** Goals changed on screen since their last successful write. */
const unsaved = new Set<string>();
let loading: Promise<void> | null = null;

/** Back to a fresh page's state: nothing loaded, nothing waiting. For tests. */
export function resetGoalsStore(): void {
  loading = null;
  unsaved.clear();
  useGoalsStore.setState({ isLoaded: false, goals: [], saveProblem: null });
}

function upsert(list: Goal[], goal: Goal): Goal[] {
  const index = list.findIndex((g) => g.id === goal.id);
  if (index === -1) return [...list, goal];
  const next = [...list];
  next[index] = goal;
  return next;
}

export const useGoalsStore = create<GoalsState>((set, get) => {
  const persist = async (goal: Goal) => {
    try {
      const result = await goals.save(goal);
      if (get().goals.find((g) => g.id === goal.id) === goal) unsaved.delete(goal.id);
      if (result === 'kept-newer') {
        // Another tab changed this goal later than we did: show its version.
        const stored = await goals.get(goal.id);
        unsaved.delete(goal.id);
        if (stored) set((state) => ({ goals: upsert(state.goals, stored) }));
      }
      if (unsaved.size === 0) set({ saveProblem: null });
    } catch (error) {
      set({ saveProblem: error instanceof StorageWriteError ? error.problem : 'failed' });
    }
  };

  /** Shows the change at once, then stores it: one record, one write. */
  const commit = (goal: Goal) => {
    const previous = get().goals.find((g) => g.id === goal.id);
    let updatedAt = nowIso();
    // Two changes in the same millisecond must still sort in the order they happened.
    if (previous && updatedAt <= previous.updatedAt) {
      updatedAt = new Date(Date.parse(previous.updatedAt) + 1).toISOString();
    }
    const next = { ...goal, updatedAt };
    set((state) => ({ goals: upsert(state.goals, next) }));
    unsaved.add(next.id);
    return persist(next).then(() => next);
  };

  const change = async (id: string, edit: (goal: Goal) => Goal | null) => {
    const goal = get().goals.find((g) => g.id === id);
    const edited = goal ? edit(goal) : null;
    return edited ? commit(edited) : null;
  };

  return {
    isLoaded: false,
    goals: [],
    saveProblem: null,

    load() {
      // Always the same promise, so screens can suspend on it with use().
      loading ??= goals.loadAll().then((stored) => {
        set((state) => ({
          isLoaded: true,
          // Anything created before loading finished wins over what was stored.
          goals: state.goals.reduce(upsert, stored),
        }));
      });
      return loading;
    },

    async create(draft) {
      const goal = newGoal({
        id: newId(),
        title: draft.title,
        why: draft.why,
        targetDate: draft.targetDate,
        priority: draft.priority,
        steps: draft.steps.map((step) => ({ ...step, doneAt: null, note: '' })),
      });
      return commit(goal);
    },

    async update(id, draft) {
      await change(id, (goal) => applyDraft(goal, draft));
    },

    async tick(id, stepId) {
      const wasActive = get().goals.find((g) => g.id === id)?.status === 'active';
      const next = await change(id, (goal) => tickStep(goal, stepId, nowIso()));
      return { isCompleted: wasActive && next?.status === 'completed' };
    },

    async untick(id, stepId) {
      await change(id, (goal) => untickStep(goal, stepId, nowIso()));
    },

    async setTickNote(id, stepId, note) {
      await change(id, (goal) => noteTick(goal, stepId, note));
    },

    async complete(id) {
      await change(id, (goal) => completeGoal(goal, nowIso()));
    },

    async reopen(id) {
      await change(id, (goal) => reopenGoal(goal, nowIso()));
    },

    async archive(id) {
      await change(id, (goal) => archiveGoal(goal, nowIso()));
    },

    async restore(id) {
      await change(id, (goal) => restoreGoal(goal, nowIso()));
    },

    async setTargetDate(id, day) {
      await change(id, (goal) => (goal.targetDate === day ? null : { ...goal, targetDate: day }));
    },

    async saveHelpedNote(id, text) {
      const goal = get().goals.find((g) => g.id === id);
      if (!goal) return;
      await journal.save(
        newJournalEntry({
          id: newId(),
          text,
          tags: ['goal'],
          link: { kind: 'goal', goalId: goal.id, goalTitle: goal.title },
        }),
      );
    },

    async retry() {
      const waiting = get().goals.filter((g) => unsaved.has(g.id));
      await Promise.all(waiting.map(persist));
    },
  };
});

// The page is closing: a synchronous copy of anything not yet stored.
flushOnLeave(() => {
  for (const goal of useGoalsStore.getState().goals) {
    if (unsaved.has(goal.id)) goalsCollection.saveOnLeave(goal);
  }
});

// Goals written by the practice, by this store, or in another tab: show the stored version
// unless what's on screen is newer.
goals.onChange((notice) => {
  if (!loading) return;
  void loading.then(async () => {
    if (notice.op === 'clear') {
      const stored = await goals.loadAll();
      const waiting = useGoalsStore.getState().goals.filter((g) => unsaved.has(g.id));
      useGoalsStore.setState({ goals: waiting.reduce(upsert, stored) });
      return;
    }
    if (notice.op === 'delete') {
      if (unsaved.has(notice.id)) return;
      useGoalsStore.setState((state) => ({ goals: state.goals.filter((g) => g.id !== notice.id) }));
      return;
    }
    const stored = await goals.get(notice.id);
    if (!stored) return;
    const local = useGoalsStore.getState().goals.find((g) => g.id === stored.id);
    if (local && local.updatedAt >= stored.updatedAt) return;
    unsaved.delete(stored.id);
    useGoalsStore.setState((state) => ({ goals: upsert(state.goals, stored) }));
  });
});
