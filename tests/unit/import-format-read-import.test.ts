import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportReading, ParsedImport } from '../../src/features/imports/formats/parsed';
import { readImportFiles } from '../../src/features/imports/formats/read-import';
import { journalAsMarkdown } from '../../src/features/settings/journal-markdown';
import { journalCollection } from '../../src/storage/collections/journal';

const MODIFIED = Date.UTC(2024, 4, 1, 9, 30);
const fixture = (name: string) => ({ name: name.split('/').pop()!, bytes: new Uint8Array(fs.readFileSync(`tests/fixtures/imports/${name}`)), lastModified: MODIFIED });
const textFile = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text), lastModified: MODIFIED });

function parsed(reading: ImportReading): ParsedImport {
  if (!reading.ok) throw new Error(reading.reason);
  return reading.parsed;
}
const counts = (read: ParsedImport) => ({ source: read.source, entries: read.entries.length, skipped: read.skipped.length, photos: read.leftOut.photos });

describe('the one door: which format a file is, then its reader', () => {
  it('reads a Daylio CSV export', async () => {
    expect(counts(parsed(await readImportFiles([fixture('daylio-export.csv')])))).toEqual({ source: 'daylio', entries: 4, skipped: 1, photos: 0 });
  });

  it('reads a .daylio backup', async () => {
    expect(counts(parsed(await readImportFiles([fixture('daylio-backup.daylio')])))).toEqual({ source: 'daylio', entries: 5, skipped: 1, photos: 2 });
  });

  it('reads a Daylio CSV export someone zipped to send it', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'daylio_export.csv': fixture('daylio-export.csv').bytes });
    expect(counts(parsed(await readImportFiles([{ name: 'daylio.zip', bytes: zip, lastModified: MODIFIED }])))).toEqual({ source: 'daylio', entries: 4, skipped: 1, photos: 0 });
  });

  it('reads a Day One export ZIP', async () => {
    expect(counts(parsed(await readImportFiles([fixture('dayone-export.zip')])))).toEqual({ source: 'dayone', entries: 3, skipped: 2, photos: 2 });
  });

  it("reads Day One's Journal.json on its own, picked from an unzipped export", async () => {
    expect(counts(parsed(await readImportFiles([fixture('dayone-journal.json')])))).toEqual({ source: 'dayone', entries: 3, skipped: 2, photos: 2 });
  });

  it('reads a Journey export ZIP', async () => {
    expect(counts(parsed(await readImportFiles([fixture('journey-export.zip')])))).toEqual({ source: 'journey', entries: 2, skipped: 1, photos: 1 });
  });

  it("reads Journey's entry files picked on their own", async () => {
    const names = fs.readdirSync('tests/fixtures/imports/journey').map((name) => fixture(`journey/${name}`));
    expect(counts(parsed(await readImportFiles(names)))).toEqual({ source: 'journey', entries: 2, skipped: 1, photos: 1 });
  });

  it('reads a ZIP of notes, dated by the times the ZIP kept when nothing else dates them', async () => {
    const read = parsed(await readImportFiles([fixture('notes.zip')]));
    expect(counts(read)).toEqual({ source: 'text', entries: 7, skipped: 1, photos: 0 });
    const undated = read.entries.find((entry) => entry.text.startsWith('Untitled thoughts'));
    expect(undated?.createdAt).toBe(new Date(2024, 2, 9, 10, 0).toISOString());
  });

  it('reads text and Markdown files picked together', async () => {
    const read = parsed(await readImportFiles([fixture('notes/2024-03-05.md'), fixture('notes/Untitled thoughts.txt')]));
    expect(counts(read)).toEqual({ source: 'text', entries: 2, skipped: 0, photos: 0 });
  });

  it("reads Mend's own Markdown journal as Mend's, not as notes", async () => {
    const entry = { ...journalCollection.create({ id: 'a', text: 'Back again.' }), createdAt: new Date(2026, 0, 2, 9, 0).toISOString(), mood: 6 };
    const read = parsed(await readImportFiles([textFile('mend-journal.md', journalAsMarkdown([entry], new Date(2026, 0, 3), 'en-GB'))]));
    expect(counts(read)).toEqual({ source: 'mend-markdown', entries: 1, skipped: 0, photos: 0 });
    expect(read.entries[0]?.moodName).toBe('6');
  });

  it('reads a ZIP of notes and skips a file in it that is not text, saying so', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync({ 'a.md': strToU8('Words.'), 'b.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), '__MACOSX/._a.md': new Uint8Array([0, 5, 22, 7]) });
    const read = parsed(await readImportFiles([{ name: 'notes.zip', bytes: zip, lastModified: MODIFIED }]));
    expect(read.entries.map((e) => e.text)).toEqual(['a\n\nWords.']);
    expect(read.skipped).toEqual([{ where: 'b.md', reason: "it isn't text" }]);
  });
});
