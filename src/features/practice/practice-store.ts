// What the practice screens show: each module's run in progress and the history
// of finished runs. Loads from storage once, writes one record per change.
import { create } from 'zustand';
import type { Module } from '../../content/module-schema';
import { newId } from '../../lib/ids';
import { createKeyedDebounce } from '../../lib/keyed-debounce';
import { flushOnLeave } from '../../lib/on-leave';
import type { Answer } from '../../storage/answers';
import { nowIso } from '../../storage/collection';
import { completions, type Completion } from '../../storage/completions';
import { goals, newGoal } from '../../storage/goals';
import { journal, newJournalEntry } from '../../storage/journal';
import { progress, type Progress } from '../../storage/progress';

/** Answers reach storage this long after the last keystroke (and at once on leaving). */
export const ANSWER_SAVE_DELAY_MS = 400;

type PracticeState = {
  isLoaded: boolean;
  runs: Record<string, Progress>;
  history: Completion[];
  /** True while a save failed; the answers stay on screen and are retried. */
  hasUnsavedChanges: boolean;
  load(): Promise<void>;
  /** Returns the run in progress, starting one if there is none. */
  ensureRun(moduleId: string): Progress;
  goToStep(moduleId: string, index: number): void;
  setAnswer(module: Module, stepId: string, answer: Answer): void;
  addProposedGoal(module: Module, stepId: string): Promise<string | null>;
  finish(module: Module): Promise<Completion>;
  reset(moduleId: string): Promise<void>;
  setFeelingAfter(completionId: string, value: number): Promise<void>;
  flush(): Promise<void>;
};

const pendingWrites = createKeyedDebounce(ANSWER_SAVE_DELAY_MS);
/** Runs changed since their last successful write. */
const unsavedRuns = new Set<string>();
let loading: Promise<void> | null = null;

/** Back to a fresh page's state: nothing loaded, nothing waiting. For tests. */
export function resetPracticeStore(): void {
  loading = null;
  unsavedRuns.clear();
  usePracticeStore.setState({ isLoaded: false, runs: {}, history: [], hasUnsavedChanges: false });
}

