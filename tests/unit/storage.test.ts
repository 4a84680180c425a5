import { recordStore } from '../../src/state/record-store';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import v1 from '../fixtures/v1-records.json';
import v2 from '../fixtures/v2-records.json';
import v3 from '../fixtures/v3-records.json';
import { allCollections } from '../../src/storage/collections/all-collections';
import { backendFor } from '../../src/storage/backends/backends';
import { exportEverything } from '../../src/storage/backup/backup';
import { StorageWriteError } from '../../src/storage/engine/collection';
import { journalCollection } from '../../src/storage/collections/journal';
import { progressCollection } from '../../src/storage/collections/progress';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { schemaVersionOf } from '../../src/storage/engine/schema-version';
import { deleteSetAside } from '../../src/storage/device/set-aside';
import { useStorageStatus } from '../../src/state/storage-status';

function entry(id: string, text = 'Some words', updatedAt = '2026-11-01T10:00:00.000Z') {
  return { ...journalCollection.create({ id, text }), createdAt: '2026-11-01T10:00:00.000Z', updatedAt };
}

const raw = (collection: string) => createIdbBackend(collection);

describe('storage', () => {
  it('reads a large collection in slices, giving the browser turns so a tap is answered meanwhile', async () => {
    const entries = Array.from({ length: 400 }, (_, i) => journalCollection.create({ id: `slice-${i}`, text: `Entry ${i}` }));
    await Promise.all(entries.map((entry) => journalCollection.write(entry, 'newest-wins')));
    // A slow phone: each 64 records read take 5 ms.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const turns = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: turns });
    try {
      const loaded = await journalCollection.loadAll();
      expect(loaded).toHaveLength(400);
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('an export made straight after typing holds the words still waiting to be written', async () => {
    const { recordStore } = await import('../../src/state/record-store');
    const journal = recordStore(journalCollection);
    await journal.load();
    // Typed a moment ago: shown, and gathered into one write half a second later.
    void journal.save(entry('typed-just-now', 'Still here for this visit.'), { delayMs: 500 });
    const backup = await exportEverything();
    expect(backup.text).toContain('Still here for this visit.');
  });

  it('keeps a journal entry across a save and a fresh load', async () => {
    const saved = entry('a', 'I texted an old friend.');
    await journalCollection.write(saved, null);
    expect(await journalCollection.loadAll()).toEqual([saved]);
    expect(await journalCollection.get('a')).toEqual({ status: 'found', record: saved });
  });

  it('says which it was: a record that is missing, one that is unreadable, or a read that failed', async () => {
    await raw('journal').putMany([{ key: 'bad', value: { schemaVersion: 1, id: 'bad', text: 42 } }]);

    expect(await journalCollection.get('nothing-here')).toEqual({ status: 'missing' });
    expect(await journalCollection.get('bad')).toMatchObject({ status: 'unreadable' });
    const backend = await backendFor('journal');
    vi.spyOn(backend, 'get').mockRejectedValueOnce(new Error('disk trouble'));
    expect(await journalCollection.get('bad')).toMatchObject({ status: 'failed' });
  });

  it('sets aside a record that fails validation, loads the rest, and keeps the bad one stored', async () => {
    await journalCollection.write(entry('good'), null);
    await raw('journal').putMany([{ key: 'bad', value: { schemaVersion: 1, id: 'bad', text: 42 } }]);

    const loaded = await journalCollection.loadAll();

    expect(loaded.map((e) => e.id)).toEqual(['good']);
    const setAside = useStorageStatus.getState().setAside;
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatchObject({ collection: 'journal', key: 'bad', raw: { text: 42 } });
    expect(await raw('journal').get('bad')).toEqual({ schemaVersion: 1, id: 'bad', text: 42 });
  });

  it('says it could not read a collection rather than handing back an empty one', async () => {
    await journalCollection.write(entry('kept'), null);
    const backend = await backendFor('journal');
    vi.spyOn(backend, 'values').mockRejectedValueOnce(new DOMException('Gone away', 'UnknownError'));

    await expect(journalCollection.loadAll()).rejects.toThrow(/could not be read/);
    expect(useStorageStatus.getState().unreadableCollections).toEqual(['journal']);

    expect((await journalCollection.loadAll()).map((e) => e.id)).toEqual(['kept']);
    expect(useStorageStatus.getState().unreadableCollections).toEqual([]);
  });

  it('removes a set-aside record only when asked, leaving the others', async () => {
    await journalCollection.write(entry('good'), null);
    await raw('journal').putMany([{ key: 'bad', value: 'not even an object' }]);
    await journalCollection.loadAll();

    await deleteSetAside(useStorageStatus.getState().setAside[0]!);

    expect(useStorageStatus.getState().setAside).toEqual([]);
    expect((await raw('journal').entries()).map((e) => e.key)).toEqual(['good']);
  });

  it('removes a set-aside record whose key is a number, not a string', async () => {
    await raw('journal').putMany([{ key: 42, value: { broken: true } }]);
    await journalCollection.loadAll();
    const [record] = useStorageStatus.getState().setAside;
    expect(record?.key).toBe(42);

    await deleteSetAside(record!);

    expect(await raw('journal').entries()).toEqual([]);
  });

  it('writes exactly one record per save, however many are stored', async () => {
    for (let i = 0; i < 50; i++) await journalCollection.write(entry(`e${i}`), null);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');

    await journalCollection.write(
      entry('e7', 'Changed my mind about this.', '2026-11-02T10:00:00.000Z'),
      '2026-11-01T10:00:00.000Z',
    );

    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![1]).toBe('e7');
  });

  it('refuses a change made from an older version than the one stored, and says what is stored', async () => {
    await journalCollection.write(entry('x', 'first', '2026-11-01T10:00:00.000Z'), null);
    await journalCollection.write(entry('x', 'from tab one', '2026-11-01T10:05:00.000Z'), '2026-11-01T10:00:00.000Z');

    const outcome = await journalCollection.write(
      entry('x', 'from tab two', '2026-11-01T10:06:00.000Z'),
      '2026-11-01T10:00:00.000Z',
    );

    expect(outcome).toMatchObject({ status: 'changed-elsewhere', stored: { text: 'from tab one' } });
    expect(await journalCollection.get('x')).toMatchObject({ record: { text: 'from tab one' } });
  });

  it('compares times, not strings: a time written with an offset is still a time', async () => {
    await journalCollection.write(entry('t', 'later', '2026-11-01T12:00:00+02:00'), null);

    const outcome = await journalCollection.write(entry('t', 'earlier', '2026-11-01T10:30:00.000Z'), 'newest-wins');

    // 12:00 at +02:00 is 10:00 UTC: the import at 10:30 UTC is the newer one.
    expect(outcome).toEqual({ status: 'saved' });
  });

  it('accepts a change made from the stored version even when the stored time is ahead of the clock', async () => {
    const future = '2099-01-01T00:00:00.000Z';
    await journalCollection.write(entry('ahead', 'written by a clock that ran fast', future), null);

    const outcome = await journalCollection.write(entry('ahead', 'edited today', '2099-01-01T00:00:00.001Z'), future);

    expect(outcome).toEqual({ status: 'saved' });
    expect(await journalCollection.get('ahead')).toMatchObject({ record: { text: 'edited today' } });
  });

  it('refuses a record whose time is not a real time, before it can block later saves', async () => {
    await expect(journalCollection.write(entry('odd', 'words', 'not-a-time-at-all'), null)).rejects.toMatchObject({
      problem: 'invalid',
    });
  });

  it('sends no change notice when a write was refused', async () => {
    await journalCollection.write(entry('q', 'newer', '2026-11-02T10:00:00.000Z'), null);
    const heard: string[] = [];
    const stop = journalCollection.onChange((notice) => heard.push(`${notice.op}:${notice.id}`));

    await journalCollection.write(entry('q', 'older', '2026-11-01T10:00:00.000Z'), 'newest-wins');
    stop();

    expect(heard).toEqual([]);
  });

  it('moves an unreadable record aside before its key is written again, so nothing is overwritten', async () => {
    await raw('progress').putMany([{ key: 'reframing', value: { schemaVersion: 2, id: 'reframing', answers: 'garbled' } }]);
    const run = {
      schemaVersion: 3 as const,
      id: 'reframing',
      moduleId: 'reframing',
      runId: 'r1',
      currentStep: 0,
      startedAt: '2026-11-01T10:00:00.000Z',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      answers: {},
      feelingBefore: null,
    };

    expect(await progressCollection.write(run, null)).toEqual({ status: 'saved' });

    const stored = await raw('progress').entries();
    expect(stored).toHaveLength(2);
    expect(stored.find((e) => e.key === 'reframing')?.value).toEqual(run);
    const aside = useStorageStatus.getState().setAside;
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ collection: 'progress', raw: { answers: 'garbled' } });
    expect(aside[0]!.reason).toMatch(/it was at reframing/);
  });

  it('leaves a tombstone when a record is deleted, and loads around it', async () => {
    await journalCollection.write(entry('gone'), null);
    await journalCollection.remove('gone', '2026-11-01T10:00:00.000Z', '2026-11-05T00:00:00.000Z');

    expect(await journalCollection.loadAll()).toEqual([]);
    expect(await journalCollection.get('gone')).toEqual({ status: 'missing' });
    expect(await journalCollection.tombstones()).toEqual([
      { tombstone: true, id: 'gone', deletedAt: '2026-11-05T00:00:00.000Z' },
    ]);
  });

  it('keeps an edit made elsewhere over a delete made from an older version', async () => {
    await journalCollection.write(entry('d', 'first', '2026-11-01T10:00:00.000Z'), null);
    await journalCollection.write(entry('d', 'edited elsewhere', '2026-11-01T11:00:00.000Z'), '2026-11-01T10:00:00.000Z');

    const outcome = await journalCollection.remove('d', '2026-11-01T10:00:00.000Z');

    expect(outcome.status).toBe('changed-elsewhere');
    expect(await journalCollection.get('d')).toMatchObject({ record: { text: 'edited elsewhere' } });
  });

  it('runs in memory, with the notice raised, when IndexedDB is missing', async () => {
    // @ts-expect-error: a browser with storage switched off has no indexedDB at all
    globalThis.indexedDB = undefined;
    await journalCollection.write(entry('m', 'kept for this visit'), null);

    expect(useStorageStatus.getState().mode).toBe('memory');
    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['kept for this visit']);
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
    vi.spyOn(backend, 'transact').mockRejectedValue(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );

    const saving = journalCollection.write(entry('q'), null);

    await expect(saving).rejects.toBeInstanceOf(StorageWriteError);
    await expect(saving).rejects.toMatchObject({ problem: 'quota' });
    expect(useStorageStatus.getState().writeProblem).toBe('quota');
  });

  it('clears the problem notice after the next successful save', async () => {
    useStorageStatus.setState({ writeProblem: 'quota' });
    await journalCollection.write(entry('ok'), null);
    expect(useStorageStatus.getState().writeProblem).toBeNull();
  });

  it('tells listeners about each change, with where it came from', async () => {
    const heard: string[] = [];
    const stop = journalCollection.onChange((notice) =>
      heard.push(`${notice.op}:${notice.id}:${notice.origin}`),
    );
    await journalCollection.write(entry('n'), null);
    await journalCollection.remove('n', 'any');
    stop();
    expect(heard).toEqual(['put:n:this-tab', 'delete:n:this-tab']);
  });

  it('exports every stored value, unreadable ones included, from every registered collection', async () => {
    await journalCollection.write(entry('good'), null);
    await raw('journal').putMany([{ key: 'bad', value: { nonsense: true } }]);

    const report = await exportEverything(new Date('2026-11-22T00:00:00.000Z'));
    const backup = JSON.parse(report.text);

    expect(backup).toMatchObject({ app: 'mend', format: 1, exportedAt: '2026-11-22T00:00:00.000Z' });
    expect(backup.collections.journal).toHaveLength(2);
    expect(Object.keys(backup.collections).sort()).toEqual(allCollections().map((c) => c.name).sort());
  });

  it('exports the rest and names what it could not write, when one stored value has no JSON form', async () => {
    await journalCollection.write(entry('fine', 'Words that export'), null);
    const cyclic: Record<string, unknown> = { id: 'loop' };
    cyclic.self = cyclic;
    await raw('journal').putMany([
      { key: 'loop', value: cyclic },
      { key: 'big', value: { id: 'big', count: 10n } },
    ]);

    const report = await exportEverything();

    expect(report.skipped.map((s) => s.key).sort()).toEqual(['big', 'loop']);
    expect(JSON.parse(report.text).collections.journal).toEqual([
      expect.objectContaining({ id: 'fine', text: 'Words that export' }),
    ]);
  });

  it('names a collection it could not read in the export rather than calling the file complete', async () => {
    const backend = await backendFor('goals');
    vi.spyOn(backend, 'entries').mockRejectedValueOnce(new Error('disk trouble'));

    const report = await exportEverything();

    expect(report.unreadable).toEqual(['goals']);
    expect(JSON.parse(report.text).collections.goals).toBeUndefined();
  });
});

