import { describe, expect, it } from 'vitest';
import type { ParsedEntry, ParsedImport } from '../../src/features/imports/formats/parsed';
import { prepareImport } from '../../src/features/imports/import-records';
import { withMoods } from '../../src/features/imports/mood-mapping';
import { journalCollection } from '../../src/storage/collections/journal';
import { LIMITS } from '../../src/storage/engine/record-fields';

const entry = (fields: Partial<ParsedEntry> = {}): ParsedEntry => ({
  sourceId: 'F1E2D3C4B5A6',
  createdAt: '2025-01-02T08:30:00.000Z',
  updatedAt: '2025-01-03T09:00:00.000Z',
  text: 'Coffee with Ana. We laughed.',
  tags: ['friends'],
  moodName: null,
  ...fields,
});

const parsed = (entries: ParsedEntry[], fields: Partial<ParsedImport> = {}): ParsedImport => ({
  source: 'dayone',
  entries,
  moods: [],
  skipped: [],
  leftOut: { photos: 0 },
  ...fields,
});

describe('entries from another app, as journal records', () => {
  it('gives an entry the same id on every read of the same file, whatever import it comes with', () => {
    const first = prepareImport(parsed([entry()]), 'import-a').items[0]!.record;
    const again = prepareImport(parsed([entry()]), 'import-b').items[0]!.record;
    const otherApp = prepareImport(parsed([entry()], { source: 'journey' }), 'import-a').items[0]!.record;

    expect(again.id).toBe(first.id);
    expect(otherApp.id).not.toBe(first.id);
    expect(first.source).toEqual({ app: 'dayone', id: 'F1E2D3C4B5A6', importId: 'import-a' });
    expect(again.source?.importId).toBe('import-b');
  });

  it('keeps the words, the times and the tags, each tag once and no longer than the journal allows', () => {
    const long = 'a tag that goes on and on well past the sixty characters a tag may have';
    const [item] = prepareImport(parsed([entry({ tags: ['friends', ' Friends ', '', long], starred: true })]), 'i').items;

    expect(item!.record).toMatchObject({
      text: 'Coffee with Ana. We laughed.',
      createdAt: '2025-01-02T08:30:00.000Z',
      updatedAt: '2025-01-03T09:00:00.000Z',
      tags: ['friends', long.slice(0, LIMITS.tag).trim(), 'starred'],
      link: null,
    });
    expect(journalCollection.read(item!.record).ok).toBe(true);
  });

  it('splits text past the journal limit into parts, in order, losing no character, and says how many', () => {
    const paragraph = `${'word '.repeat(2000).trim()}\n\n`;
    const text = paragraph.repeat(45);
    expect(text.length).toBeGreaterThan(LIMITS.entryText * 2);
    const prepared = prepareImport(parsed([entry({ text }), entry({ sourceId: 'short' })]), 'i');

    const parts = prepared.items.map((item) => item.record).filter((record) => record.source?.id === 'F1E2D3C4B5A6');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(LIMITS.entryText);
    expect(parts.map((part) => part.text.replace(/^\(Part \d of 3\)\n\n/, '')).join('')).toBe(text);
    expect(parts[1]!.text.startsWith('(Part 2 of 3)\n\n')).toBe(true);
    expect(new Set(parts.map((part) => part.id)).size).toBe(3);
    expect(prepared.split).toEqual({ entries: 1, parts: 3 });
  });

  it('lists an entry the journal cannot hold (a time it cannot have) as skipped, with why, and keeps the rest', () => {
    const prepared = prepareImport(
      parsed([entry({ sourceId: 'bad', createdAt: '3025-01-01T00:00:00.000Z', updatedAt: '3025-01-01T00:00:00.000Z' }), entry()], {
        skipped: [{ where: 'row 4', reason: "the date couldn't be read" }],
      }),
      'i',
    );

    expect(prepared.items).toHaveLength(1);
    expect(prepared.skipped).toEqual([
      { where: 'row 4', reason: "the date couldn't be read" },
      { where: 'the entry of 3025-01-01', reason: expect.stringContaining('time') },
    ]);
  });

  it('makes records the journal accepts as they are, with their moods set', () => {
    const prepared = prepareImport(parsed([entry({ moodName: 'rad' })], { source: 'daylio', moods: [{ name: 'rad', group: 1 }] }), 'i');
    for (const record of withMoods(prepared.items, { rad: 9 })) expect(journalCollection.read(record)).toEqual({ ok: true, record });
  });
});