export const usePracticeStore = create<PracticeState>((set, get) => {
  const persistRun = (moduleId: string) => async () => {
    const run = get().runs[moduleId];
    if (!run) return;
    try {
      await progress.save(run);
      if (get().runs[moduleId] === run) unsavedRuns.delete(moduleId);
      set({ hasUnsavedChanges: false });
    } catch {
      set({ hasUnsavedChanges: true });
    }
  };

  const updateRun = (moduleId: string, change: (run: Progress) => Progress) => {
    const run = get().ensureRun(moduleId);
    const next = { ...change(run), updatedAt: nowIso() };
    set((state) => ({ runs: { ...state.runs, [moduleId]: next } }));
    unsavedRuns.add(moduleId);
    return next;
  };

  return {
    isLoaded: false,
    runs: {},
    history: [],
    hasUnsavedChanges: false,

    load() {
      // Always the same promise, so screens can suspend on it with use().
      loading ??= (async () => {
        const [runs, done] = await Promise.all([progress.loadAll(), completions.loadAll()]);
        set((state) => ({
          isLoaded: true,
          // Anything started before loading finished (a deep link) wins over what was stored.
          runs: { ...Object.fromEntries(runs.map((run) => [run.moduleId, run])), ...state.runs },
          history: done.sort((a, b) => b.completedAt.localeCompare(a.completedAt)),
        }));
        // If the last page closed before a written answer reached the journal, catch up now.
        for (const run of runs) {
          for (const [stepId, answer] of Object.entries(run.answers)) {
            if (answer.kind === 'text')
              void syncAnswerToJournal(run.moduleId, run.runId, stepId, null, answer.text);
          }
        }
      })();
      return loading;
    },

    ensureRun(moduleId) {
      const existing = get().runs[moduleId];
      if (existing) return existing;
      const now = nowIso();
      const run: Progress = {
        schemaVersion: 1,
        id: moduleId,
        moduleId,
        runId: newId(),
        currentStep: 0,
        startedAt: now,
        createdAt: now,
        updatedAt: now,
        answers: {},
      };
      set((state) => ({ runs: { ...state.runs, [moduleId]: run } }));
      unsavedRuns.add(moduleId);
      pendingWrites.schedule(moduleId, persistRun(moduleId));
      return run;
    },

    goToStep(moduleId, index) {
      const run = get().runs[moduleId];
      if (run && run.currentStep === index) return;
      updateRun(moduleId, (current) => ({ ...current, currentStep: index }));
      // A step change is one deliberate act: save it now, with any answers waiting.
      void pendingWrites.flush(moduleId).then(() => persistRun(moduleId)());
    },

    setAnswer(module, stepId, answer) {
      const run = updateRun(module.id, (current) => ({
        ...current,
        answers: { ...current.answers, [stepId]: answer },
      }));
      pendingWrites.schedule(module.id, persistRun(module.id));
      if (answer.kind === 'text') {
        const step = module.steps.find((s) => s.id === stepId);
        const key = `journal:${run.runId}:${stepId}`;
        pendingWrites.schedule(key, () =>
          syncAnswerToJournal(
            module.id,
            run.runId,
            stepId,
            step?.prompt?.label ?? step?.title ?? '',
            answer.text,
          ),
        );
      }
    },

    async addProposedGoal(module, stepId) {
      const run = get().runs[module.id];
      const answer = run?.answers[stepId];
      if (!run || answer?.kind !== 'goal' || answer.title.trim() === '') return null;
      const goal = newGoal({
        id: answer.goalId ?? newId(),
        title: answer.title.trim(),
        why: answer.why.trim(),
        steps: answer.steps
          .map((text) => text.trim())
          .filter(Boolean)
          .map((text) => ({ id: newId(), text, doneAt: null, note: '', date: null })),
        link: { kind: 'practice', moduleId: module.id, runId: run.runId },
      });
      await goals.save(goal);
      get().setAnswer(module, stepId, { ...answer, goalId: goal.id, isSkipped: false });
      await pendingWrites.flush(module.id);
      return goal.id;
    },

    async finish(module) {
      await get().flush();
      const run = get().ensureRun(module.id);
      const now = nowIso();
      const completion: Completion = {
        schemaVersion: 1,
        id: newId(),
        moduleId: module.id,
        runId: run.runId,
        startedAt: run.startedAt,
        completedAt: now,
        createdAt: now,
        updatedAt: now,
        answers: run.answers,
        feelingAfter: null,
      };
      await completions.save(completion);
      await progress.remove(module.id);
      unsavedRuns.delete(module.id);
      set((state) => {
        const runs = { ...state.runs };
        delete runs[module.id];
        return { runs, history: [completion, ...state.history] };
      });
      return completion;
    },

    async reset(moduleId) {
      pendingWrites.cancel(moduleId);
      unsavedRuns.delete(moduleId);
      await progress.remove(moduleId);
      set((state) => {
        const runs = { ...state.runs };
        delete runs[moduleId];
        return { runs };
      });
    },

    async setFeelingAfter(completionId, value) {
      const completion = get().history.find((c) => c.id === completionId);
      if (!completion) return;
      const next = { ...completion, feelingAfter: value, updatedAt: nowIso() };
      set((state) => ({ history: state.history.map((c) => (c.id === completionId ? next : c)) }));
      await completions.save(next);
    },

    flush: () => pendingWrites.flushAll(),
  };
});

/** Keeps the journal entry for a written answer in step with the answer. */
async function syncAnswerToJournal(
  moduleId: string,
  runId: string,
  stepId: string,
  prompt: string | null,
  text: string,
) {
  const id = `practice-${runId}-${stepId}`;
  const existing = await journal.get(id);
  if (text.trim() === '') {
    if (existing) await journal.remove(id).catch(() => undefined);
    return;
  }
  if (existing && existing.text === text) return;
  const link = {
    kind: 'practice' as const,
    moduleId,
    stepId,
    runId,
    prompt: prompt ?? (existing?.link?.kind === 'practice' ? existing.link.prompt : ''),
  };
  const entry = existing
    ? { ...existing, text, link, updatedAt: nowIso() }
    : newJournalEntry({ id, text, link });
  await journal.save(entry).catch(() => undefined);
}

// The page is closing: a synchronous copy of every unsaved run, then the normal writes.
flushOnLeave(() => {
  const { runs } = usePracticeStore.getState();
  for (const moduleId of unsavedRuns) {
    const run = runs[moduleId];
    if (run) progress.saveOnLeave(run);
  }
  void usePracticeStore.getState().flush();
});

// Another tab moved on or finished: show the same run here.
progress.onChange((notice) => {
  if (notice.origin !== 'other-tab' || pendingWrites.isWaiting(notice.id)) return;
  void progress.get(notice.id).then((run) => {
    usePracticeStore.setState((state) => {
      const runs = { ...state.runs };
      if (run) runs[notice.id] = run;
      else delete runs[notice.id];
      return { runs };
    });
  });
});

completions.onChange((notice) => {
  if (notice.origin !== 'other-tab') return;
  void completions.get(notice.id).then((completion) => {
    if (!completion) return;
    usePracticeStore.setState((state) => ({
      history: [completion, ...state.history.filter((c) => c.id !== completion.id)],
    }));
  });
});
