// Backups built to break the import (issue 24): impossible times, ids that are
// marker keys, files with huge lists, and Mend's own largest export.
import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import { exportEverything } from '../../src/storage/backup/backup';
import { applyImport, planImport } from '../../src/storage/backup/backup-merge';
import { MAX_BACKUP_ITEMS, readBackupText } from '../../src/storage/backup/backup-read';
import { goalsCollection } from '../../src/storage/collections/goals';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { LIMITS, nextUpdatedAt } from '../../src/storage/engine/record-fields';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { tombstoneKey } from '../../src/storage/engine/stored-markers';
import { deleteEverything } from '../../src/storage/device/wipe';
import { put } from '../support/stored';

const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

function entry(id: string, text: string, updatedAt = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: '2026-11-01T09:00:00.000Z', updatedAt };
}

function backupOf(collections: Record<string, unknown[]>): string {
  return JSON.stringify({ app: 'mend', format: 1, exportedAt: '2026-11-02T10:00:00.000Z', collections });
}

async function preview(text: string) {
  const reading = readBackupText(text);
  if (!reading.ok) throw new Error(reading.reason);
  return planImport(reading.contents);
}

describe('impossible times in a backup', () => {
  it('leaves out an entry dated in the year 9999, names it, and brings in the rest', async () => {
    const plan = await preview(
      backupOf({ journal: [entry('far', 'From the far future.', FAR_FUTURE), entry('near', 'From last week.')] }),
    );

    const journal = plan.collections.find((part) => part.name === 'journal')!;
    expect(journal.adds.map((r) => r.id)).toEqual(['near']);
    expect(journal.skipped).toEqual([{ id: 'far', reason: expect.stringContaining('after 2999') }]);
  });

  it('leaves out a goal made in the year 9999, so a later edit is never refused', async () => {
    const goal = { ...goalsCollection.create({ id: 'g', title: 'Walk more' }), createdAt: FAR_FUTURE, updatedAt: FAR_FUTURE };
    const plan = await preview(backupOf({ goals: [goal, goalsCollection.create({ id: 'ok', title: 'Call Sam' })] }));

    const goals = plan.collections.find((part) => part.name === 'goals')!;
    expect(goals.adds.map((r) => r.id)).toEqual(['ok']);
    expect(goals.skipped[0]?.id).toBe('g');
  });

  it('leaves out a deletion dated in the year 9999, which would keep a record away for ever', async () => {
    const plan = await preview(
      backupOf({ journal: [{ tombstone: true, id: 'x', deletedAt: FAR_FUTURE }, entry('near', 'Kept.')] }),
    );

    const journal = plan.collections.find((part) => part.name === 'journal')!;
    expect(journal.tombstones).toEqual([]);
    expect(journal.skipped).toEqual([{ id: 'x', reason: expect.stringContaining('a time Mend never writes') }]);
  });

  it('keeps aside an entry an earlier version stored with the year 9999, and loads the rest', async () => {
    await createIdbBackend('journal').putMany([{ key: 'far', value: entry('far', 'Kept, not lost.', FAR_FUTURE) }]);
    await put(journalCollection, entry('near', 'Loads.'));

    expect((await journalCollection.loadAll()).map((e) => e.id)).toEqual(['near']);
    expect(await journalCollection.unreadableEntries()).toEqual([
      expect.objectContaining({ key: 'far', raw: expect.objectContaining({ text: 'Kept, not lost.' }) }),
    ]);
  });

  it('gives every change a time its own schema accepts, even after the latest stored one', () => {
    const latest = '2999-12-31T23:59:59.999Z';
    const next = nextUpdatedAt(latest, Date.parse('2026-11-02T10:00:00.000Z'));
    expect(journalCollection.read(entry('a', 'x', next)).ok).toBe(true);
    expect(journalCollection.read(entry('a', 'x', FAR_FUTURE)).ok).toBe(false);
  });
});

