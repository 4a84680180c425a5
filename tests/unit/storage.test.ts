import { describe, expect, it, vi } from 'vitest';
import v1 from '../fixtures/v1-records.json';
import { createIdbBackend } from '../../src/storage/idb-backend';
import { backendFor } from '../../src/storage/backends';
import { exportEverything, ALL_COLLECTIONS } from '../../src/storage/backup';
import { StorageWriteError } from '../../src/storage/collection';
import { journal, journalCollection, newJournalEntry } from '../../src/storage/journal';
import { useStorageStatus } from '../../src/storage/storage-status';
import { deleteSetAside } from '../../src/storage/set-aside';

function entry(id: string, text = 'Some words', updatedAt = '2026-11-01T10:00:00.000Z') {
  return { ...newJournalEntry({ id, text }), createdAt: '2026-11-01T10:00:00.000Z', updatedAt };
}

describe('storage', () => {
  it('keeps a journal entry across a save and a fresh load', async () => {
    const saved = entry('a', 'I texted an old friend.');
    await journal.save(saved);
    expect(await journal.loadAll()).toEqual([saved]);
    expect(await journal.get('a')).toEqual(saved);
  });

  it('sets aside a record that fails validation, loads the rest, and keeps the bad one stored', async () => {
    await journal.save(entry('good'));
    await createIdbBackend('journal').set('bad', { schemaVersion: 1, id: 'bad', text: 42 });

    const loaded = await journal.loadAll();

    expect(loaded.map((e) => e.id)).toEqual(['good']);
    const setAside = useStorageStatus.getState().setAside;
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatchObject({ collection: 'journal', key: 'bad', raw: { text: 42 } });
    expect(await createIdbBackend('journal').get('bad')).toEqual({
      schemaVersion: 1,
      id: 'bad',
      text: 42,
    });
  });

  it('removes a set-aside record only when asked, leaving the others', async () => {
    await journal.save(entry('good'));
    await createIdbBackend('journal').set('bad', 'not even an object');
    await journal.loadAll();

    await deleteSetAside(useStorageStatus.getState().setAside[0]!);

    expect(useStorageStatus.getState().setAside).toEqual([]);
    expect(await createIdbBackend('journal').keys()).toEqual(['good']);
  });

  it('writes exactly one record per save, however many are stored', async () => {
    for (let i = 0; i < 50; i++) await journal.save(entry(`e${i}`));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');

    await journal.save(entry('e7', 'Changed my mind about this.', '2026-11-02T10:00:00.000Z'));

    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![1]).toBe('e7');
  });

  it('never replaces a newer record with an older one', async () => {
    await journal.save(entry('x', 'newer words', '2026-11-02T10:00:00.000Z'));

    const result = await journal.save(entry('x', 'older words', '2026-11-01T10:00:00.000Z'));

    expect(result).toBe('kept-newer');
    expect((await journal.get('x'))?.text).toBe('newer words');
  });

  it('runs in memory, with the notice raised, when IndexedDB is missing', async () => {
    // @ts-expect-error: a browser with storage switched off has no indexedDB at all
    globalThis.indexedDB = undefined;
    await journal.save(entry('m', 'kept for this visit'));

    expect(useStorageStatus.getState().mode).toBe('memory');
    expect((await journal.loadAll()).map((e) => e.text)).toEqual(['kept for this visit']);
  });

  it('runs in memory when opening IndexedDB throws', async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;

    await backendFor('journal');

    expect(useStorageStatus.getState().mode).toBe('memory');
  });

  it('reports a full disk as a quota problem and keeps nothing half-written', async () => {
    const backend = await backendFor('journal');
    vi.spyOn(backend, 'update').mockRejectedValue(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );

    const saving = journal.save(entry('q'));

    await expect(saving).rejects.toBeInstanceOf(StorageWriteError);
    await expect(saving).rejects.toMatchObject({ problem: 'quota' });
    expect(useStorageStatus.getState().writeProblem).toBe('quota');
  });

  it('clears the problem notice after the next successful save', async () => {
    useStorageStatus.setState({ writeProblem: 'quota' });
    await journal.save(entry('ok'));
    expect(useStorageStatus.getState().writeProblem).toBeNull();
  });

  it('tells listeners about each change, with where it came from', async () => {
    const heard: string[] = [];
    const stop = journalCollection.onChange((notice) =>
      heard.push(`${notice.op}:${notice.id}:${notice.origin}`),
    );
    await journal.save(entry('n'));
    await journal.remove('n');
    stop();
    expect(heard).toEqual(['put:n:this-tab', 'delete:n:this-tab']);
  });

  it('loads every record of the first released format (v1) in this version', async () => {
    const fixtures = v1 as Record<string, unknown[]>;
    for (const collection of ALL_COLLECTIONS) {
      const backend = createIdbBackend(collection.name);
      for (const record of fixtures[collection.name] ?? [])
        await backend.set((record as { id: string }).id, record);
    }
    for (const collection of ALL_COLLECTIONS) {
      const loaded = await collection.loadAll();
      expect(loaded, collection.name).toHaveLength(fixtures[collection.name]!.length);
    }
    expect(useStorageStatus.getState().setAside).toEqual([]);
  });

  it('exports every stored record, unreadable ones included', async () => {
    await journal.save(entry('good'));
    await createIdbBackend('journal').set('bad', { nonsense: true });

    const backup = JSON.parse(await exportEverything(new Date('2026-11-22T00:00:00.000Z')));

    expect(backup).toMatchObject({
      app: 'mend',
      format: 1,
      exportedAt: '2026-11-22T00:00:00.000Z',
    });
    expect(backup.collections.journal).toHaveLength(2);
    expect(Object.keys(backup.collections).sort()).toEqual([
      'completions',
      'drafts',
      'goals',
      'journal',
      'progress',
    ]);
  });
});

describe('saving as the page closes', () => {
  it('keeps a synchronous copy that the next read moves into IndexedDB', async () => {
    const backend = await backendFor('journal');
    // The tab closes before IndexedDB can finish: its write never lands.
    vi.spyOn(backend, 'update').mockImplementationOnce(() => new Promise(() => {}));
    journalCollection.saveOnLeave(entry('late', 'the last words typed'));
    expect(localStorage.getItem('mend-rescue:journal:late')).toContain('the last words typed');
    await vi.waitFor(() => expect(backend.update).toHaveBeenCalledTimes(1));

    expect((await journal.loadAll()).map((e) => e.text)).toEqual(['the last words typed']);
    expect(localStorage.length).toBe(0);
  });

  it('never lets a rescued copy replace a newer record', async () => {
    await journal.save(entry('r', 'newer', '2026-11-03T00:00:00.000Z'));
    localStorage.setItem(
      'mend-rescue:journal:r',
      JSON.stringify(entry('r', 'older', '2026-11-01T00:00:00.000Z')),
    );

    expect((await journal.get('r'))?.text).toBe('newer');
    expect(localStorage.getItem('mend-rescue:journal:r')).toBeNull();
  });
});
