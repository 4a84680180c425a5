import { describe, expect, it } from 'vitest';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { journalCollection } from '../../src/storage/collections/journal';
import v1 from '../fixtures/v1-records.json';
import v3 from '../fixtures/v3-records.json';

describe('where a journal entry came from', () => {
  it('reads an entry written before imports (format 1) as one that came from nowhere else', async () => {
    const [written] = (v1 as { journal: Record<string, unknown>[] }).journal;
    await createIdbBackend('journal').putMany([{ key: 'entry-1', value: written }]);

    const found = await journalCollection.get('entry-1');

    expect(found).toEqual({ status: 'found', record: { ...written, schemaVersion: 2, source: null } });
  });

  it('keeps the app, the original id and the import an entry came with, through a save and a load', async () => {
    const records = (v3 as { journal: { id: string }[] }).journal;
    await createIdbBackend('journal').putMany(records.map((record) => ({ key: record.id, value: record })));

    const loaded = await journalCollection.loadAll();

    expect(loaded).toHaveLength(records.length);
    expect(loaded.find((entry) => entry.id === 'daylio-1k2j3h4g5f6d7')?.source).toEqual({
      app: 'daylio',
      id: '2024-03-05 21:40',
      importId: 'import-2026-12-01-a',
    });
  });

  it('makes a new entry with no source unless it is given one', () => {
    expect(journalCollection.create({ id: 'mine', text: 'Written here.' }).source).toBeNull();
  });
});

describe('entries drawn before the app starts', () => {
  it('draws entries of both formats: one written before imports existed and one brought in', async () => {
    const { fitsShape } = await import('../../src/app/early-paint/record-shape');
    const { shapeOf } = await import('../../src/app/early-paint/shape-of');
    const { StoredJournalEntrySchema } = await import('../../src/storage/collections/journal');
    const shape = shapeOf(StoredJournalEntrySchema);
    const [before] = (v1 as { journal: unknown[] }).journal;
    const [brought] = (v3 as { journal: unknown[] }).journal;

    expect(fitsShape(before, shape)).toBe(true);
    expect(fitsShape(brought, shape)).toBe(true);
    expect(fitsShape({ ...(brought as object), source: { app: 'somewhere' } }, shape)).toBe(false);
  });
});
