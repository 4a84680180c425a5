// Every bad file the importers meet, one test each: refused with one sentence
// that ends "so nothing was changed.", or (rows with dates that can't be read)
// skipped with the reason while the rest is read.
import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ImportFile, ImportReading } from '../../src/features/imports/formats/parsed';
import { MAX_INPUT_BYTES, readImportFiles } from '../../src/features/imports/formats/read-import';
import { buildBomb, buildZip } from '../support/zip-builder';

const bad = (name: string): ImportFile => ({ name, bytes: new Uint8Array(fs.readFileSync(`tests/fixtures/imports/bad/${name}`)), lastModified: Date.UTC(2024, 0, 1) });
const picked = (name: string, bytes: Uint8Array): ImportFile => ({ name, bytes, lastModified: Date.UTC(2024, 0, 1) });

async function refusal(files: ImportFile[]): Promise<string> {
  const reading: ImportReading = await readImportFiles(files);
  if (reading.ok) throw new Error(`read ${reading.parsed.entries.length} entries instead of refusing`);
  expect(reading.reason).toMatch(/^[^.]*(\.[a-z]+[^.]*)*, so nothing was changed\.$/);
  return reading.reason;
}

const WHAT_MEND_READS = 'Mend reads exports from Daylio, Day One and Journey, and text or Markdown notes';

