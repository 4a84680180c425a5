import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_DELAY_MS } from '../../src/state/record-store';
import { loadModule } from '../../src/content/catalog';
import type { Module } from '../../src/content/module-schema';
import {
  completions,
  entries,
  practice,
  resetPracticeLoad,
  runs,
} from '../../src/features/practice/practice-store';
import { PracticeSaveError } from '../../src/features/practice/save-error';
import { practiceEntryId } from '../../src/storage/collections/answers';
import { peopleRecords } from '../../src/state/belonging';
import { draftRecords } from '../../src/state/drafts-store';
import { goalsCollection } from '../../src/storage/collections/goals';
import { listTypingKey } from '../../src/features/practice/list-typing';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection } from '../../src/storage/collections/journal';
import { progressCollection, type Progress } from '../../src/storage/collections/progress';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { nextUpdatedAt } from '../../src/storage/engine/record-fields';
import { recordStore, resetRecordStoresForTests } from '../../src/state/record-store';
import v1 from '../fixtures/v1-records.json';

let module: Module;
const STORY = 'write-the-story-in-your-head';
const TRUE = 'notice-how-true-it-feels';

beforeEach(async () => {
  module = (await loadModule('reframing'))!;
  resetPracticeLoad();
});

afterEach(() => {
  vi.useRealTimers();
});

/** What a fresh page would see: memory emptied, storage kept. */
async function reloadPage() {
  resetRecordStoresForTests();
  resetPracticeLoad();
  await practice.load();
}

const storedRun = async (moduleId: string) => {
  const result = await progressCollection.get(moduleId);
  return result.status === 'found' ? result.record : undefined;
};
const storedEntry = async (id: string) => {
  const result = await journalCollection.get(id);
  return result.status === 'found' ? result.record : undefined;
};

