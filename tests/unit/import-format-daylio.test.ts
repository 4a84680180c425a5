import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDaylioBackup } from '../../src/features/imports/formats/daylio-backup';
import { readDaylioCsv } from '../../src/features/imports/formats/daylio-csv';
import type { ImportReading, ParsedImport } from '../../src/features/imports/formats/parsed';

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/imports/${name}`, 'utf8');
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();

function parsed(reading: ImportReading): ParsedImport {
  if (!reading.ok) throw new Error(reading.reason);
  return reading.parsed;
}

describe('the Daylio CSV export', () => {
  const read = parsed(readDaylioCsv(fixture('daylio-export.csv'), 'daylio-export.csv'));

  it('reads each row as an entry at its local time, with its mood, activities and words', () => {
    expect(read.source).toBe('daylio');
    expect(read.entries.map(({ createdAt, moodName, tags, text }) => ({ createdAt, moodName, tags, text }))).toEqual([
      { createdAt: local(2024, 3, 7, 21, 15), moodName: 'awful', tags: ['work', 'bad sleep'], text: "Couldn't settle tonight." },
      {
        createdAt: local(2024, 3, 6, 8, 2),
        moodName: 'super',
        tags: [],
        text: 'Morning\n\nWoke early.\nMade tea and sat by the window, watching the "first" light.',
      },
      { createdAt: local(2024, 3, 5, 12, 30), moodName: 'good', tags: ['friends', 'walk'], text: '' },
      { createdAt: local(2024, 3, 5, 7, 45), moodName: 'meh', tags: ['reading'], text: '**Bold** start\nsecond line' },
    ]);
    expect(read.entries.every((entry) => entry.updatedAt === entry.createdAt)).toBe(true);
  });

  it('skips a row whose date is not on the calendar, says why, and reads the rest', () => {
    expect(read.skipped).toEqual([{ where: 'daylio-export.csv, row 6 (2024-02-30 10:00 AM)', reason: "the date couldn't be read" }]);
  });

  it('lists every mood met, best first where Daylio names the group, a renamed one after', () => {
    expect(read.moods).toEqual([
      { name: 'good', group: 2 },
      { name: 'meh', group: 3 },
      { name: 'awful', group: 5 },
      { name: 'super', group: null },
    ]);
  });

  it('gives each entry an id that is the same on every read and unique in the file', () => {
    const again = parsed(readDaylioCsv(fixture('daylio-export.csv'), 'renamed.csv'));
    expect(again.entries.map((e) => e.sourceId)).toEqual(read.entries.map((e) => e.sourceId));
    expect(new Set(read.entries.map((e) => e.sourceId)).size).toBe(read.entries.length);
  });

  it('reads the older layout that starts with the year, with its "18 May" days and pm times', () => {
    const old = parsed(readDaylioCsv(fixture('daylio-export-old.csv'), 'daylio_export.csv'));
    expect(old.entries.map(({ createdAt, moodName, tags, text }) => ({ createdAt, moodName, tags, text }))).toEqual([
      { createdAt: local(2018, 5, 18, 23, 54), moodName: 'rad', tags: ['clean', 'cook', 'music'], text: 'Went to a party' },
      { createdAt: local(2018, 5, 17, 22, 21), moodName: 'meh', tags: ['cook', 'stressed'], text: '' },
      { createdAt: local(2018, 5, 16, 23, 41), moodName: 'awful', tags: [], text: 'Did nothing today.' },
    ]);
    expect(old.skipped).toEqual([]);
  });

  it('reads an export saved by a spreadsheet: a byte order mark, semicolons and CRLF, no last newline', () => {
    const excel = parsed(readDaylioCsv(fixture('daylio-export-semicolons.csv'), 'daylio.csv'));
    expect(excel.entries.map(({ createdAt, text, tags }) => ({ createdAt, text, tags }))).toEqual([
      { createdAt: local(2024, 1, 2, 21, 40), text: 'Quiet evening; good talk, finally.', tags: ['family', 'tea'] },
      { createdAt: local(2024, 1, 1, 9, 5), text: '', tags: [] },
    ]);
  });

  it('keeps two rows the same in every way as two entries', () => {
    const header = 'full_date,date,weekday,time,mood,activities,note_title,note\n';
    const row = '2024-03-05,March 5,Tuesday,12:30,good,walk,,same\n';
    const twice = parsed(readDaylioCsv(header + row + row, 'twice.csv'));
    expect(twice.entries).toHaveLength(2);
    expect(new Set(twice.entries.map((e) => e.sourceId)).size).toBe(2);
  });

  it('skips a row that has fewer columns than the header, saying so', () => {
    const header = 'full_date,date,weekday,time,mood,activities,note_title,note\n';
    const short = parsed(readDaylioCsv(`${header}2024-03-05,March 5,Tuesday,12:30,good\n2024-03-04,March 4,Monday,12:30,good,,,ok\n`, 'x.csv'));
    expect(short.entries).toHaveLength(1);
    expect(short.skipped).toEqual([{ where: 'x.csv, row 2', reason: "the row doesn't have all of Daylio's columns" }]);
  });
});

describe("Daylio's .daylio backup", () => {
  const backupJson = fixture('daylio-backup.json');
  const base64 = new TextEncoder().encode(Buffer.from(backupJson).toString('base64'));
  const read = parsed(readDaylioBackup(base64));

  it('reads each day entry at its moment, with the mood named as the person named it, activities and words', () => {
    expect(read.entries.map(({ createdAt, moodName, tags, text }) => ({ createdAt, moodName, tags, text }))).toEqual([
      { createdAt: '2024-03-08T18:00:17.000Z', moodName: 'meh+', tags: ['walk'], text: 'A little better than meh.' },
      { createdAt: '2024-03-07T21:15:17.000Z', moodName: 'awful', tags: ['work', 'bad sleep'], text: "Couldn't settle tonight." },
      {
        createdAt: '2024-03-06T08:02:17.000Z',
        moodName: 'super',
        tags: [],
        text: 'Morning\n\nWoke early.\nMade tea and sat by the window, watching the "first" light.',
      },
      { createdAt: '2024-03-05T12:30:17.000Z', moodName: 'good', tags: ['friends', 'walk'], text: '' },
      { createdAt: '2024-03-05T07:45:17.000Z', moodName: 'meh', tags: ['reading'], text: '**Bold** start\nsecond line' },
    ]);
  });

  it("lists the moods met best first with Daylio's own groups, a renamed one in its group", () => {
    expect(read.moods).toEqual([
      { name: 'super', group: 1 },
      { name: 'good', group: 2 },
      { name: 'meh+', group: 3 },
      { name: 'meh', group: 3 },
      { name: 'awful', group: 5 },
    ]);
  });

  it('skips the entry with no readable date and counts the photos left out', () => {
    expect(read.skipped).toEqual([{ where: 'Daylio entry 6', reason: "the date couldn't be read" }]);
    expect(read.leftOut).toEqual({ photos: 2 });
  });

  it('gives an entry the same id as the same entry in the CSV export, so both together add it once', () => {
    const csv = parsed(readDaylioCsv(fixture('daylio-export.csv'), 'daylio-export.csv'));
    const backupIds = new Set(read.entries.map((e) => e.sourceId));
    expect(csv.entries.map((e) => e.sourceId).filter((id) => backupIds.has(id))).toHaveLength(csv.entries.length);
  });

  it('uses Daylio\'s five mood names when the backup lists no moods', () => {
    const bare = JSON.stringify({ dayEntries: [{ datetime: 1700408759432, mood: 4, note: 'x', tags: [] }] });
    const reading = parsed(readDaylioBackup(new TextEncoder().encode(btoa(bare))));
    expect(reading.entries[0]?.moodName).toBe('bad');
    expect(reading.moods).toEqual([{ name: 'bad', group: 4 }]);
  });
});
