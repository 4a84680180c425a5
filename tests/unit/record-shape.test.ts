// The painter's record checks are written from the collections' zod schemas at
// build time (shape-of.ts), and run without zod before the app (record-shape.ts).
// They must say what the schema says, for every collection the painter reads.
import { describe, expect, it } from 'vitest';
import { fitsShape } from '../../src/app/early-paint/record-shape';
import { shapeOf } from '../../src/app/early-paint/shape-of';
import { CompletionSchema } from '../../src/storage/collections/completions';
import { GoalSchema } from '../../src/storage/collections/goals';
import { JournalEntrySchema } from '../../src/storage/collections/journal';
import { realisticEntries } from '../support/realistic-entries';
import { realisticCompletions, realisticGoals } from '../support/realistic-goals';

const COLLECTIONS = [
  { name: 'journal', schema: JournalEntrySchema, records: realisticEntries(300, 3) },
  { name: 'goals', schema: GoalSchema, records: realisticGoals(40) },
  { name: 'completions', schema: CompletionSchema, records: realisticCompletions(40) },
] as const;

describe('a record’s shape, written from its schema', () => {
  it('takes every record the app writes, in each collection the painter reads', () => {
    for (const { name, schema, records } of COLLECTIONS) {
      const shape = shapeOf(schema);
      for (const record of records) {
        expect(schema.safeParse(record).success, name).toBe(true);
        expect(fitsShape(record, shape), `${name} ${record.id}`).toBe(true);
      }
    }
  });

  it('refuses what the schema refuses: another format, a field of the wrong type, a word the screen has no words for', () => {
    const [entry] = realisticEntries(1, 3);
    const [goal] = realisticGoals(1);
    const journal = shapeOf(JournalEntrySchema);
    const goals = shapeOf(GoalSchema);
    const refused = [
      [journal, { ...entry, schemaVersion: 3 }],
      [journal, { ...entry, mood: 11 }],
      [journal, { ...entry, mood: 2.5 }],
      [journal, { ...entry, tags: [''] }],
      [journal, { ...entry, link: { kind: 'goal', goalId: 'g-1' } }],
      [journal, { ...entry, createdAt: 'yesterday' }],
      [journal, { ...entry, text: undefined }],
      [goals, { ...goal, priority: 'urgent' }],
      [goals, { ...goal, steps: 'call, then write' }],
      [goals, { ...goal, targetDate: '2026-02-30' }],
      [goals, { sealed: 1, id: goal!.id, data: {} }],
    ] as const;
    for (const [shape, value] of refused) {
      expect(JournalEntrySchema.safeParse(value).success && GoalSchema.safeParse(value).success).toBe(false);
      expect(fitsShape(value, shape), JSON.stringify(value).slice(0, 120)).toBe(false);
    }
  });

  it('refuses every value under a keyword it does not know, rather than check by half', () => {
    expect(fitsShape('abc', { type: 'string' })).toBe(true);
    expect(fitsShape('abc', { type: 'string', contentEncoding: 'base64' })).toBe(false);
  });
});
