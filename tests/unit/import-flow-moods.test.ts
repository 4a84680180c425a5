import { describe, expect, it } from 'vitest';
import type { ParsedEntry, ParsedImport } from '../../src/features/imports/formats/parsed';
import { defaultMoodMapping, withMoods } from '../../src/features/imports/mood-mapping';
import { prepareImport } from '../../src/features/imports/import-records';

const entry = (sourceId: string, moodName: string | null): ParsedEntry => ({
  sourceId,
  createdAt: '2024-03-05T21:40:00.000Z',
  updatedAt: '2024-03-05T21:40:00.000Z',
  text: `Day ${sourceId}`,
  tags: [],
  moodName,
});

const daylio = (entries: ParsedEntry[], moods: ParsedImport['moods']): ParsedImport => ({
  source: 'daylio',
  entries,
  moods,
  skipped: [],
  leftOut: { photos: 0 },
});

describe("Daylio's moods on Mend's 0 to 10", () => {
  it('maps the five moods as rad 9, good 7, meh 5, bad 3, awful 1 unless the person changes them', () => {
    const moods = ['rad', 'good', 'meh', 'bad', 'awful'].map((name, i) => ({ name, group: i + 1 }));
    expect(defaultMoodMapping(moods)).toEqual({ rad: 9, good: 7, meh: 5, bad: 3, awful: 1 });
  });

  it('gives a renamed mood the number of its Daylio group, and one whose group the file does not say the middle, for the person to choose', () => {
    const moods = [
      { name: 'on top of the world', group: 1 },
      { name: 'okay-ish', group: 3 },
      { name: 'Awful', group: null },
      { name: 'sleepy', group: null },
    ];
    expect(defaultMoodMapping(moods)).toEqual({ 'on top of the world': 9, 'okay-ish': 5, Awful: 1, sleepy: 5 });
  });

  it('puts the number the person chose in the preview on every entry of that mood', () => {
    const prepared = prepareImport(
      daylio([entry('a', 'rad'), entry('b', 'meh'), entry('c', null)], [{ name: 'rad', group: 1 }, { name: 'meh', group: 3 }]),
      'import-1',
    );
    const records = withMoods(prepared.items, { rad: 10, meh: 4 });
    expect(records.map((record) => record.mood)).toEqual([10, 4, null]);
    expect(prepared.moodCounts).toEqual({ rad: 1, meh: 1 });
  });

  it("reads Mend's own Markdown mood back as its number, with nothing to map", () => {
    const prepared = prepareImport(
      { source: 'mend-markdown', entries: [entry('a', '7'), entry('b', null), entry('c', '12')], moods: [], skipped: [], leftOut: { photos: 0 } },
      'import-1',
    );
    expect(withMoods(prepared.items, {}).map((record) => record.mood)).toEqual([7, null, null]);
  });
});
