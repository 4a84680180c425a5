import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDraftsForTests } from '../../src/features/journal/entry-drafts';
import {
  resetJournalStore,
  UNDO_WINDOW_MS,
  useJournalStore,
} from '../../src/features/journal/journal-store';
import { journal, journalCollection, newJournalEntry } from '../../src/storage/journal';

beforeEach(() => {
  resetJournalStore();
  resetDraftsForTests();
});

afterEach(() => {
  vi.useRealTimers();
});

const input = { text: 'A quiet evening.', mood: 5, tags: ['sleep'], link: null };

describe('the journal store', () => {
  it('writes exactly one record per save, through journal.save', async () => {
    await useJournalStore.getState().load();
    const save = vi.spyOn(journal, 'save');
    const collectionSave = vi.spyOn(journalCollection, 'save');
    const outcome = await useJournalStore.getState().saveEntry(null, input);
    expect(outcome.ok).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    expect(collectionSave).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({
      text: 'A quiet evening.',
      mood: 5,
      tags: ['sleep'],
    });
    expect(await journal.loadAll()).toHaveLength(1);
  });

  it('keeps createdAt and moves updatedAt on when an entry is edited, still one write', async () => {
    const first = newJournalEntry({ id: 'e1', text: 'First words.' });
    first.createdAt = first.updatedAt = '2026-01-02T10:00:00.000Z';
    await journal.save(first);
    await useJournalStore.getState().load();
    const save = vi.spyOn(journal, 'save');

    const outcome = await useJournalStore
      .getState()
      .saveEntry('e1', { ...input, text: 'Changed.' });

    expect(save).toHaveBeenCalledTimes(1);
    const stored = await journal.get('e1');
    expect(stored?.text).toBe('Changed.');
    expect(stored?.createdAt).toBe('2026-01-02T10:00:00.000Z');
    expect(stored!.updatedAt > '2026-01-02T10:00:00.000Z').toBe(true);
    expect(outcome.ok && outcome.entry.updatedAt).toBe(stored?.updatedAt);
  });

  it('loads with one read of the whole collection, newest first', async () => {
    for (const [id, day] of [
      ['a', '03'],
      ['b', '01'],
      ['c', '02'],
    ] as const) {
      const entry = newJournalEntry({ id, text: id });
      entry.createdAt = entry.updatedAt = `2026-03-${day}T12:00:00.000Z`;
      await journal.save(entry);
    }
    const loadAll = vi.spyOn(journal, 'loadAll');
    const get = vi.spyOn(journal, 'get');
    await useJournalStore.getState().load();
    await useJournalStore.getState().load();
    expect(loadAll).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect(useJournalStore.getState().entries.map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('shows an entry written elsewhere (a practice answer) without reloading everything', async () => {
    await useJournalStore.getState().load();
    const loadAll = vi.spyOn(journal, 'loadAll');
    await journal.save(
      newJournalEntry({
        id: 'practice-run1-name-one-limit',
        text: 'No work messages after 8.',
        link: {
          kind: 'practice',
          moduleId: 'boundaries',
          stepId: 'name-one-limit',
          runId: 'run1',
          prompt: 'A limit?',
        },
      }),
    );
    await vi.waitFor(() =>
      expect(useJournalStore.getState().entries.map((e) => e.id)).toEqual([
        'practice-run1-name-one-limit',
      ]),
    );
    await journal.remove('practice-run1-name-one-limit');
    await vi.waitFor(() => expect(useJournalStore.getState().entries).toEqual([]));
    expect(loadAll).not.toHaveBeenCalled();
  });

  it('removes a deleted entry from storage only after the undo window, and undo keeps it', async () => {
    await journal.save(newJournalEntry({ id: 'keep', text: 'Keep me.' }));
    await journal.save(newJournalEntry({ id: 'go', text: 'Let me go.' }));
    await useJournalStore.getState().load();
    const remove = vi.spyOn(journal, 'remove');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = useJournalStore.getState();

    store.deleteEntry('keep');
    store.deleteEntry('go');
    expect(useJournalStore.getState().entries).toEqual([]);
    store.undoDelete('keep');
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS - 100);
    expect(remove).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);

    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith('go');
    expect(useJournalStore.getState().entries.map((e) => e.id)).toEqual(['keep']);
    expect((await journal.loadAll()).map((e) => e.id)).toEqual(['keep']);
  });

  it('says what went wrong when the device is out of space, and writes nothing else', async () => {
    await useJournalStore.getState().load();
    const { StorageWriteError } = await import('../../src/storage/collection');
    vi.spyOn(journal, 'save').mockRejectedValue(new StorageWriteError('quota', new Error('full')));
    const outcome = await useJournalStore.getState().saveEntry(null, input);
    expect(outcome).toEqual({ ok: false, problem: 'quota' });
    expect(useJournalStore.getState().entries).toEqual([]);
  });
});