describe('ids that are keys Mend keeps for itself', () => {
  it('leaves out an imported entry whose id starts with the deletion prefix, and editing the entry it names deletes nothing', async () => {
    const plan = await preview(backupOf({ journal: [entry('real', 'The real one.'), entry('~deleted~real', 'An impostor.')] }));
    await applyImport(plan, { bringBackDeleted: false });

    expect(plan.collections[0]?.skipped).toEqual([{ id: '~deleted~real', reason: expect.stringContaining('keeps for its own markers') }]);
    expect((await journalCollection.loadAll()).map((e) => e.id)).toEqual(['real']);
    await put(journalCollection, entry('real', 'The real one, edited.', '2026-11-03T10:00:00.000Z'));
    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['The real one, edited.']);
    expect((await journalCollection.rawEntries()).map((e) => e.key)).toEqual(['real']);
  });

  it('leaves out ids that start with the set-aside prefix, and the path names "." and ".."', async () => {
    const plan = await preview(
      backupOf({ goals: ['~set-aside~x', '.', '..', 'fine'].map((id) => goalsCollection.create({ id, title: `Goal ${id}` })) }),
    );

    const goals = plan.collections[0]!;
    expect(goals.adds.map((r) => r.id)).toEqual(['fine']);
    expect(goals.skipped.map((s) => s.id)).toEqual(['~set-aside~x', '.', '..']);
  });

  it('never builds a key from an id that is itself a marker key', async () => {
    expect(() => tombstoneKey('~deleted~real')).toThrow();
    await expect(put(goalsCollection, goalsCollection.create({ id: '~deleted~x', title: 'No' }))).rejects.toThrow();
    expect(await goalsCollection.rawEntries()).toEqual([]);
  });
});

describe('backups built to be too big', () => {
  it('refuses a file with more items than a backup can hold before checking any of them', () => {
    const read = vi.spyOn(journalCollection, 'read');
    const text = `{"app":"mend","format":1,"collections":{"journal":[${new Array(MAX_BACKUP_ITEMS + 1).fill('{}').join(',')}]}}`;

    const reading = readBackupText(text);

    expect(reading).toEqual({ ok: false, reason: expect.stringContaining('more items than a Mend backup holds') });
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('refuses five million strings before checking any of them', () => {
    const read = vi.spyOn(journalCollection, 'read');
    const text = `{"app":"mend","format":1,"collections":{"journal":[${new Array(5_000_000).fill('"aaaaaaa"').join(',')}]}}`;

    const reading = readBackupText(text, text.length);

    expect(reading.ok).toBe(false);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });
});

describe("Mend's own largest export", () => {
  it('brings back in an export of 390 entries at the length limit (over 64 MB)', { timeout: 120_000 }, async () => {
    const full = 'a'.repeat(LIMITS.entryText);
    for (let i = 0; i < 390; i++) await put(journalCollection, entry(`e${i}`, full));
    const exported = await exportEverything();
    const bytes = new TextEncoder().encode(exported.text).length;
    expect(bytes).toBeGreaterThan(64 * 1024 * 1024);
    await deleteEverything();

    const reading = readBackupText(exported.text, bytes);
    if (!reading.ok) throw new Error(reading.reason);
    const result = await applyImport(await planImport(reading.contents), { bringBackDeleted: false });

    expect(result.added).toBe(390);
    expect((await journalCollection.loadAll()).every((e) => e.text === full)).toBe(true);
  });
});

describe('reading a chosen file where there is no worker (as here, in Node)', () => {
  it('says how far the check has come, and reads the same as on the page', async () => {
    const { readBackupOffThread } = await import('../../src/storage/backup/backup-off-thread');
    const seen: number[] = [];
    const entries = Array.from({ length: 4500 }, (_, i) => entry(`e${i}`, `Entry ${i}.`));

    // jsdom's Blob can't give its text; Node's can, as a browser's File does.
    const file = new NodeBlob([backupOf({ journal: entries })]) as unknown as Blob;
    const reading = await readBackupOffThread({ file }, { onProgress: (checked) => seen.push(checked) });

    expect(seen).toEqual([2000, 4000]);
    expect(reading.ok && reading.contents.collections[0]?.records).toHaveLength(4500);
  });

  it('reads nothing once stopped', async () => {
    const { BackupReadStopped, readBackupOffThread } = await import('../../src/storage/backup/backup-off-thread');
    const stop = new AbortController();
    stop.abort();

    await expect(readBackupOffThread({ text: backupOf({ journal: [entry('a', 'A.')] }) }, { signal: stop.signal })).rejects.toBeInstanceOf(BackupReadStopped);
  });
});
