import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/v1-records.json';
import expectedReasons from '../fixtures/bad-backups/expected.json';
import { allCollections } from '../../src/storage/collections/all-collections';
import { exportEverything } from '../../src/storage/backup/backup';
import { applyImport, planImport } from '../../src/storage/backup/backup-merge';
import { MAX_BACKUP_BYTES, readBackupText } from '../../src/storage/backup/backup-read';
import { goalsCollection } from '../../src/storage/collections/goals';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { deleteEverything } from '../../src/storage/device/wipe';
import { planSummary, resultWords } from '../../src/features/settings/import-words';
import { get, put } from '../support/stored';

// jsdom gives import.meta.url an http: scheme, so the path is taken from the project root.
const BAD = join(process.cwd(), 'tests/fixtures/bad-backups');

function entry(id: string, text: string, updatedAt = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: '2026-11-01T09:00:00.000Z', updatedAt };
}

/** Every value stored in every collection, keyed, as a way to see that nothing changed. */
async function everythingStored() {
  const all: Record<string, unknown> = {};
  for (const collection of allCollections()) all[collection.name] = await createIdbBackend(collection.name).entries();
  return all;
}

async function importText(text: string, options = { bringBackDeleted: false }) {
  const reading = readBackupText(text);
  if (!reading.ok) throw new Error(reading.reason);
  const plan = await planImport(reading.contents);
  return { plan, result: await applyImport(plan, options) };
}

