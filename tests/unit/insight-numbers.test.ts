import { describe, expect, it } from 'vitest';
import {
  describeChange,
  practiceChanges,
  seriesFor,
  signed,
  type Done,
  type Point,
} from '../../src/lib/insight-numbers';
import { feelingsFrom } from '../../src/state/check-ins';
import { checkInsCollection } from '../../src/storage/collections/check-ins';
import type { Completion } from '../../src/storage/collections/completions';

/** A moment on a local calendar day, so day grouping is the same in every time zone. */
const at = (day: string, hour = 9) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, hour).toISOString();
};
const TODAY = '2026-11-23';

function completion(
  moduleId: string,
  before: number | null,
  after: number | null,
  day = '2026-11-20',
): Completion {
  return {
    schemaVersion: 3,
    id: `${moduleId}-${day}-${before}-${after}`,
    createdAt: at(day, 10),
    updatedAt: at(day, 10),
    moduleId,
    runId: `run-${moduleId}-${day}`,
    startedAt: at(day, 10),
    completedAt: at(day, 11),
    answers: {},
    feelingBefore: before,
    feelingAfter: after,
  };
}

describe('the insight numbers', () => {
  it('have nothing to show when nothing was given, and say so rather than show zeros', () => {
    expect(seriesFor([], 'week', TODAY)).toBeNull();
    expect(seriesFor([], 'all', TODAY)).toBeNull();
    expect(practiceChanges([])).toEqual([]);
  });

  it('show one check-in as one point, named by its day', () => {
    const series = seriesFor([{ at: at('2026-11-20'), value: 6 }], 'all', TODAY);
    expect(series).toMatchObject({ grain: 'day', count: 1, low: 6, high: 6, average: 6 });
    expect(series!.buckets).toEqual([{ start: '2026-11-20', average: 6, count: 1 }]);
  });

  it('keep only the days of the range, and average two check-ins on one day', () => {
    const points: Point[] = [
      { at: at('2026-10-01'), value: 2 },
      { at: at('2026-11-17'), value: 8 },
      { at: at('2026-11-22', 8), value: 3 },
      { at: at('2026-11-22', 20), value: 6 },
    ];
    const week = seriesFor(points, 'week', TODAY)!;
    expect(week.buckets).toEqual([
      { start: '2026-11-17', average: 8, count: 1 },
      { start: '2026-11-22', average: 4.5, count: 2 },
    ]);
    expect(week).toMatchObject({ count: 3, low: 3, high: 8, average: 5.7 });
    expect(seriesFor(points, 'month', TODAY)!.count).toBe(3);
    expect(seriesFor(points, 'all', TODAY)!.count).toBe(4);
  });

  it('gather two years of daily check-ins into weeks, and longer into months', () => {
    const points: Point[] = [];
    for (let i = 0; i < 700; i++) {
      const d = new Date(2026, 10, 23 - i, 9);
      points.push({ at: d.toISOString(), value: i % 11 });
    }
    const all = seriesFor(points, 'all', TODAY)!;
    expect(all.grain).toBe('week');
    expect(all.count).toBe(700);
    expect(all.buckets.length).toBeGreaterThan(95);
    expect(all.buckets.length).toBeLessThan(105);
    expect(all.buckets.every((b) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const longer = seriesFor([{ at: at('2023-01-05'), value: 4 }, ...points], 'all', TODAY)!;
    expect(longer.grain).toBe('month');
    expect(longer.buckets[0]!.start).toBe('2023-01-01');
  });

  it('count check-ins before and after a practice with the quick ones, and leave out skipped ones', () => {
    const quick = { ...checkInsCollection.create({ id: 'c1', value: 4 }), createdAt: at('2026-11-21') };
    const feelings = feelingsFrom(
      [quick],
      [completion('reframing', 3, 6), completion('reframing', null, 7, '2026-11-22')],
    );
    expect(feelings.map((f) => [f.value, f.from.kind])).toEqual([
      [3, 'before'],
      [6, 'after'],
      [4, 'check-in'],
      [7, 'after'],
    ]);
  });

  it('average the change from before to after only over the times with both check-ins', () => {
    const done: Done[] = [
      completion('reframing', 3, 6),
      completion('reframing', 4, 5, '2026-11-21'),
      completion('reframing', null, 8, '2026-11-22'),
      completion('reframing', 5, null, '2026-11-23'),
    ];
    expect(practiceChanges(done)).toEqual([
      { moduleId: 'reframing', timesDone: 4, timesCompared: 2, averageChange: 2 },
    ]);
    expect(describeChange('Look at the story again', practiceChanges(done)[0]!)).toBe(
      'Look at the story again: +2.0 on average, twice with check-ins (done 4 times).',
    );
  });

  it('describe a practice done once, with and without check-ins, kindly', () => {
    const [once] = practiceChanges([completion('boundaries', 2, 5)]);
    expect(once).toEqual({
      moduleId: 'boundaries',
      timesDone: 1,
      timesCompared: 1,
      averageChange: 3,
    });
    expect(describeChange('Protect your energy', once!)).toBe(
      'Protect your energy: +3.0 on average, once.',
    );
    const [skipped] = practiceChanges([completion('boundaries', null, null)]);
    expect(skipped!.averageChange).toBeNull();
    expect(describeChange('Protect your energy', skipped!)).toBe(
      'Protect your energy: done once. Check in before and after next time to see how it changes things.',
    );
  });

  it('write a fall with a real minus sign and no change as words', () => {
    expect(signed(2.1)).toBe('+2.1');
    expect(signed(-0.5)).toBe('\u22120.5');
    expect(signed(0)).toBe('no change');
    const [same] = practiceChanges([completion('goals', 5, 5)]);
    expect(describeChange('Goals', same!)).toBe('Goals: no change on average, once.');
  });
});
