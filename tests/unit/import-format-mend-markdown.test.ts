import { describe, expect, it } from 'vitest';
import { isMendMarkdown, readMendMarkdown } from '../../src/features/imports/formats/mend-markdown';
import type { ImportReading, ParsedImport } from '../../src/features/imports/formats/parsed';
import { journalAsMarkdown } from '../../src/features/settings/journal-markdown';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';

function parsed(reading: ImportReading): ParsedImport {
  if (!reading.ok) throw new Error(reading.reason);
  return reading.parsed;
}

function entry(id: string, at: Date, fields: Partial<JournalEntry>): JournalEntry {
  const iso = at.toISOString();
  return { ...journalCollection.create({ id, text: '' }), createdAt: iso, updatedAt: iso, ...fields };
}

const ENTRIES: JournalEntry[] = [
  entry('a', new Date(2026, 10, 20, 9, 30), { text: 'A calm morning.\n\nTea, then a walk.', mood: 7, tags: ['walk', 'tea'] }),
  entry('b', new Date(2026, 10, 20, 21, 5), { text: 'Evening.', mood: 0, tags: [] }),
  entry('c', new Date(2026, 10, 18, 0, 0), {
    text: '# not a heading\n- not a list\n1. not a list either\n> not a quote\n*stars* and _unders_ \\ back\\slash [link](x) <b>tag</b> & ~ | !\n## 2024-03-05',
    mood: null,
    tags: ['<odd> tag', 'a_b*c'],
  }),
  entry('d', new Date(2026, 9, 1, 12, 45), { text: 'Tags: this line is words, not tags\n\nand more after a blank line', mood: 10, tags: [] }),
  entry('e', new Date(2026, 9, 1, 12, 46), { text: '\n  indented start\n\n\nthree blank lines above', mood: 3, tags: ['x'] }),
];

const byDate = (read: ParsedImport) => [...read.entries].sort((x, y) => x.createdAt.localeCompare(y.createdAt));

describe("Mend's own Markdown journal, read back", () => {
  for (const locale of ['en-GB', 'en-US']) {
    it(`gives back the same entries, tags and moods, written for ${locale}`, () => {
      const markdown = journalAsMarkdown(ENTRIES, new Date(2026, 10, 23, 10, 0), locale);
      expect(isMendMarkdown(markdown)).toBe(true);
      const read = parsed(readMendMarkdown(markdown));
      expect(read.source).toBe('mend-markdown');
      expect(read.skipped).toEqual([]);
      const original = [...ENTRIES].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
      expect(byDate(read).map(({ createdAt, text, tags, moodName }) => ({ createdAt, text, tags, moodName }))).toEqual(
        original.map(({ createdAt, text, tags, mood }) => ({ createdAt, text: text.trimEnd(), tags, moodName: mood === null ? null : String(mood) })),
      );
    });
  }

  it('keeps where a practice answer came from as its first line, so the question is not lost', () => {
    const linked = entry('p', new Date(2026, 10, 20, 9, 30), {
      text: 'My answer.',
      link: { kind: 'goal', goalId: 'g', goalTitle: 'Call my sister' },
    });
    const read = parsed(readMendMarkdown(journalAsMarkdown([linked], new Date(2026, 10, 23), 'en-GB')));
    expect(read.entries[0]?.text).toBe('About the goal “Call my sister”\n\nMy answer.');
  });

  it('gives each entry an id that is the same on every read', () => {
    const markdown = journalAsMarkdown(ENTRIES, new Date(2026, 10, 23), 'en-GB');
    const ids = parsed(readMendMarkdown(markdown)).entries.map((e) => e.sourceId);
    expect(parsed(readMendMarkdown(markdown)).entries.map((e) => e.sourceId)).toEqual(ids);
    expect(new Set(ids).size).toBe(ENTRIES.length);
  });

  it('is told apart from other Markdown', () => {
    expect(isMendMarkdown('# My diary\n\nSaved from Mend on Monday.')).toBe(false);
    expect(isMendMarkdown('# 2024-03-05\n\nwords')).toBe(false);
  });
});
