import { describe, expect, it } from 'vitest';
import {
  filterEntries,
  EMPTY_FILTERS,
  queryWords,
} from '../../src/features/journal/filter-entries';
import { excerptOf, matchRanges } from '../../src/features/journal/highlight';
import { journalCollection } from '../../src/storage/collections/journal';

const marked = (text: string, query: string) =>
  matchRanges(text, queryWords(query)).map(([start, end]) => text.slice(start, end));

describe('finding words in an entry', () => {
  it('matches without caring about case or accents, and marks the original letters', () => {
    expect(marked('Coffee at the Café, then a naïve hope.', 'cafe NAIVE')).toEqual([
      'Café',
      'naïve',
    ]);
    expect(marked('A cafe and a CAFÉ', 'café')).toEqual(['cafe', 'CAFÉ']);
  });

  it('keeps accents written as separate marks with their letter', () => {
    const decomposed = 'cafe\u0301 au lait';
    expect(marked(decomposed, 'cafe')).toEqual(['cafe\u0301']);
    expect(marked(`Zoe\u0308 and Zoë`, 'zoe')).toEqual(['Zoe\u0308', 'Zoë']);
  });

  it('finds text after emoji and letters that change length when normalised', () => {
    const text = '🌧️ İstanbul, then the ﬁrst walk';
    expect(marked(text, 'istanbul')).toEqual(['İstanbul']);
    expect(marked(text, 'walk')).toEqual(['walk']);
  });

  it('merges overlapping matches into one mark', () => {
    expect(marked('walking', 'walk king')).toEqual(['walking']);
  });

  it('shows the start of a long entry, or a window around a match further in', () => {
    const long = `${'Quiet day. '.repeat(40)}Then I met Zoë at the café.`;
    const start = excerptOf(long, []);
    expect(start.text.length).toBeLessThanOrEqual(200);
    expect(start.isCutAtEnd).toBe(true);
    const around = excerptOf(long, queryWords('cafe'));
    expect(around.isCutAtStart).toBe(true);
    expect(around.text).toContain('café');
    const [range] = around.ranges;
    expect(around.text.slice(range![0], range![1])).toBe('café');
  });
});

describe('filtering entries', () => {
  const at = (
    id: string,
    day: string,
    fields: Partial<Parameters<typeof journalCollection.create>[0]> = {},
  ) => {
    const entry = journalCollection.create({ id, text: id, ...fields });
    entry.createdAt = entry.updatedAt = `${day}T12:00:00.000Z`;
    return entry;
  };
  const entries = [
    at('walk by the river', '2026-05-03', { tags: ['walking'] }),
    at('a letter to me', '2026-04-20', {
      link: {
        kind: 'practice',
        moduleId: 'self-worth',
        stepId: 'write-to-yourself-as-a-friend',
        runId: 'r',
        prompt: 'p',
      },
    }),
    at('call gran', '2026-03-01', { link: { kind: 'goal', goalId: 'g', goalTitle: 'Call Gran' } }),
  ];
  const ids = (filters: Partial<typeof EMPTY_FILTERS>) =>
    filterEntries(entries, { ...EMPTY_FILTERS, ...filters }).map((e) => e.id);

  it('returns the same list when nothing is asked', () => {
    expect(filterEntries(entries, EMPTY_FILTERS)).toBe(entries);
  });

  it('filters by tag, by where it was written, and by an inclusive date range', () => {
    expect(ids({ tag: 'walking' })).toEqual(['walk by the river']);
    expect(ids({ source: 'practice:self-worth' })).toEqual(['a letter to me']);
    expect(ids({ source: 'goal' })).toEqual(['call gran']);
    expect(ids({ source: 'free' })).toEqual(['walk by the river']);
    expect(ids({ from: '2026-04-20', to: '2026-05-03' })).toEqual([
      'walk by the river',
      'a letter to me',
    ]);
    expect(ids({ from: '2026-05-03', to: '2026-04-20' })).toEqual([
      'walk by the river',
      'a letter to me',
    ]);
  });

  it('searches tags too, and narrowing then widening a search gives the right entries', () => {
    expect(ids({ query: 'WALKING' })).toEqual(['walk by the river']);
    expect(ids({ query: 'l' })).toEqual(['walk by the river', 'a letter to me', 'call gran']);
    expect(ids({ query: 'le' })).toEqual(['a letter to me']);
    expect(ids({ query: 'l' })).toEqual(['walk by the river', 'a letter to me', 'call gran']);
    expect(ids({ query: 'l', tag: 'walking' })).toEqual(['walk by the river']);
  });
});
