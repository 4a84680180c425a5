// What the practice screens do, on the shared record stores: each module's run
// in progress (progress), the finished runs (completions), and the journal
// entries that hold written answers (see written-answers.ts).
import type { Module } from '../../content/module-schema';
import { practiceEntryId, type Answer } from '../../storage/collections/answers';
import { completionsCollection, type Completion } from '../../storage/collections/completions';
import { goalsCollection } from '../../storage/collections/goals';
import { journalCollection } from '../../storage/collections/journal';
import { progressCollection, type Progress } from '../../storage/collections/progress';
import { onRecordStoresReset, recordStore, type SaveOutcome, type WriteWhen } from '../../state/record-store';
import { listAnswerAt, loadListsFed, withTypedAdded, type ListAnswer } from './list-answers';
import { keepListTyping } from './list-typing';
import { proposedGoal } from './proposed-goal';
import { finishedRun, newRun } from './run-records';
import { mustSave } from './save-error';
import { handOldWordsToJournal, writeAnswerWords } from './written-answers';

export const runs = recordStore(progressCollection);
export const completions = recordStore(completionsCollection);
export const entries = recordStore(journalCollection);
const goals = recordStore(goalsCollection);

/** A change to the run as it is now (begun if need be): the fields it changes, or null for none. */
function changeRun(moduleId: string, change: (run: Progress) => Partial<Progress> | null, when: WriteWhen = {}) {
  practice.ensureRun(moduleId);
  return runs.update(moduleId, (run) => {
    const changed = change(run);
    return changed ? { ...run, ...changed } : null;
  }, when);
}

let loading: Promise<void> | null = null;

/** A fresh page's state, for tests: nothing read yet. */
export function resetPracticeLoad(): void {
  loading = null;
}

// The stores forgot what they read (the lock closed or opened): read again when next asked.
onRecordStoresReset(resetPracticeLoad);

export const practice = {
  /** Runs and history, read once; words kept by format 1 answers are handed to the journal. */
  load(): Promise<void> {
    loading ??= Promise.all([runs.load(), completions.load()]).then(() => void handOldWordsToJournal());
    return loading;
  },

  /** Returns the run in progress, starting one if there is none. */
  ensureRun(moduleId: string): Progress {
    const existing = runs.getState().records.get(moduleId);
    if (existing) return existing;
    const run = newRun(moduleId);
    void runs.save(run);
    return run;
  },

  /** Where the person is now; a step change is one deliberate act, saved at once. */
  goToStep: (moduleId: string, index: number) =>
    changeRun(moduleId, (run) => (run.currentStep === index ? null : { currentStep: index })),

  /** Moving on from a step: words waiting in an "Add" box are added to its list. */
  async leaveStep(module: Module, stepId: string): Promise<SaveOutcome> {
    await loadListsFed(module, practice.ensureRun(module.id), [stepId]);
    return changeRun(module.id, (run) => {
      const answers = withTypedAdded(module, run, [stepId]);
      return answers && { answers };
    });
  },

  /** The check-in as the practice begins: a number, or 'skipped'. */
  setFeelingBefore: (moduleId: string, value: number | 'skipped') =>
    changeRun(moduleId, (run) => (run.feelingBefore === value ? null : { feelingBefore: value })),

  /**
   * A list step's items changed: the edit applies to the answer as it is now
   * (another tab's additions included), never to the list as last drawn.
   */
  changeList(moduleId: string, stepId: string, edit: (answer: ListAnswer) => ListAnswer | null) {
    const edited = ({ answers }: Progress) => {
      const answer = edit(listAnswerAt(answers, stepId));
      return answer && { answers: { ...answers, [stepId]: answer } };
    };
    return changeRun(moduleId, edited, { typing: true });
  },

  /** This tab's words in a list step's "Add" box, kept as its own draft (an older copy in the answer goes). */
  setListTyping(moduleId: string, stepId: string, text: string): void {
    keepListTyping(moduleId, stepId, text);
    void practice.changeList(moduleId, stepId, (answer) => (answer.typed === '' ? null : { ...answer, typed: '' }));
  },

  setAnswer: (moduleId: string, stepId: string, answer: Answer) =>
    changeRun(moduleId, ({ answers }) => ({ answers: { ...answers, [stepId]: answer } }), { typing: true }),

  /** A written answer: the words go to its journal entry, the one place they are kept. */
  setText(module: Module, stepId: string, text: string): Promise<SaveOutcome> {
    const run = practice.ensureRun(module.id);
    const answer = run.answers[stepId];
    const entryId = answer?.kind === 'text' ? answer.entryId : practiceEntryId(run.runId, stepId);
    if (answer?.kind !== 'text' || answer.adopt !== undefined) {
      void practice.setAnswer(module.id, stepId, { kind: 'text', entryId });
    }
    return writeAnswerWords(module, stepId, run.runId, entryId, text);
  },

  /** The goal a goal step proposes, made one of the person's goals: its id, or null with no title. */
  async addProposedGoal(module: Module, stepId: string): Promise<string | null> {
    const run = runs.getState().records.get(module.id);
    const answer = run?.answers[stepId];
    if (!run || answer?.kind !== 'goal' || answer.title.trim() === '') return null;
    const goal = proposedGoal(answer, { moduleId: module.id, runId: run.runId });
    await mustSave(goals.save(goal));
    const added = { ...answer, goalId: goal.id, isSkipped: false };
    await mustSave(changeRun(module.id, ({ answers }) => ({ answers: { ...answers, [stepId]: added } })));
    return goal.id;
  },

  /** Keeps the finished run in the history and clears the run. Throws if it can't be stored. */
  async finish(module: Module): Promise<Completion> {
    await Promise.all([runs.flush(), entries.flush()]);
    await loadListsFed(module, practice.ensureRun(module.id));
    const run = practice.ensureRun(module.id);
    const completion = finishedRun(run, withTypedAdded(module, run) ?? run.answers);
    await mustSave(completions.save(completion));
    await mustSave(runs.remove(module.id));
    return completion;
  },

  reset: (moduleId: string) => mustSave(runs.remove(moduleId)),

  setFeelingAfter: (completionId: string, value: number) =>
    mustSave(completions.update(completionId, (c) => (c.feelingAfter === value ? null : { ...c, feelingAfter: value }))),
};
