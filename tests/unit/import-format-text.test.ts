import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportReading, ParsedImport } from '../../src/features/imports/formats/parsed';
import { readTextFiles } from '../../src/features/imports/formats/plain-text';

const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12, 0).toISOString();
const MODIFIED = Date.UTC(2024, 4, 1, 9, 30);
const note = (name: string) => ({ name, text: fs.readFileSync(`tests/fixtures/imports/notes/${name}`, 'utf8'), lastModified: MODIFIED });

function parsed(reading: ImportReading): ParsedImport {
  if (!reading.ok) throw new Error(reading.reason);
  return reading.parsed;
}
const summary = (read: ParsedImport) => read.entries.map(({ createdAt, text, tags }) => ({ createdAt, text, tags }));

describe('plain text and Markdown files', () => {
  it('makes one entry of a file, dated by its name', () => {
    const read = parsed(readTextFiles([note('2024-03-05.md')]));
    expect(read.source).toBe('text');
    expect(summary(read)).toEqual([{ createdAt: noon(2024, 3, 5), text: 'Walked to the station and back.\n\nFelt lighter after.', tags: [] }]);
  });

  it('keeps the words after the date in a file name as the first line', () => {
    const read = parsed(readTextFiles([note('2024-01-15 walk by the sea.txt')]));
    expect(summary(read)).toEqual([{ createdAt: noon(2024, 1, 15), text: 'walk by the sea\n\nCold wind, warm coffee.', tags: [] }]);
  });

  it('takes the date, tags and title from front matter, and leaves the front matter out of the words', () => {
    const read = parsed(readTextFiles([note('night-thoughts.md')]));
    expect(summary(read)).toEqual([{ createdAt: '2024-02-10T08:30:00.000Z', text: "Night thoughts\n\nCouldn't sleep. Wrote this instead.", tags: ['sleep', 'worries'] }]);
  });

  it("uses the file's own time when nothing else gives a date, and its name as the first line", () => {
    const read = parsed(readTextFiles([note('Untitled thoughts.txt')]));
    expect(summary(read)).toEqual([{ createdAt: new Date(MODIFIED).toISOString(), text: 'Untitled thoughts\n\nNo date anywhere in this one.', tags: [] }]);
  });

  it('makes a diary of dated headings into one entry per heading, keeping the words before the first', () => {
    const read = parsed(readTextFiles([note('diary.md')]));
    expect(summary(read)).toEqual([
      { createdAt: new Date(MODIFIED).toISOString(), text: 'diary\n\nMy diary, kept loosely.', tags: [] },
      { createdAt: noon(2024, 3, 1), text: 'First day of spring, nearly.', tags: [] },
      { createdAt: noon(2024, 3, 2), text: 'rain\n\nIt rained all day.\nStayed in and read.', tags: [] },
    ]);
    expect(read.skipped).toEqual([{ where: 'diary.md, "# 2024-02-31"', reason: "the date couldn't be read" }]);
  });

  it('reads several files at once, each with an id that is the same on every read', () => {
    const files = ['2024-03-05.md', 'diary.md', 'night-thoughts.md'].map(note);
    const first = parsed(readTextFiles(files));
    const again = parsed(readTextFiles(files.map((file) => ({ ...file, lastModified: MODIFIED }))));
    expect(first.entries).toHaveLength(5);
    expect(again.entries.map((e) => e.sourceId)).toEqual(first.entries.map((e) => e.sourceId));
    expect(new Set(first.entries.map((e) => e.sourceId)).size).toBe(5);
  });

  it('does not take a dated line inside a code block for a heading', () => {
    const text = '# 2024-03-01\n\nA log:\n\n```\n# 2024-03-02\n```\n';
    const read = parsed(readTextFiles([{ name: 'log.md', text, lastModified: MODIFIED }]));
    expect(summary(read)).toEqual([{ createdAt: noon(2024, 3, 1), text: 'A log:\n\n```\n# 2024-03-02\n```', tags: [] }]);
  });

  it('reads front matter tags written as a list, and a date with no time', () => {
    const text = '---\ndate: 2024-04-02\ntags:\n  - calm\n  - "long walk"\n---\nBody.';
    const read = parsed(readTextFiles([{ name: 'x.md', text, lastModified: MODIFIED }]));
    expect(summary(read)).toEqual([{ createdAt: noon(2024, 4, 2), text: 'x\n\nBody.', tags: ['calm', 'long walk'] }]);
  });

  it('keeps the words of a dated heading with nothing under it', () => {
    const read = parsed(readTextFiles([{ name: 'd.md', text: '## 2024-03-09 — felt fine\n\n## 2024-03-10\n', lastModified: MODIFIED }]));
    expect(summary(read)).toEqual([{ createdAt: noon(2024, 3, 9), text: 'felt fine', tags: [] }]);
    expect(read.skipped).toEqual([{ where: 'd.md, "## 2024-03-10"', reason: 'it has no words in it' }]);
  });

  it('skips a file with no words, saying so', () => {
    const read = parsed(readTextFiles([{ name: '2024-01-01.txt', text: '  \n\n', lastModified: MODIFIED }, note('2024-03-05.md')]));
    expect(read.skipped).toEqual([{ where: '2024-01-01.txt', reason: 'it has no words in it' }]);
  });
});
