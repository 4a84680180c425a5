import { afterEach, describe, expect, it, vi } from 'vitest';
import { backendFor } from '../../src/storage/backends/backends';
import { applyImport, planImport } from '../../src/storage/backup/backup-merge';
import { readBackupText } from '../../src/storage/backup/backup-read';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { recordStore } from '../../src/state/record-store';
import { get, put } from '../support/stored';

const journal = recordStore(journalCollection);

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: at, updatedAt: at };
}

async function importText(text: string) {
  const reading = readBackupText(text);
  if (!reading.ok) throw new Error(reading.reason);
  return applyImport(await planImport(reading.contents), { bringBackDeleted: false });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a debounced save overtaken by a later one', () => {
  it('still settles: both of two saves in a row with a delay answer saved', async () => {
    await journal.load();
    vi.useFakeTimers();
    const outcomes: string[] = [];

    const first = journal.save(entry('a', 'First words'), { delayMs: 400 });
    void first.then((outcome) => outcomes.push(`first ${outcome}`));
    const second = journal.save(entry('a', 'First words, and more'), { delayMs: 400 });
    void second.then((outcome) => outcomes.push(`second ${outcome}`));
    await vi.advanceTimersByTimeAsync(450);
    vi.useRealTimers();
    await journal.flush();

    await expect.poll(() => outcomes.sort()).toEqual(['first saved', 'second saved']);
    expect((await get(journalCollection, 'a'))?.text).toBe('First words, and more');
  });

  it('settles a save still waiting when everything is let go, rather than leaving it waiting for ever', async () => {
    await journal.load();
    const waiting = journal.save(entry('a', 'Typed just before'), { delayMs: 10_000 });
    let settled = false;
    void waiting.then(() => (settled = true));

    journal.dropAll();

    await expect.poll(() => settled).toBe(true);
    expect(await get(journalCollection, 'a')).toBeUndefined();
  });
});

describe('a clear or reload notice while a load is reading', () => {
  it('makes the load start over, so no stale records flash after an import', async () => {
    await put(journalCollection, entry('a', 'Before the import'));
    const backend = await backendFor('journal');
    const values = backend.values.bind(backend);
    let letStaleReadFinish = () => {};
    vi.spyOn(backend, 'values').mockImplementationOnce(async () => {
      const stale = await values();
      await new Promise<void>((resolve) => (letStaleReadFinish = resolve));
      return stale;
    });

    const loading = journal.load();
    await expect.poll(() => backend.values).toHaveBeenCalledTimes(1);
    const seen: (string | undefined)[] = [];
    const stopWatching = journal.subscribe(({ records }) => seen.push(records.get('a')?.text));
    const fromBackup = entry('a', 'From the backup', '2026-11-02T10:00:00.000Z');
    await importText(JSON.stringify({ app: 'mend', format: 1, collections: { journal: [fromBackup] } }));
    await expect.poll(() => journal.getState().records.get('a')?.text).toBe('From the backup');
    letStaleReadFinish();
    await loading;
    stopWatching();

    expect(journal.getState().phase).toBe('ready');
    expect(journal.getState().records.get('a')?.text).toBe('From the backup');
    expect(seen.slice(seen.indexOf('From the backup'))).not.toContain('Before the import');
  });

  it('answers a load begun before the notice once the records read after it are in', async () => {
    await put(journalCollection, entry('a', 'Before the import'));
    const backend = await backendFor('journal');
    const values = backend.values.bind(backend);
    let letStaleReadFinish = () => {};
    vi.spyOn(backend, 'values').mockImplementationOnce(async () => {
      const stale = await values();
      await new Promise<void>((resolve) => (letStaleReadFinish = resolve));
      return stale;
    });

    const loading = journal.load();
    await expect.poll(() => backend.values).toHaveBeenCalledTimes(1);
    const fromBackup = entry('a', 'From the backup', '2026-11-02T10:00:00.000Z');
    await importText(JSON.stringify({ app: 'mend', format: 1, collections: { journal: [fromBackup] } }));
    letStaleReadFinish();
    await loading;

    expect(journal.getState().phase).toBe('ready');
    expect(journal.getState().records.get('a')?.text).toBe('From the backup');
  });
});
