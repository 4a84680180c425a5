// What the practice screens do, on the shared record stores: each module's run
// in progress (progress), the finished runs (completions), and the journal
// entries that hold written answers, so a practice answer and its journal entry
// are one text, whichever place edits it.
import type { Module } from '../../content/module-schema';
import { newId } from '../../lib/ids';
import { practiceEntryId, type Answer, type AnswerOf, type Answers } from '../../storage/collections/answers';
import { completionsCollection, type Completion } from '../../storage/collections/completions';
import { goalsCollection } from '../../storage/collections/goals';
import { journalCollection } from '../../storage/collections/journal';
import { progressCollection, type Progress } from '../../storage/collections/progress';
import type { TypedDraft } from '../../storage/collections/drafts';
import { discardDraft, draftRecords, keepDraft } from '../../state/drafts-store';
import { listTypingBox, listTypingKey, typedAt } from './list-typing';
import { feedFor } from '../../state/list-feeds';
import { nowIso } from '../../storage/engine/record-fields';
import { isStored, onRecordStoresReset, recordStore, type SaveOutcome, type WriteWhen } from '../../state/record-store';

export const runs = recordStore(progressCollection);
export const completions = recordStore(completionsCollection);
export const entries = recordStore(journalCollection);
const goals = recordStore(goalsCollection);

/** Thrown when a step of finishing could not be stored; what was written stays. */
export class PracticeSaveError extends Error {
  constructor(readonly outcome: Exclude<SaveOutcome, 'saved'>) {
    super(`The practice could not be saved: ${outcome}`);
    this.name = 'PracticeSaveError';
  }
}

const mustSave = async (written: Promise<SaveOutcome>) => {
  const outcome = await written;
  if (!isStored(outcome)) throw new PracticeSaveError(outcome);
};

function newRun(moduleId: string): Progress {
  const now = nowIso();
  return progressCollection.create({ id: moduleId, moduleId, runId: newId(), startedAt: now, createdAt: now, updatedAt: now });
}

/** An edit to the run as it is now (begun if need be); answers are written once typing pauses. */
function changeRun(moduleId: string, edit: (run: Progress) => Progress | null, when: WriteWhen = {}) {
  practice.ensureRun(moduleId);
  return runs.update(moduleId, edit, when);
}

/** The list kept elsewhere that a step's list feeds (the belonging map, the strengths), if any. */
function feedOf(module: Module, stepId: string) {
  const prompt = module.steps.find((step) => step.id === stepId)?.prompt;
  return prompt?.kind === 'list' && prompt.feeds ? feedFor(prompt.feeds) : null;
}

type ListAnswer = AnswerOf<'list'>;
const EMPTY_LIST: ListAnswer = { kind: 'list', items: [], typed: '', refs: [] };

/** Reads the lists these steps feed, so a typed name finds the record it means. */
async function loadFeeds(module: Module, run: Progress, stepIds?: readonly string[]): Promise<void> {
  await draftRecords.load();
  const waiting = module.steps.filter(
    (step) => step.prompt?.kind === 'list' && typedAt(module.id, step.id, run.answers[step.id]) !== '' && (!stepIds || stepIds.includes(step.id)),
  );
  await Promise.all(waiting.map((step) => feedOf(module, step.id)?.store.load()));
}

/**
 * List words typed but not added yet become part of the list as the person
 * moves on: in the answer, or, for a list that feeds one kept elsewhere, in
 * that list, with the answer naming the record. This tab's boxes are emptied.
 */