describe('the practice store', () => {
  it('gathers a burst of typing into one write of the journal entry that holds the answer', async () => {
    await practice.load();
    practice.ensureRun('reframing');
    await runs.flush();
    const write = vi.spyOn(journalCollection, 'write');

    vi.useFakeTimers();
    for (const text of ['T', 'Th', 'The', 'They', 'They left']) void practice.setText(module, STORY, text);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS + 10);
    vi.useRealTimers();
    await entries.flush();

    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toMatchObject({ text: 'They left', link: { kind: 'practice', stepId: STORY } });
  });

  it('writes what is waiting at once when the page is hidden', async () => {
    await practice.load();
    void practice.setAnswer('reframing', TRUE, { kind: 'rating', value: 9 });

    window.dispatchEvent(new Event('pagehide'));

    await vi.waitFor(async () => expect((await storedRun('reframing'))?.answers[TRUE]).toEqual({ kind: 'rating', value: 9 }));
  });

  it('keeps the answers in memory and marks the run unsaved when a save fails', async () => {
    await practice.load();
    const backend = await backendFor('progress');
    vi.spyOn(backend, 'transact').mockRejectedValue(new Error('disk trouble'));

    expect(await practice.setAnswer('reframing', TRUE, { kind: 'rating', value: 4 })).toBe('failed');

    expect(runs.getState().unsaved.get('reframing')).toBe('failed');
    expect(runs.getState().records.get('reframing')?.answers[TRUE]).toEqual({ kind: 'rating', value: 4 });
  });

  it('keeps each finished run as its own history, and starts the next run fresh', async () => {
    await practice.load();
    void practice.setText(module, STORY, 'First time');
    const first = await practice.finish(module);
    void practice.setText(module, STORY, 'Second time');
    const second = await practice.finish(module);

    expect([...completions.getState().records.keys()].sort()).toEqual([first.id, second.id].sort());
    expect(first.runId).not.toBe(second.runId);
    const firstAnswer = first.answers[STORY];
    expect(firstAnswer).toEqual({ kind: 'text', entryId: practiceEntryId(first.runId, STORY) });
    expect((await storedEntry(practiceEntryId(first.runId, STORY)))?.text).toBe('First time');
  });

  it('says when finishing could not be stored, and keeps the run and its answers', async () => {
    await practice.load();
    void practice.setAnswer('reframing', TRUE, { kind: 'rating', value: 6 });
    await runs.flush();
    const backend = await backendFor('completions');
    vi.spyOn(backend, 'transact').mockRejectedValue(new Error('disk trouble'));

    await expect(practice.finish(module)).rejects.toBeInstanceOf(PracticeSaveError);

    expect((await storedRun('reframing'))?.answers[TRUE]).toEqual({ kind: 'rating', value: 6 });
  });

  it('says when the check-in after a practice could not be stored', async () => {
    await practice.load();
    const done = await practice.finish(module);
    const backend = await backendFor('completions');
    vi.spyOn(backend, 'transact').mockRejectedValue(new Error('disk trouble'));

    await expect(practice.setFeelingAfter(done.id, 3)).rejects.toBeInstanceOf(PracticeSaveError);
    expect(completions.getState().records.get(done.id)?.feelingAfter).toBe(3);
  });

  it('adds words typed in an "Add" box to the list when the person moves on', async () => {
    await practice.load();
    const reframing = (await loadModule('reframing'))!;
    const listStep = reframing.steps.find((s) => s.prompt?.kind === 'list')!;
    void practice.setAnswer('reframing', listStep.id, { kind: 'list', items: ['Timing'], typed: 'Fit', refs: [] });

    await practice.leaveStep(reframing, listStep.id);

    expect(runs.getState().records.get('reframing')?.answers[listStep.id]).toEqual({
      kind: 'list',
      items: ['Timing', 'Fit'],
      typed: '',
      refs: [],
    });
  });

  it('puts a name typed in a list that feeds the belonging map on the map as the person moves on', async () => {
    await practice.load();
    const reconnection = (await loadModule('reconnection'))!;
    const listStep = reconnection.steps.find((s) => s.prompt?.kind === 'list')!;
    void practice.setAnswer('reconnection', listStep.id, { kind: 'list', items: [], typed: 'Priya', refs: [] });

    await practice.leaveStep(reconnection, listStep.id);

    const answer = runs.getState().records.get('reconnection')?.answers[listStep.id];
    const people = [...peopleRecords.getState().records.values()];
    expect(people).toEqual([expect.objectContaining({ name: 'Priya', isSafe: true })]);
    expect(answer).toEqual({ kind: 'list', items: [], typed: '', refs: [people[0]!.id] });
  });

  it('adds words still waiting in an "Add" box to the finished practice, from a step never left', async () => {
    await practice.load();
    const listStep = module.steps.find((s) => s.prompt?.kind === 'list')!;
    void practice.setAnswer('reframing', listStep.id, { kind: 'list', items: ['Timing'], typed: '', refs: [] });
    practice.setListTyping('reframing', listStep.id, 'Fit');
    await draftRecords.flush();

    const done = await practice.finish(module);

    expect(done.answers[listStep.id]).toEqual({ kind: 'list', items: ['Timing', 'Fit'], typed: '', refs: [] });
    await draftRecords.flush();
    expect(draftRecords.getState().records.has(listTypingKey('reframing', listStep.id))).toBe(false);
  });

  it("keeps the words in an \"Add\" box as this tab's draft, and lets an older copy in the answer go", async () => {
    await practice.load();
    const listStep = module.steps.find((s) => s.prompt?.kind === 'list')!;
    void practice.setAnswer('reframing', listStep.id, { kind: 'list', items: [], typed: 'Old words', refs: [] });

    practice.setListTyping('reframing', listStep.id, 'New words');
    await Promise.all([runs.flush(), draftRecords.flush()]);

    expect((await storedRun('reframing'))?.answers[listStep.id]).toEqual({ kind: 'list', items: [], typed: '', refs: [] });
    expect(draftRecords.getState().records.get(listTypingKey('reframing', listStep.id))).toMatchObject({ kind: 'typed', text: 'New words' });
  });

  it('turns a proposed goal into one goal however often it is added, and adds none without a title', async () => {
    const goalsModule = (await loadModule('goals'))!;
    const goalRecords = recordStore(goalsCollection);
    const goalStep = goalsModule.steps.find((s) => s.prompt?.kind === 'goal')!;
    await practice.load();
    await goalRecords.load();
    void practice.setAnswer('goals', goalStep.id, { kind: 'goal', title: '  ', why: '', steps: [], goalId: null, isSkipped: false });
    expect(await practice.addProposedGoal(goalsModule, goalStep.id)).toBeNull();

    void practice.setAnswer('goals', goalStep.id, { kind: 'goal', title: ' Call Sam ', why: 'We drifted', steps: ['Find the number', ' '], goalId: null, isSkipped: true });
    const id = await practice.addProposedGoal(goalsModule, goalStep.id);
    expect(await practice.addProposedGoal(goalsModule, goalStep.id)).toBe(id);

    expect([...goalRecords.getState().records.values()]).toEqual([
      expect.objectContaining({ id, title: 'Call Sam', why: 'We drifted', steps: [expect.objectContaining({ text: 'Find the number', doneAt: null })], link: expect.objectContaining({ kind: 'practice', moduleId: 'goals' }) }),
    ]);
    expect(runs.getState().records.get('goals')?.answers[goalStep.id]).toMatchObject({ goalId: id, isSkipped: false });
  });

  it('links a written answer\'s journal entry to its step and the question asked', async () => {
    await practice.load();
    const step = module.steps.find((s) => s.id === STORY)!;
    void practice.setText(module, STORY, 'They left.');
    await entries.flush();
    const run = runs.getState().records.get('reframing')!;

    expect((await storedEntry(practiceEntryId(run.runId, STORY)))?.link).toEqual({
      kind: 'practice',
      moduleId: 'reframing',
      stepId: STORY,
      runId: run.runId,
      prompt: step.prompt!.label,
    });
  });

  it('names only the journal entry in an answer format 1 kept words in, once the words are typed again', async () => {
    await practice.load();
    void practice.setAnswer('reframing', STORY, { kind: 'text', entryId: 'practice-old-story', adopt: 'Old words' });

    void practice.setText(module, STORY, 'New words');
    await Promise.all([runs.flush(), entries.flush()]);

    expect((await storedRun('reframing'))?.answers[STORY]).toEqual({ kind: 'text', entryId: 'practice-old-story' });
    expect((await storedEntry('practice-old-story'))?.text).toBe('New words');
  });

  it('shows a step change made in another tab', async () => {
    await practice.load();
    const other = new BroadcastChannel('mend-storage');
    const now = new Date().toISOString();
    await progressCollection.write(
      { schemaVersion: 3, id: 'goals', moduleId: 'goals', runId: 'r', currentStep: 3, startedAt: now, createdAt: now, updatedAt: now, answers: {}, feelingBefore: null },
      null,
    );
    // What the other tab's storage layer would announce after that write.
    other.postMessage({ collection: 'progress', id: 'goals', op: 'put' });
    await vi.waitFor(() => expect(runs.getState().records.get('goals')?.currentStep).toBe(3), { timeout: 1000 });
    other.close();
  });

  it('merges two tabs on one run answer by answer, so neither loses a step', async () => {
    await practice.load();
    void practice.setAnswer('reframing', TRUE, { kind: 'rating', value: 8 });
    await runs.flush();
    const opened = (await storedRun('reframing'))!;
    // The other tab, on another step, ticks a checklist from the same version.
    const checklistStep = { id: 'list-other-reasons' };
    const theirs: Progress = {
      ...opened,
      currentStep: 3,
      answers: { ...opened.answers, [checklistStep.id]: { kind: 'checklist', checked: ['Timing'] } },
      updatedAt: nextUpdatedAt(opened.updatedAt),
    };
    await progressCollection.write(theirs, opened.updatedAt);

    // This tab, not yet told, changes its rating.
    expect(await practice.setAnswer('reframing', TRUE, { kind: 'rating', value: 5 })).toBe('saved');

    const merged = await storedRun('reframing');
    expect(merged?.answers[TRUE]).toEqual({ kind: 'rating', value: 5 });
    expect(merged?.answers[checklistStep.id]).toEqual({ kind: 'checklist', checked: ['Timing'] });
  });
});