describe('every format that has shipped', () => {
  it('loads every record of the first released format (v1) in this version, through the registry', async () => {
    const fixtures = v1 as Record<string, { id: string }[]>;
    for (const [name, records] of Object.entries(fixtures)) {
      await raw(name).putMany(records.map((record) => ({ key: record.id, value: record })));
    }
    for (const collection of allCollections()) {
      const loaded = await collection.loadAll();
      expect(loaded, collection.name).toHaveLength(fixtures[collection.name]?.length ?? 0);
      for (const record of loaded) expect(record.schemaVersion, collection.name).toBe(collection.version);
    }
    expect(useStorageStatus.getState().setAside).toEqual([]);
  });

  it('loads every record of the second released format (v2: runs, finished practices, drafts) in this version', async () => {
    const fixtures = v2 as Record<string, { id: string }[]>;
    for (const [name, records] of Object.entries(fixtures)) {
      await raw(name).putMany(records.map((record) => ({ key: record.id, value: record })));
    }
    for (const name of Object.keys(fixtures)) {
      const collection = allCollections().find((c) => c.name === name)!;
      const loaded = await collection.loadAll();
      expect(loaded, name).toHaveLength(fixtures[name]!.length);
      for (const record of loaded) expect(record.schemaVersion, name).toBe(collection.version);
    }
    expect(useStorageStatus.getState().setAside).toEqual([]);
  });

  it('loads every record of the third released format (v3: journal entries that remember the app they came from)', async () => {
    const fixtures = v3 as Record<string, { id: string }[]>;
    for (const [name, records] of Object.entries(fixtures)) {
      await raw(name).putMany(records.map((record) => ({ key: record.id, value: record })));
    }
    for (const name of Object.keys(fixtures)) {
      const collection = allCollections().find((c) => c.name === name)!;
      const loaded = await collection.loadAll();
      expect(loaded, name).toEqual(fixtures[name]);
    }
    expect(useStorageStatus.getState().setAside).toEqual([]);
  });

  it('has a v1 fixture for every collection that shipped in v1', () => {
    const shippedInV1 = ['journal', 'progress', 'completions', 'goals', 'drafts'];
    expect(Object.keys(v1).sort()).toEqual(shippedInV1.sort());
    for (const name of shippedInV1) expect(allCollections().map((c) => c.name)).toContain(name);
  });

  it('turns a v1 written answer into a reference to its journal entry, keeping the words to hand over', async () => {
    const [run] = (v1 as { progress: unknown[] }).progress;
    await raw('progress').putMany([{ key: 'reframing', value: run }]);

    const [loaded] = await progressCollection.loadAll();

    expect(loaded?.answers['write-the-story-in-your-head']).toEqual({
      kind: 'text',
      entryId: 'practice-run2-write-the-story-in-your-head',
      adopt: "They left because I'm boring.",
    });
  });

  it('writes each collection in the format its schema names, the formats that shipped', () => {
    const formats = Object.fromEntries(allCollections().map((c) => [c.name, c.version]));
    expect(formats).toEqual({
      'belonging-circles': 1,
      'belonging-people': 1,
      'check-in-settings': 1,
      'check-ins': 1,
      completions: 3,
      drafts: 2,
      goals: 1,
      journal: 2,
      plan: 1,
      'plan-settings': 1,
      progress: 3,
      strengths: 1,
    });
  });

  it('reads the format from every option of a union, and refuses a schema that does not name one', () => {
    const option = (kind: string) => z.object({ schemaVersion: z.literal(2), kind: z.literal(kind) });
    expect(schemaVersionOf(z.discriminatedUnion('kind', [option('a'), option('b')]), 'test')).toBe(2);
    expect(() => schemaVersionOf(z.object({ schemaVersion: z.number() }), 'test')).toThrow(/z.literal/);
    const mixed = z.discriminatedUnion('kind', [
      z.object({ schemaVersion: z.literal(1), kind: z.literal('a') }),
      z.object({ schemaVersion: z.literal(2), kind: z.literal('b') }),
    ]);
    expect(() => schemaVersionOf(mixed, 'test')).toThrow(/test schema/);
  });

  it('reads a record saved by a newer version as unreadable, and keeps it', async () => {
    await raw('goals').putMany([{ key: 'g', value: { schemaVersion: 99, id: 'g' } }]);

    expect(await allCollections().find((c) => c.name === 'goals')!.loadAll()).toEqual([]);
    expect(useStorageStatus.getState().setAside[0]?.reason).toMatch(/newer version/);
  });
});