function withTypedAdded(module: Module, run: Progress, stepIds?: readonly string[]): Answers | null {
  let changed = false;
  const next: Answers = { ...run.answers };
  for (const step of module.steps) {
    const stepId = step.id;
    if (step.prompt?.kind !== 'list') continue;
    if (stepIds && !stepIds.includes(stepId)) continue;
    const typed = typedAt(module.id, stepId, run.answers[stepId]);
    if (typed === '') continue;
    void discardDraft(listTypingKey(module.id, stepId));
    const found = run.answers[stepId];
    const answer = found?.kind === 'list' ? found : EMPTY_LIST;
    const feed = feedOf(module, stepId);
    if (feed) {
      const id = feed.add(typed, { moduleId: module.id, runId: run.runId });
      next[stepId] = { ...answer, refs: answer.refs.includes(id) ? answer.refs : [...answer.refs, id], typed: '' };
    } else {
      next[stepId] = { ...answer, items: [...answer.items, typed], typed: '' };
    }
    changed = true;
  }
  return changed ? next : null;
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
    loading ??= Promise.all([runs.load(), completions.load()]).then(() => {
      if (runs.getState().phase === 'ready' && completions.getState().phase === 'ready') {
        void adoptOldWords();
      }
    });
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
  goToStep(moduleId: string, index: number): Promise<SaveOutcome> {
    return changeRun(moduleId, (run) => (run.currentStep === index ? null : { ...run, currentStep: index }));
  },

  /** Moving on from a step: words waiting in an "Add" box are added to its list. */
  async leaveStep(module: Module, stepId: string): Promise<SaveOutcome> {
    await loadFeeds(module, practice.ensureRun(module.id), [stepId]);
    return changeRun(module.id, (run) => {
      const answers = withTypedAdded(module, run, [stepId]);
      return answers ? { ...run, answers } : null;
    });
  },

  /** The check-in as the practice begins: a number, or 'skipped'. */
  setFeelingBefore(moduleId: string, value: number | 'skipped'): Promise<SaveOutcome> {
    return changeRun(moduleId, (run) => (run.feelingBefore === value ? null : { ...run, feelingBefore: value }));
  },

  /**
   * A list step's items changed: the edit applies to the answer as it is now
   * (another tab's additions included), never to the list as last drawn.
   */
  changeList(moduleId: string, stepId: string, edit: (answer: ListAnswer) => ListAnswer | null): Promise<SaveOutcome> {
    return changeRun(
      moduleId,
      (run) => {
        const current = run.answers[stepId];
        const edited = edit(current?.kind === 'list' ? current : EMPTY_LIST);
        return edited ? { ...run, answers: { ...run.answers, [stepId]: edited } } : null;
      },
      { typing: true },
    );
  },

  /** This tab's words in a list step's "Add" box, kept as its own draft (an older copy in the answer goes). */
  setListTyping(moduleId: string, stepId: string, text: string): void {
    const key = listTypingKey(moduleId, stepId);
    if (text === '') void discardDraft(key);
    else void keepDraft<TypedDraft>(key, { kind: 'typed', base: null, box: listTypingBox(moduleId, stepId), text });
    void practice.changeList(moduleId, stepId, (answer) => (answer.typed === '' ? null : { ...answer, typed: '' }));
  },

  setAnswer(moduleId: string, stepId: string, answer: Answer): Promise<SaveOutcome> {
    return changeRun(
      moduleId,
      (run) => ({ ...run, answers: { ...run.answers, [stepId]: answer } }),
      { typing: true },
    );
  },

  /** A written answer: the words go to its journal entry, the one place they are kept. */
  setText(module: Module, stepId: string, text: string): Promise<SaveOutcome> {
    const run = practice.ensureRun(module.id);
    const answer = run.answers[stepId];
    const entryId = answer?.kind === 'text' ? answer.entryId : practiceEntryId(run.runId, stepId);
    if (answer?.kind !== 'text' || answer.adopt !== undefined) {
      void practice.setAnswer(module.id, stepId, { kind: 'text', entryId });
    }
    if (text.trim() === '') return entries.remove(entryId, { typing: true });
    if (entries.getState().records.has(entryId)) {
      return entries.update(entryId, (entry) => ({ ...entry, text }), { typing: true });
    }
    const step = module.steps.find((s) => s.id === stepId);
    const entry = journalCollection.create({
      id: entryId,
      text,
      link: { kind: 'practice', moduleId: module.id, stepId, runId: run.runId, prompt: step?.prompt?.label ?? step?.title ?? '' },
    });
    return entries.save(entry, { typing: true });
  },

  async addProposedGoal(module: Module, stepId: string): Promise<string | null> {
    const run = runs.getState().records.get(module.id);
    const answer = run?.answers[stepId];
    if (!run || answer?.kind !== 'goal' || answer.title.trim() === '') return null;
    const goal = goalsCollection.create({
      id: answer.goalId ?? newId(),
      title: answer.title.trim(),
      why: answer.why.trim(),
      steps: answer.steps
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ id: newId(), text, doneAt: null, note: '', date: null })),
      link: { kind: 'practice', moduleId: module.id, runId: run.runId },
    });
    await mustSave(goals.save(goal));
    await mustSave(changeRun(module.id, (current) => ({
      ...current,
      answers: { ...current.answers, [stepId]: { ...answer, goalId: goal.id, isSkipped: false } },
    })));
    return goal.id;
  },

  /** Keeps the finished run in the history and clears the run. Throws if it can't be stored. */
  async finish(module: Module): Promise<Completion> {
    await Promise.all([runs.flush(), entries.flush()]);
    await loadFeeds(module, practice.ensureRun(module.id));
    const run = practice.ensureRun(module.id);
    const now = nowIso();
    const completion = completionsCollection.create({
      id: newId(),
      moduleId: module.id,
      runId: run.runId,
      startedAt: run.startedAt,
      completedAt: now,
      createdAt: now,
      updatedAt: now,
      answers: withTypedAdded(module, run) ?? run.answers,
      feelingBefore: typeof run.feelingBefore === 'number' ? run.feelingBefore : null,
    });
    await mustSave(completions.save(completion));
    await mustSave(runs.remove(module.id));
    return completion;
  },

  async reset(moduleId: string): Promise<void> {
    await mustSave(runs.remove(moduleId));
  },

  async setFeelingAfter(completionId: string, value: number): Promise<void> {
    await mustSave(completions.update(completionId, (c) => (c.feelingAfter === value ? null : { ...c, feelingAfter: value })));
  },
};

/**
 * Format 1 kept written answers in the run as well as in the journal. Each is
 * handed to the journal if the journal has no copy (it always had one, unless
 * something went wrong), then dropped from the run: one owner from then on.
 */
async function adoptOldWords(): Promise<void> {
  const holders = [...runs.getState().records.values(), ...completions.getState().records.values()];
  for (const holder of holders) {
    for (const [stepId, answer] of Object.entries(holder.answers)) {
      if (answer.kind !== 'text' || answer.adopt === undefined) continue;
      const found = await entries.loadOne(answer.entryId);
      if (found.status === 'unreadable' || found.status === 'failed') continue;
      if (found.status === 'missing') {
        const entry = journalCollection.create({
          id: answer.entryId,
          text: answer.adopt,
          link: { kind: 'practice', moduleId: holder.moduleId, stepId, runId: holder.runId, prompt: '' },
        });
        if ((await entries.save({ ...entry, createdAt: holder.createdAt, updatedAt: holder.updatedAt })) !== 'saved') continue;
      }
      const kept: Answer = { kind: 'text', entryId: answer.entryId };
      const drop = <R extends { answers: Answers }>(record: R): R => ({
        ...record,
        answers: { ...record.answers, [stepId]: kept },
      });
      if ('completedAt' in holder) completions.update(holder.id, drop);
      else runs.update(holder.id, drop);
    }
  }
}
