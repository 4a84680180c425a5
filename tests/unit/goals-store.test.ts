import { describe, expect, it, vi } from 'vitest';
import { goalRecords, goals as store } from '../../src/features/goals/goals-store';
import { backendFor } from '../../src/storage/backends/backends';
import { goalsCollection } from '../../src/storage/collections/goals';
import { journalCollection } from '../../src/storage/collections/journal';

const goals = {
  get: async (id: string) => {
    const result = await goalsCollection.get(id);
    return result.status === 'found' ? result.record : undefined;
  },
};
const shown = () => [...goalRecords.getState().records.values()];
async function create(d: typeof draft) {
  const { goal, written } = store.create(d);
  await written;
  return goal;
}
const draft = {
  title: 'Join the choir',
  why: 'I like singing with people.',
  steps: [
    { id: 'a', text: 'Find the choir', date: null },
    { id: 'b', text: 'Go once', date: '2026-06-01' },
  ],
  targetDate: null,
  priority: 'medium' as const,
};


describe('the goals store', () => {
  it('writes one record per change, with a newer updatedAt each time', async () => {
    await store.load();
    const goal = await create(draft);
    await store.tick(goal.id, 'a').written;
    const stored = await goals.get(goal.id);
    expect(stored?.steps[0]?.doneAt).not.toBeNull();
    expect(stored!.updatedAt > goal.updatedAt).toBe(true);
    expect(stored!.history.map((e) => e.kind)).toEqual(['ticked']);
  });

  it('completes a goal when its last step is ticked, and reopens it when one is unticked', async () => {
    await store.load();
    const goal = await create(draft);
    expect(store.tick(goal.id, 'a').isCompleted).toBe(false);
    const last = store.tick(goal.id, 'b');
    expect(last.isCompleted).toBe(true);
    await last.written;
    let stored = await goals.get(goal.id);
    expect(stored).toMatchObject({ status: 'completed' });
    expect(stored!.completedAt).not.toBeNull();

    await store.untick(goal.id, 'b');
    stored = await goals.get(goal.id);
    expect(stored).toMatchObject({ status: 'active', completedAt: null });
    expect(stored!.history.map((e) => e.kind)).toEqual([
      'ticked',
      'ticked',
      'completed',
      'unticked',
      'reopened',
    ]);
  });

  it('keeps the note on the step and on its tick in the history', async () => {
    await store.load();
    const goal = await create(draft);
    await store.tick(goal.id, 'a').written;
    await store.setTickNote(goal.id, 'a', 'Easier than I thought');
    const stored = await goals.get(goal.id);
    expect(stored!.steps[0]!.note).toBe('Easier than I thought');
    expect(stored!.history[0]).toMatchObject({
      kind: 'ticked',
      stepText: 'Find the choir',
      note: 'Easier than I thought',
    });
  });

  it('shows a goal written elsewhere in this tab, such as by a practice', async () => {
    await store.load();
    await goalsCollection.write(goalsCollection.create({ id: 'from-practice', title: 'Try one new group' }), null);
    await vi.waitFor(() => expect(shown().map((g) => g.id)).toEqual(['from-practice']));
  });

  it('keeps a change on screen when saving fails, says so, and saves it on the next try', async () => {
    await store.load();
    const goal = await create(draft);
    const backend = await backendFor('goals');
    const transact = vi
      .spyOn(backend, 'transact')
      .mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));

    expect(await store.archive(goal.id)).toBe('quota');
    expect(shown()[0]!.status).toBe('archived');
    expect(goalRecords.getState().unsaved.get(goal.id)).toBe('quota');
    expect((await goals.get(goal.id))!.status).toBe('active');

    transact.mockRestore();
    await store.retry();
    expect(goalRecords.getState().unsaved.size).toBe(0);
    expect((await goals.get(goal.id))!.status).toBe('archived');
  });

  it('saves what helped as a journal entry linked to the goal', async () => {
    await store.load();
    const goal = await create(draft);
    await store.saveHelpedNote(goal.id, 'Going with a friend helped.');
    const [entry] = await journalCollection.loadAll();
    expect(entry).toMatchObject({
      text: 'Going with a friend helped.',
      tags: ['goal'],
      link: { kind: 'goal', goalId: goal.id, goalTitle: 'Join the choir' },
    });
  });

  it('keeps ticks and notes when the words and plan are edited', async () => {
    await store.load();
    const goal = await create(draft);
    await store.tick(goal.id, 'a').written;
    const opened = shown()[0]!;
    await store.update(
      goal.id,
      { ...draft, title: 'Sing with others', steps: [{ id: 'c', text: 'Warm up', date: null }, ...draft.steps] },
      { version: opened.updatedAt, record: opened },
    );
    const stored = await goals.get(goal.id);
    expect(stored!.title).toBe('Sing with others');
    expect(stored!.steps.map((s) => [s.text, s.doneAt !== null])).toEqual([
      ['Warm up', false],
      ['Find the choir', true],
      ['Go once', false],
    ]);
  });
});