describe('saving as the page closes', () => {
  it('keeps a synchronous copy that the next read moves into IndexedDB', async () => {
    const backend = await backendFor('journal');
    // The tab closes before IndexedDB can finish: its write never lands.
    vi.spyOn(backend, 'transact').mockImplementationOnce(() => new Promise(() => {}));
    void recordStore(journalCollection).save(entry('late', 'the last words typed'), { typing: true });
    recordStore(journalCollection).keepOnLeave();
    expect(localStorage.getItem('mend-rescue:journal:late')).toContain('the last words typed');
    await vi.waitFor(() => expect(backend.transact).toHaveBeenCalledTimes(1));

    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['the last words typed']);
    expect(localStorage.length).toBe(0);
  });

  it('never lets an old-format rescued copy replace a newer record', async () => {
    await journalCollection.write(entry('r', 'newer', '2026-11-03T00:00:00.000Z'), null);
    localStorage.setItem(
      'mend-rescue:journal:r',
      JSON.stringify(entry('r', 'older', '2026-11-01T00:00:00.000Z')),
    );

    expect(await journalCollection.get('r')).toMatchObject({ record: { text: 'newer' } });
    expect(localStorage.getItem('mend-rescue:journal:r')).toBeNull();
  });

  it('migrates a rescued copy like any record', async () => {
    const [run] = (v1 as { progress: unknown[] }).progress;
    localStorage.setItem('mend-rescue:progress:reframing', JSON.stringify(run));

    const [loaded] = await progressCollection.loadAll();

    expect(loaded?.schemaVersion).toBe(progressCollection.version);
    expect(localStorage.getItem('mend-rescue:progress:reframing')).toBeNull();
  });

  it('sets aside a rescued copy that cannot be read, instead of forgetting it', async () => {
    localStorage.setItem('mend-rescue:journal:torn', '{"schemaVersion":1,"id":"torn","te');

    await journalCollection.loadAll();

    expect(localStorage.getItem('mend-rescue:journal:torn')).toBeNull();
    const [aside] = useStorageStatus.getState().setAside;
    expect(aside).toMatchObject({ collection: 'journal', raw: '{"schemaVersion":1,"id":"torn","te' });
    expect((await raw('journal').entries())).toHaveLength(1);
  });

  it('sets aside a rescued copy whose words differ from a later change made elsewhere', async () => {
    await journalCollection.write(entry('both', 'first', '2026-11-01T10:00:00.000Z'), null);
    await journalCollection.write(entry('both', 'another tab', '2026-11-01T10:05:00.000Z'), '2026-11-01T10:00:00.000Z');
    localStorage.setItem(
      'mend-rescue:journal:both',
      JSON.stringify({ rescue: 2, base: '2026-11-01T10:00:00.000Z', record: entry('both', 'this tab, as it closed', '2026-11-01T10:04:00.000Z') }),
    );

    expect(await journalCollection.get('both')).toMatchObject({ record: { text: 'another tab' } });
    const [aside] = useStorageStatus.getState().setAside;
    expect(aside?.raw).toMatchObject({ text: 'this tab, as it closed' });
  });
});