describe('bad files, each refused plainly or partly skipped', () => {
  it('refuses a CSV from another app (wrong-app CSV: other-app.csv)', async () => {
    expect(await refusal([bad('other-app.csv')])).toBe("That CSV isn't a Daylio export (its first line doesn't name Daylio's columns), so nothing was changed.");
  });

  it('refuses a Daylio-like CSV whose header lacks the mood column (daylio-without-mood.csv)', async () => {
    expect(await refusal([bad('daylio-without-mood.csv')])).toBe("That CSV isn't a Daylio export (its first line doesn't name Daylio's columns), so nothing was changed.");
  });

  it('skips the rows whose dates cannot be read, counts them, and reads the rest (some-unreadable-dates.csv)', async () => {
    const reading = await readImportFiles([bad('some-unreadable-dates.csv')]);
    expect(reading.ok && reading.parsed.entries.map((e) => e.text)).toEqual(['Read fine.', 'Also fine.']);
    expect(reading.ok && reading.parsed.skipped).toEqual([
      { where: 'some-unreadable-dates.csv, row 3 (2024-13-01 21:05)', reason: "the date couldn't be read" },
      { where: 'some-unreadable-dates.csv, row 4 (2024-03-04 half past nine)', reason: "the date couldn't be read" },
    ]);
  });

  it('refuses a CSV in which no date can be read (all-unreadable-dates.csv)', async () => {
    expect(await refusal([bad('all-unreadable-dates.csv')])).toBe("None of the entries in that file could be read (the date couldn't be read), so nothing was changed.");
  });

  it('refuses a CSV with a quote that never closes, rather than losing the rows after it (unclosed-quote.csv)', async () => {
    expect(await refusal([bad('unclosed-quote.csv')])).toBe('That CSV file is damaged (a quote in it never closes), so nothing was changed.');
  });

  it('refuses an empty file (empty.txt)', async () => {
    expect(await refusal([bad('empty.txt')])).toBe('“empty.txt” is empty, so nothing was changed.');
  });

  it('refuses a photo named .txt (photo-named.txt)', async () => {
    expect(await refusal([bad('photo-named.txt')])).toBe('“photo-named.txt” isn\'t text (it may be a photo or another kind of file), so nothing was changed.');
  });

  it('refuses a ZIP cut off halfway (truncated-dayone.zip)', async () => {
    expect(await refusal([bad('truncated-dayone.zip')])).toBe('That ZIP file is damaged or cut short (it may not have finished downloading), so nothing was changed.');
  });

  it('refuses a Day One export whose Journal.json is not valid JSON (dayone-broken-json.zip)', async () => {
    expect(await refusal([bad('dayone-broken-json.zip')])).toBe("That export is damaged (Journal.json isn't readable JSON), so nothing was changed.");
  });

  it('refuses a .daylio backup whose Base64 is broken (bad-base64.daylio)', async () => {
    expect(await refusal([bad('bad-base64.daylio')])).toBe("That Daylio backup is damaged (its data couldn't be decoded), so nothing was changed.");
  });

  it('refuses a .daylio backup with no entries list (daylio-no-entries.daylio)', async () => {
    expect(await refusal([bad('daylio-no-entries.daylio')])).toBe("That file isn't a Daylio backup Mend can read (it has no entries list), so nothing was changed.");
  });

  it('refuses a .daylio file that is not a ZIP (daylio-not-a-zip.daylio)', async () => {
    expect(await refusal([bad('daylio-not-a-zip.daylio')])).toBe('That Daylio backup is damaged (a .daylio file should be a ZIP), so nothing was changed.');
  });

  it('refuses a Journey export whose only entry has no date (journey-no-date.zip)', async () => {
    expect(await refusal([bad('journey-no-date.zip')])).toBe("None of the entries in that file could be read (the date couldn't be read), so nothing was changed.");
  });

  it('refuses a ZIP with a ../ path (zip-slip.zip)', async () => {
    expect(await refusal([bad('zip-slip.zip')])).toBe('That ZIP holds files that point outside it (not safe to open), so nothing was changed.');
  });

  it('refuses a ZIP with an absolute path (absolute-path.zip)', async () => {
    expect(await refusal([bad('absolute-path.zip')])).toBe('That ZIP holds files that point outside it (not safe to open), so nothing was changed.');
  });

  it('refuses a ZIP of photos with no journal in it (photos-only.zip)', async () => {
    expect(await refusal([bad('photos-only.zip')])).toBe(`That ZIP doesn't hold a journal Mend can read (${WHAT_MEND_READS}), so nothing was changed.`);
  });

  it('refuses a JSON file from something else (package.json)', async () => {
    expect(await refusal([bad('package.json')])).toBe("That JSON file isn't a Day One or Journey export, so nothing was changed.");
  });

  it('refuses a kind of file Mend does not read (statement.pdf)', async () => {
    expect(await refusal([bad('statement.pdf')])).toBe(`“statement.pdf” isn't a kind of file Mend can read (${WHAT_MEND_READS}), so nothing was changed.`);
  });

  it('refuses a ZIP bomb: 250 KB whose entries say they unpack to 210 MB (made here)', async () => {
    const bomb = buildBomb(210, 1024 * 1024);
    expect(bomb.length).toBeLessThan(300_000);
    expect(await refusal([picked('export.zip', bomb)])).toBe('That ZIP unpacks to more than Mend can safely read (over 200 MB), so nothing was changed.');
  });

  it('refuses a ZIP bomb that lies about its sizes, stopping while it inflates (made here)', async () => {
    expect(await refusal([picked('export.zip', buildBomb(3, 8 * 1024 * 1024, { lying: true }))])).toBe(
      'That ZIP file is damaged or cut short (it may not have finished downloading), so nothing was changed.',
    );
  });

  it('refuses a ZIP of more than 50,000 files (made here)', async () => {
    const many = buildZip(Array.from({ length: 50_001 }, (_, i) => ({ name: `${i}.md`, data: 'x', method: 0 })));
    expect(await refusal([picked('notes.zip', many)])).toBe('That ZIP holds more files than Mend can safely read (over 50,000), so nothing was changed.');
  });

  it('refuses a file over the 100 MB cap before reading a byte of it (made here)', async () => {
    const huge = new Uint8Array(MAX_INPUT_BYTES + 1);
    expect(await refusal([picked('daylio_export.csv', huge)])).toBe('That file is larger than Mend can read (over 100 MB), so nothing was changed.');
  });

  it('refuses a ZIP locked with a password (made here)', async () => {
    const locked = buildZip([{ name: 'Journal.json', data: '{"entries":[]}', flags: 1 }]);
    expect(await refusal([picked('export.zip', locked)])).toBe("That ZIP is locked with a password Mend can't open, so nothing was changed.");
  });

  it('refuses two kinds of export picked together', async () => {
    const csv = picked('daylio.csv', strToU8('full_date,date,weekday,time,mood,activities,note_title,note\n'));
    expect(await refusal([csv, picked('a.txt', strToU8('words'))])).toBe('Mend reads one kind of export at a time, so nothing was changed.');
  });

  it('refuses two ZIPs picked together', async () => {
    const zip = zipSync({ 'a.md': strToU8('words') });
    expect(await refusal([picked('a.zip', zip), picked('b.zip', zip)])).toBe('Mend reads one ZIP at a time, so nothing was changed.');
  });

  it("refuses Mend's own journal file picked with other notes, rather than reading it as one long note", async () => {
    const mend = picked('mend-journal.md', strToU8('# My Mend journal\n\nSaved from Mend on Friday 20 November 2026. One entry, newest first.\n'));
    expect(await refusal([mend, picked('a.md', strToU8('words'))])).toBe('Mend reads a journal saved from Mend on its own, not with other files, so nothing was changed.');
  });

  it('refuses when no file was chosen', async () => {
    expect(await refusal([])).toBe('No file was chosen, so nothing was changed.');
  });
});
