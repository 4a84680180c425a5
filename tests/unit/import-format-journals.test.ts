import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDayOne, withoutMoments } from '../../src/features/imports/formats/dayone';
import { readJourney } from '../../src/features/imports/formats/journey';
import { parseJson } from '../../src/features/imports/formats/json-files';
import type { ImportReading, ParsedImport } from '../../src/features/imports/formats/parsed';

const json = (name: string, text: string) => ({ name, document: parseJson(text) });

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/imports/${name}`, 'utf8');

function parsed(reading: ImportReading): ParsedImport {
  if (!reading.ok) throw new Error(reading.reason);
  return reading.parsed;
}

describe("Day One's JSON export", () => {
  const read = parsed(readDayOne([json('Journal.json', fixture('dayone-journal.json'))]));

  it('reads each entry with its uuid, dates, Markdown words, tags and star, photo places taken out', () => {
    expect(read.source).toBe('dayone');
    expect(read.entries).toEqual([
      {
        sourceId: '5B1C2B0C0AE54ED8A5F1AD8E1D1E7A11',
        createdAt: '2023-06-01T07:30:00.000Z',
        updatedAt: '2023-06-02T08:00:00.000Z',
        text: '# Early start\n\nThe tomatoes are finally red.\n\nWatered everything before work.',
        tags: ['morning', 'garden'],
        moodName: null,
        starred: true,
      },
      {
        sourceId: '0A9B8C7D6E5F40312233445566778899',
        createdAt: '2023-06-03T21:10:00.000Z',
        updatedAt: '2023-06-03T21:12:30.000Z',
        text: 'Short one tonight. Tired but okay.\nA second line, with a list:\n\n- tea\n- bed\n\n2024. A back\\slash stays!',
        tags: [],
        moodName: null,
        starred: false,
      },
      {
        sourceId: 'ABCDEF0123456789ABCDEF0123456789',
        createdAt: '2023-06-05T09:00:00.500Z',
        updatedAt: '2023-06-05T09:00:00.500Z',
        text: 'Recorded a voice note and a clip by the river.',
        tags: ['river'],
        moodName: null,
        starred: false,
      },
    ]);
  });

  it('counts the photos left out, and skips a photo-only entry and one with no readable date, saying why', () => {
    expect(read.leftOut).toEqual({ photos: 2 });
    expect(read.skipped).toEqual([
      { where: 'Journal.json, entry 3', reason: "it holds only photos, which Mend doesn't bring in" },
      { where: 'Journal.json, entry 4', reason: "the date couldn't be read" },
    ]);
  });

  it('reads every journal in an export of several', () => {
    const second = JSON.stringify({ entries: [{ uuid: 'T1', creationDate: '2022-01-01T10:00:00Z', text: 'Travel journal' }] });
    const both = parsed(readDayOne([json('Journal.json', fixture('dayone-journal.json')), json('Travel.json', second)]));
    expect(both.entries.map((e) => e.sourceId)).toContain('T1');
    expect(both.entries).toHaveLength(4);
  });

  it('removes every kind of moment, and the blank lines they leave behind', () => {
    expect(withoutMoments('a\n\n![](dayone-moment://X)\n\n![caption](dayone-moment:/pdfAttachment/Y)\n\nb ![](dayone-moment:/video/Z)')).toBe('a\n\nb');
    expect(withoutMoments('keep ![a real image](https://example.org/a.png)')).toBe('keep ![a real image](https://example.org/a.png)');
  });
});

describe("Journey's JSON export", () => {
  const names = fs.readdirSync('tests/fixtures/imports/journey').sort();
  const read = parsed(readJourney(names.map((name) => json(name, fixture(`journey/${name}`)))));

  it('reads each entry file: its id, dates in milliseconds, HTML turned into words, tags and favourite', () => {
    expect(read.source).toBe('journey');
    expect(read.entries).toEqual([
      {
        sourceId: '1709546400000-3f9a1c2b7d4e5f60',
        createdAt: '2024-03-04T10:00:00.000Z',
        updatedAt: '2024-03-04T11:00:00.000Z',
        text: 'Cooked soup with my sister & we laughed a lot.\n\nThings to remember:\n\n- more *garlic*\n- less salt',
        tags: ['family', 'cooking'],
        moodName: null,
        starred: true,
      },
      {
        sourceId: '1709632800000-8e7d6c5b4a392817',
        createdAt: '2024-03-05T10:00:00.000Z',
        updatedAt: '2024-03-05T10:00:00.000Z',
        text: 'Plain words written the old way, *with* a little Markdown.',
        tags: [],
        moodName: null,
        starred: false,
      },
    ]);
  });

  it('skips the entry with no date_journal, says why, and counts the photo', () => {
    expect(read.skipped).toEqual([{ where: '1709719200000-0000111122223333.json', reason: "the date couldn't be read" }]);
    expect(read.leftOut).toEqual({ photos: 1 });
  });

  it('skips a file in the export that is not readable JSON, and reads the rest', () => {
    const reading = parsed(readJourney([json('broken.json', '{"date_journal": 17'), json('ok.json', '{"id":"a","date_journal":1709632800000,"text":"fine"}')]));
    expect(reading.entries.map((e) => e.text)).toEqual(['fine']);
    expect(reading.skipped).toEqual([{ where: 'broken.json', reason: "the file isn't a Journey entry Mend can read" }]);
  });
});