describe('bringing a backup in', () => {
  it('keeps at least twenty files that must be refused', () => {
    const files = readdirSync(BAD).filter((name) => name !== 'expected.json' && name !== 'README.md');
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(expectedReasons).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expectedReasons))('refuses %s with one plain sentence, and changes nothing', async (file, words) => {
    await put(journalCollection, entry('mine', 'Already here.'));
    const before = await everythingStored();

    const reading = readBackupText(readFileSync(join(BAD, file), 'utf8'));

    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.reason).toContain(words);
    expect(reading.reason.endsWith('.')).toBe(true);
    expect(reading.reason.split(/[.!?] /)).toHaveLength(1);
    expect(await everythingStored()).toEqual(before);
  });

  it('refuses a file too large to be a backup before reading it', () => {
    const reading = readBackupText('{}', MAX_BACKUP_BYTES + 1);
    expect(reading).toEqual({ ok: false, reason: expect.stringContaining('too large to be a Mend backup') });
  });

  it('previews in plain words what a backup would add, update and find already here', async () => {
    await put(journalCollection, entry('same', 'Same words.'));
    await put(journalCollection, entry('older-here', 'Older here.', '2026-11-01T10:00:00.000Z'));
    const backup = {
      app: 'mend',
      format: 1,
      collections: {
        journal: [
          entry('same', 'Same words.'),
          entry('older-here', 'Newer in the backup.', '2026-11-02T10:00:00.000Z'),
          entry('new-1', 'One.'),
          entry('new-2', 'Two.'),
        ],
        goals: [goalsCollection.create({ id: 'g1', title: 'Walk more' })],
      },
    };
    const reading = readBackupText(JSON.stringify(backup));
    if (!reading.ok) throw new Error(reading.reason);

    const plan = await planImport(reading.contents);

    expect(planSummary(plan)).toBe('This backup adds 2 entries and 1 goal, updates 1, 1 is already here.');
  });

  it('names the records it cannot read and brings in the rest', async () => {
    const text = JSON.stringify({
      app: 'mend',
      format: 1,
      collections: { journal: [entry('good', 'Fine words.'), { ...entry('bad', 'x'), mood: 'very' }] },
    });
    const { plan, result } = await importText(text);

    expect(plan.collections[0]!.skipped).toEqual([{ id: 'bad', reason: expect.stringContaining('mood') }]);
    expect(result.added).toBe(1);
    expect(await get(journalCollection, 'bad')).toBeUndefined();
  });

  it('changes nothing the second time the same file is brought in', async () => {
    await put(journalCollection, entry('a', 'Here before.'));
    const text = JSON.stringify({ app: 'mend', format: 1, collections: { journal: [entry('b', 'From the backup.')] } });
    await importText(text);
    const after = await everythingStored();

    const second = await importText(text);

    expect(second.result).toEqual({ added: 0, updated: 0, restored: 0, removed: 0 });
    expect(resultWords(second.result)).toBe('Done. Everything was already here, so nothing changed.');
    expect(await everythingStored()).toEqual(after);
  });

  it('never replaces a newer record here with an older one from the backup', async () => {
    await put(journalCollection, entry('x', 'Newer here.', '2026-11-05T10:00:00.000Z'));
    await importText(JSON.stringify({ app: 'mend', format: 1, collections: { journal: [entry('x', 'Older.', '2026-11-01T10:00:00.000Z')] } }));
    expect((await get(journalCollection, 'x'))?.text).toBe('Newer here.');
  });

  it('keeps what was deleted here deleted, unless the person asks for it back', async () => {
    await put(journalCollection, entry('gone', 'Let go of this.'));
    const backupText = (await exportEverything()).text;
    await journalCollection.remove('gone', 'any', '2026-11-06T00:00:00.000Z');

    const { plan } = await importText(backupText);
    expect(plan.collections.find((c) => c.name === 'journal')?.deletedHere.map((r) => r.id)).toEqual(['gone']);
    expect(await get(journalCollection, 'gone')).toBeUndefined();

    const again = await importText(backupText, { bringBackDeleted: true });
    expect(again.result.restored).toBe(1);
    expect((await get(journalCollection, 'gone'))?.text).toBe('Let go of this.');
    // Brought back for good: no tombstone left to hide it from the next import.
    expect(await journalCollection.tombstones()).toEqual([]);
  });

  it('carries deletions in the backup: a record deleted later on the other device goes here too', async () => {
    await put(journalCollection, entry('shared', 'On both devices.', '2026-11-01T10:00:00.000Z'));
    const text = JSON.stringify({
      app: 'mend',
      format: 1,
      collections: { journal: [{ tombstone: true, id: 'shared', deletedAt: '2026-11-03T10:00:00.000Z' }] },
    });

    const { result } = await importText(text);

    expect(result.removed).toBe(1);
    expect(await get(journalCollection, 'shared')).toBeUndefined();
    expect(await journalCollection.tombstones()).toEqual([{ tombstone: true, id: 'shared', deletedAt: '2026-11-03T10:00:00.000Z' }]);
  });

  it('brings everything back identical after export, delete everything, import', async () => {
    await put(journalCollection, entry('j1', 'A long day, and I got through it.'));
    await put(goalsCollection, goalsCollection.create({ id: 'g1', title: 'Join the choir' }));
    const fixtures = v1 as Record<string, { id: string }[]>;
    for (const [name, records] of Object.entries(fixtures)) {
      await createIdbBackend(name).putMany(records.map((record) => ({ key: record.id, value: record })));
    }
    const loaded = async () =>
      Object.fromEntries(await Promise.all(allCollections().map(async (c) => [c.name, await c.loadAll()] as const)));
    const before = await loaded();
    const backupText = (await exportEverything()).text;

    await deleteEverything();
    expect(Object.values(await loaded()).every((records) => records.length === 0)).toBe(true);
    await importText(backupText);

    expect(await loaded()).toEqual(before);
  });

  it('reads a backup of the first released format, migrating each record', async () => {
    const text = JSON.stringify({ app: 'mend', format: 1, exportedAt: '2026-11-06T00:00:00.000Z', collections: v1 });
    const { result } = await importText(text);
    expect(result.added).toBe(Object.values(v1).flat().length);
    const progress = allCollections().find((c) => c.name === 'progress')!;
    const run = await get(progress, 'reframing');
    expect(run?.schemaVersion).toBe(progress.version);
  });

  it('moves an unreadable record here aside, rather than overwriting it, when the backup has the same id', async () => {
    await createIdbBackend('journal').putMany([{ key: 'dup', value: { schemaVersion: 1, id: 'dup', text: 5 } }]);
    await importText(JSON.stringify({ app: 'mend', format: 1, collections: { journal: [entry('dup', 'Readable now.')] } }));
    const values = (await createIdbBackend('journal').entries()).map((e) => e.value);
    expect(values).toContainEqual(expect.objectContaining({ setAside: true, raw: expect.objectContaining({ text: 5 }) }));
    expect((await get(journalCollection, 'dup'))?.text).toBe('Readable now.');
  });
});
