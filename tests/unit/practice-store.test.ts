import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModule } from '../../src/content/catalog';
import type { Module } from '../../src/content/module-schema';
import {
  ANSWER_SAVE_DELAY_MS,
  resetPracticeStore,
  usePracticeStore,
} from '../../src/features/practice/practice-store';
import { progress } from '../../src/storage/progress';
import { progressCollection } from '../../src/storage/progress';

let module: Module;

beforeEach(async () => {
  module = (await loadModule('reframing'))!;
  resetPracticeStore();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the practice store', () => {
  it('gathers a burst of typing into one write of the run', async () => {
    const save = vi.spyOn(progressCollection, 'save');
    const store = usePracticeStore.getState();
    store.ensureRun('reframing');
    await store.flush();
    save.mockClear();

    vi.useFakeTimers();
    for (const text of ['T', 'Th', 'The', 'They', 'They left'])
      store.setAnswer(module, 'write-the-story-in-your-head', { kind: 'text', text });
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(ANSWER_SAVE_DELAY_MS + 10);

    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].answers['write-the-story-in-your-head']).toEqual({
      kind: 'text',
      text: 'They left',
    });
  });

  it('writes what is waiting at once when the page is hidden', async () => {
    const store = usePracticeStore.getState();
    store.setAnswer(module, 'notice-how-true-it-feels', { kind: 'rating', value: 9 });

    window.dispatchEvent(new Event('pagehide'));

    await vi.waitFor(async () =>
      expect((await progress.get('reframing'))?.answers['notice-how-true-it-feels']).toEqual({
        kind: 'rating',
        value: 9,
      }),
    );
  });

  it('keeps the answers in memory and says so when a save fails', async () => {
    vi.spyOn(progressCollection, 'save').mockRejectedValue(new Error('disk trouble'));
    const store = usePracticeStore.getState();
    store.setAnswer(module, 'write-the-story-in-your-head', { kind: 'text', text: 'Still here' });
    await store.flush();

    expect(usePracticeStore.getState().hasUnsavedChanges).toBe(true);
    expect(
      usePracticeStore.getState().runs.reframing?.answers['write-the-story-in-your-head'],
    ).toEqual({ kind: 'text', text: 'Still here' });
  });

  it('keeps each finished run as its own history, and starts the next run fresh', async () => {
    const store = usePracticeStore.getState();
    store.setAnswer(module, 'write-the-story-in-your-head', { kind: 'text', text: 'First time' });
    const first = await store.finish(module);
    store.setAnswer(module, 'write-the-story-in-your-head', { kind: 'text', text: 'Second time' });
    const second = await store.finish(module);

    const history = usePracticeStore.getState().history;
    expect(history.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(first.runId).not.toBe(second.runId);
    expect(history[1]!.answers['write-the-story-in-your-head']).toEqual({
      kind: 'text',
      text: 'First time',
    });
  });

  it('shows a step change made in another tab', async () => {
    await usePracticeStore.getState().load();
    const other = new BroadcastChannel('mend-storage');
    const now = new Date().toISOString();
    await progress.save({
      schemaVersion: 1,
      id: 'goals',
      moduleId: 'goals',
      runId: 'r',
      currentStep: 3,
      startedAt: now,
      createdAt: now,
      updatedAt: now,
      answers: {},
    });
    // What the other tab's storage layer would announce after that write.
    other.postMessage({ collection: 'progress', id: 'goals', op: 'put' });
    await vi.waitFor(() => expect(usePracticeStore.getState().runs.goals?.currentStep).toBe(3), {
      timeout: 1000,
    });
    other.close();
  });
});
