import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entriesNewestFirst } from '../../src/features/journal/entries-newest-first';
import {
  journal,
  journalRecords,
  resetJournalStore,
  UNDO_WINDOW_MS,
  useJournalStore,
} from '../../src/features/journal/journal-store';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection } from '../../src/storage/collections/journal';
import { resetAllRecordStores } from '../../src/state/record-store';

beforeEach(() => {
  resetJournalStore();
});

afterEach(() => {
  vi.useRealTimers();
});

const input = { text: 'A quiet evening.', mood: 5, tags: ['sleep'], link: null };
const NEW = { version: null, record: null };

const shown = () => entriesNewestFirst(journalRecords.getState().records, useJournalStore.getState().deleting);
const stored = async (id: string) => {
  const result = await journalCollection.get(id);
  return result.status === 'found' ? result.record : undefined;
};

describe('the journal store', () => {
  it('writes exactly one record per save', async () => {
    await journal.load();
    const write = vi.spyOn(journalCollection, 'write');
    const { outcome } = await journal.saveEntry('new-1', input, NEW);
    expect(outcome).toBe('saved');
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toMatchObject({ text: 'A quiet evening.', mood: 5, tags: ['sleep'] });
    expect(await journalCollection.loadAll()).toHaveLength(1);
  });

  it('keeps createdAt and moves updatedAt on when an entry is edited, still one write', async () => {
    const first = journalCollection.create({ id: 'e1', text: 'First words.' });
    first.createdAt = first.updatedAt = '2026-01-02T10:00:00.000Z';
    await journalCollection.write(first, null);
    await journal.load();
    const write = vi.spyOn(journalCollection, 'write');

    const { entry } = await journal.saveEntry('e1', { ...input, text: 'Changed.' }, { version: first.updatedAt, record: first });

    expect(write).toHaveBeenCalledTimes(1);
    const saved = await stored('e1');
    expect(saved?.text).toBe('Changed.');
    expect(saved?.createdAt).toBe('2026-01-02T10:00:00.000Z');
    expect(Date.parse(saved!.updatedAt)).toBeGreaterThan(Date.parse('2026-01-02T10:00:00.000Z'));
    expect(entry.updatedAt).toBe(saved?.updatedAt);
  });

  it('loads with one read of the whole collection, newest first', async () => {
    for (const [id, day] of [
      ['a', '03'],
      ['b', '01'],
      ['c', '02'],
    ] as const) {
      const entry = journalCollection.create({ id, text: id });
      entry.createdAt = entry.updatedAt = `2026-03-${day}T12:00:00.000Z`;
      await journalCollection.write(entry, null);
    }
    const loadAll = vi.spyOn(journalCollection, 'loadAll');
    const get = vi.spyOn(journalCollection, 'get');
    await journal.load();
    await journal.load();
    expect(loadAll).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect(shown().map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('shows an entry written elsewhere (a practice answer) without reloading everything', async () => {
    await journal.load();
    const loadAll = vi.spyOn(journalCollection, 'loadAll');
    await journalCollection.write(
      journalCollection.create({
        id: 'practice-run1-name-one-limit',
        text: 'No work messages after 8.',
        link: { kind: 'practice', moduleId: 'boundaries', stepId: 'name-one-limit', runId: 'run1', prompt: 'A limit?' },
      }),
      null,
    );
    await vi.waitFor(() => expect(shown().map((e) => e.id)).toEqual(['practice-run1-name-one-limit']));
    await journalCollection.remove('practice-run1-name-one-limit', 'any');
    await vi.waitFor(() => expect(shown()).toEqual([]));
    expect(loadAll).not.toHaveBeenCalled();
  });

  it('removes a deleted entry from storage only after the undo window, and undo keeps it', async () => {
    await journalCollection.write(journalCollection.create({ id: 'keep', text: 'Keep me.' }), null);
    await journalCollection.write(journalCollection.create({ id: 'go', text: 'Let me go.' }), null);
    await journal.load();
    const remove = vi.spyOn(journalCollection, 'remove');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    journal.deleteEntry('keep');
    journal.deleteEntry('go');
    expect(shown()).toEqual([]);
    journal.undoDelete('keep');
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS - 100);
    expect(remove).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    await journalRecords.flush();

    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove.mock.calls[0]![0]).toBe('go');
    expect(shown().map((e) => e.id)).toEqual(['keep']);
    expect((await journalCollection.loadAll()).map((e) => e.id)).toEqual(['keep']);
  });

  it('carries out a delete still in its undo window when the page closes, so a reload does not bring it back', async () => {
    await journalCollection.write(journalCollection.create({ id: 'bye', text: 'Delete me.' }), null);
    await journal.load();
    journal.deleteEntry('bye');

    window.dispatchEvent(new Event('pagehide'));

    expect(localStorage.getItem('mend-rescue:journal:bye')).toContain('isDelete');
    await vi.waitFor(async () => expect(await journalCollection.get('bye')).toEqual({ status: 'missing' }));
  });

  it('lets an edit made in another tab win over a delete still waiting out its undo window', async () => {
    await journalCollection.write(journalCollection.create({ id: 'both', text: 'Deleted here.' }), null);
    await journal.load();
    const remove = vi.spyOn(journalCollection, 'remove');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    journal.deleteEntry('both');
    expect(useJournalStore.getState().toast).toEqual({ kind: 'deleted', entryId: 'both' });

    // Another tab changes the entry, and says so.
    const other = new BroadcastChannel('mend-storage');
    other.postMessage({ collection: 'journal', id: 'both', op: 'put' });
    await vi.waitFor(() => expect(useJournalStore.getState().deleting.has('both')).toBe(false));
    other.close();
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS + 100);

    expect(useJournalStore.getState().toast).toBeNull();
    expect(remove).not.toHaveBeenCalled();
    expect(shown().map((e) => e.id)).toEqual(['both']);
  });

  it('says "saved" once an entry is stored, and not when it is not', async () => {
    await journal.load();
    await journal.saveEntry('ok', input, NEW);
    expect(useJournalStore.getState().toast).toEqual({ kind: 'saved' });
    journal.dismissToast();

    const backend = await backendFor('journal');
    vi.spyOn(backend, 'transact').mockRejectedValue(new Error('disk trouble'));
    await journal.saveEntry('not-ok', input, NEW);
    expect(useJournalStore.getState().toast).toBeNull();
  });

  it('forgets the filters and the notice when the lock closes (a search holds words)', async () => {
    await journal.load();
    journal.setFilters({ query: 'evening' });
    await journal.saveEntry('locked', input, NEW);

    resetAllRecordStores();

    expect(useJournalStore.getState().filters).toEqual(useJournalStore.getInitialState().filters);
    expect(useJournalStore.getState().toast).toBeNull();
  });

  it('keeps the entry on screen and says the device is full when it cannot be saved', async () => {
    await journal.load();
    const backend = await backendFor('journal');
    vi.spyOn(backend, 'transact').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

    const { outcome } = await journal.saveEntry('full-1', input, NEW);

    expect(outcome).toBe('quota');
    expect(shown().map((e) => e.text)).toEqual(['A quiet evening.']);
    expect(journalRecords.getState().unsaved.get('full-1')).toBe('quota');
  });
});
