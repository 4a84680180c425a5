import { describe, expect, it } from 'vitest';
import type { ParsedEntry, ParsedImport } from '../../src/features/imports/formats/parsed';
import { applyPrepared, planPrepared, undoImport } from '../../src/features/imports/import-apply';
import { prepareImport } from '../../src/features/imports/import-records';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { importsToSettle } from '../../src/storage/device/import-history';
import { deleteEverything } from '../../src/storage/device/wipe';
import { journalAsMarkdown } from '../../src/features/settings/journal-markdown';
import { readImportFiles } from '../../src/features/imports/formats/read-import';

const day = (n: number, fields: Partial<ParsedEntry> = {}): ParsedEntry => ({
  sourceId: `2024-03-${String(n).padStart(2, '0')} 21:40`,
  createdAt: `2024-03-${String(n).padStart(2, '0')}T21:40:00.000Z`,
  updatedAt: `2024-03-${String(n).padStart(2, '0')}T21:40:00.000Z`,
  text: `Day ${n} in Daylio`,
  tags: ['walk'],
  moodName: n % 2 ? 'rad' : 'awful',
  ...fields,
});

const daylioFile = (entries: ParsedEntry[]): ParsedImport => ({
  source: 'daylio',
  entries,
  moods: [
    { name: 'rad', group: 1 },
    { name: 'awful', group: 5 },
  ],
  skipped: [],
  leftOut: { photos: 0 },
});

async function bringIn(parsed: ParsedImport, importId: string, files = ['daylio_export.csv']) {
  const prepared = prepareImport(parsed, importId);
  const plan = await planPrepared(prepared);
  const result = await applyPrepared(plan, prepared, { mapping: { rad: 9, awful: 1 }, bringBackDeleted: false, files });
  return { plan, result };
}

async function writtenHere(id: string, text: string) {
  await journalCollection.write(journalCollection.create({ id, text }), null);
}

describe('bringing another app’s file into the journal', () => {
  it('adds the file’s entries beside those already here, with their moods, and nothing when the same file comes again', async () => {
    await writtenHere('mine', 'Written in Mend.');
    const file = daylioFile([day(1), day(2), day(3)]);

    const first = await bringIn(file, 'import-1');
    const stored = await journalCollection.loadAll();
    const again = await bringIn(file, 'import-2');

    expect(first.plan.collections[0]!.adds).toHaveLength(3);
    expect(first.result.added).toBe(3);
    expect(stored).toHaveLength(4);
    expect(stored.filter((e) => e.source?.app === 'daylio').map((e) => e.mood).sort()).toEqual([1, 9, 9]);
    expect(again.plan.collections[0]).toMatchObject({ adds: [], updates: [], alreadyHere: 3 });
    expect(again.result).toEqual({ added: 0, updated: 0, restored: 0, removed: 0 });
    expect(await journalCollection.loadAll()).toEqual(stored);
    expect(importsToSettle().map((item) => item.importId)).toEqual(['import-1']);
  });

  it('removes what came with one import as a whole, keeping an entry changed since, and every other entry', async () => {
    await writtenHere('mine', 'Written in Mend.');
    await bringIn(daylioFile([day(1), day(2)]), 'import-1');
    await bringIn(daylioFile([day(1), day(2), day(3), day(4)]), 'import-2');
    const changed = (await journalCollection.loadAll()).find((e) => e.source?.id === day(4).sourceId)!;
    // The person adds a line a minute later.
    const aMinuteLater = new Date(Date.now() + 60_000).toISOString();
    await journalCollection.write({ ...changed, text: 'Day 4, with more I wanted to say.', updatedAt: aMinuteLater }, changed.updatedAt);

    const [latest] = importsToSettle();
    const undone = await undoImport(latest!);

    const left = await journalCollection.loadAll();
    expect(undone).toEqual({ removed: 1, kept: 1 });
    expect(left.map((e) => e.text).sort()).toEqual(['Day 1 in Daylio', 'Day 2 in Daylio', 'Day 4, with more I wanted to say.', 'Written in Mend.']);
    expect(importsToSettle().map((item) => item.importId)).toEqual(['import-1']);
  });

  it('keeps an entry with the import that first brought it when a newer export of the app changes it', async () => {
    await bringIn(daylioFile([day(1)]), 'import-1');
    const newer = await bringIn(daylioFile([day(1, { text: 'Day 1, edited in Daylio', updatedAt: '2024-04-01T10:00:00.000Z' })]), 'import-2');

    const [entry] = await journalCollection.loadAll();
    expect(newer.result.updated).toBe(1);
    expect(entry).toMatchObject({ text: 'Day 1, edited in Daylio', source: { importId: 'import-1' } });
    expect(importsToSettle().map((item) => item.importId)).toEqual(['import-1']);
  });

  it('offers the entries removed by an undo back only when asked, when the same file is chosen again', async () => {
    await bringIn(daylioFile([day(1), day(2)]), 'import-1');
    await undoImport(importsToSettle()[0]!);

    const prepared = prepareImport(daylioFile([day(1), day(2)]), 'import-2');
    const plan = await planPrepared(prepared);
    expect(plan.collections[0]).toMatchObject({ adds: [], deletedHere: [expect.anything(), expect.anything()] });
    const result = await applyPrepared(plan, prepared, { mapping: { rad: 9, awful: 1 }, bringBackDeleted: true, files: ['again.csv'] });

    expect(result.restored).toBe(2);
    expect(await journalCollection.loadAll()).toHaveLength(2);
  });

  it('forgets the imports waiting to be settled when the person deletes everything', async () => {
    await bringIn(daylioFile([day(1)]), 'import-1');
    expect(importsToSettle()).toHaveLength(1);

    await deleteEverything();

    expect(importsToSettle()).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => key.includes('import'))).toEqual([]);
  });

  it("brings Mend's own Markdown journal back into the journal it came from without doubling an entry", async () => {
    const written = [
      { ...journalCollection.create({ id: 'a', text: 'Walked to the bridge.', mood: 6, tags: ['walk'] }), createdAt: '2026-10-01T18:30:12.000Z' },
      { ...journalCollection.create({ id: 'b', text: 'Called Sam.' }), createdAt: '2026-10-02T08:05:40.000Z' },
    ];
    for (const entry of written) await journalCollection.write(entry, null);
    // Exported after one more entry was written, on another device.
    const elsewhere = { ...written[1]!, id: 'c', text: 'Written on the other phone.' };
    const markdown = journalAsMarkdown([...written, elsewhere], new Date('2026-10-03T09:00:00.000Z'));
    const read = await readImportFiles([{ name: 'mend-journal.md', bytes: new TextEncoder().encode(markdown), lastModified: 0 }]);
    if (!read.ok) throw new Error(read.reason);

    const plan = await planPrepared(prepareImport(read.parsed, 'import-1'));

    expect(plan.collections[0]!.alreadyHere).toBe(2);
    expect(plan.collections[0]!.adds.map((entry) => (entry as JournalEntry).text)).toEqual(['Written on the other phone.']);
  });
});