describe('one owner for every word', () => {
  it('shows the newest words in both places when the answer is edited in the journal', async () => {
    await practice.load();
    void practice.setText(module, STORY, 'They left because I am boring.');
    await entries.flush();
    const entryId = practiceEntryId(runs.getState().records.get('reframing')!.runId, STORY);

    // Edited in the journal, later.
    const inJournal = (await storedEntry(entryId))!;
    await journalCollection.write(
      { ...inJournal, text: 'They left. It may say more about timing than about me.', updatedAt: nextUpdatedAt(inJournal.updatedAt) },
      inJournal.updatedAt,
    );

    // The practice opened again, on a fresh page: it reads the journal's words and writes nothing over them.
    await reloadPage();
    await entries.loadOne(entryId);
    await runs.flush();
    await entries.flush();

    expect(entries.getState().records.get(entryId)?.text).toBe('They left. It may say more about timing than about me.');
    expect((await storedEntry(entryId))?.text).toBe('They left. It may say more about timing than about me.');
  });

  it('hands words kept by a format 1 run to the journal when it has no copy, then keeps one copy', async () => {
    const [run] = (v1 as { progress: unknown[] }).progress;
    await createIdbBackend('progress').putMany([{ key: 'reframing', value: run }]);

    await practice.load();

    const entryId = 'practice-run2-write-the-story-in-your-head';
    await vi.waitFor(async () => expect((await storedEntry(entryId))?.text).toBe("They left because I'm boring."));
    await vi.waitFor(async () => expect((await storedRun('reframing'))?.answers[STORY]).toEqual({ kind: 'text', entryId }));
  });

  it('leaves a format 1 answer alone when the journal already has newer words for it', async () => {
    const [run] = (v1 as { progress: unknown[] }).progress;
    await createIdbBackend('progress').putMany([{ key: 'reframing', value: run }]);
    const entryId = 'practice-run2-write-the-story-in-your-head';
    await journalCollection.write(
      {
        schemaVersion: 2,
        id: entryId,
        createdAt: '2026-11-03T10:00:00.000Z',
        updatedAt: '2026-11-04T10:00:00.000Z',
        text: 'Edited in the journal later.',
        mood: null,
        tags: [],
        link: null,
        source: null,
      },
      null,
    );

    await practice.load();

    await vi.waitFor(async () => expect((await storedRun('reframing'))?.answers[STORY]).toEqual({ kind: 'text', entryId }));
    expect((await storedEntry(entryId))?.text).toBe('Edited in the journal later.');
  });

  it('clears the answer when its words are deleted from the journal, instead of bringing them back', async () => {
    await practice.load();
    void practice.setText(module, STORY, 'Words I decide to delete.');
    await entries.flush();
    const entryId = practiceEntryId(runs.getState().records.get('reframing')!.runId, STORY);

    await journalCollection.remove(entryId, 'any');
    await reloadPage();
    await entries.loadOne(entryId);

    expect(entries.getState().records.get(entryId)).toBeUndefined();
    expect(await journalCollection.get(entryId)).toEqual({ status: 'missing' });
  });
});
