// A practice in progress: which step, and the answers so far. One record per
// module (key = module id); it is removed when the practice is finished or reset.
// Store name "progress" and each format are frozen; change only with a migration.
// Format 2: written answers live in the journal (see answers.ts); list answers
// keep the words typed in their "Add" box. Format 3: the check-in before the
// practice, and list answers that name records on the belonging map or in the
// strengths lists (refs).
import { z } from 'zod/mini';
import { AnswersSchema } from './answers';
import { defineCollection } from '../engine/collection';
import { mergeRun, runMigrations } from './practice-runs';
import { baseFields, isoDateTime, recordId, zeroToTen } from '../engine/record-fields';

export const ProgressSchema = z.object({
  schemaVersion: z.literal(3),
  ...baseFields,
  moduleId: recordId,
  runId: recordId,
  /** Zero-based index of the step the person is on. */
  currentStep: z.number().check(z.int(), z.gte(0)),
  startedAt: isoDateTime,
  answers: AnswersSchema,
  /**
   * The optional check-in as the practice began: how the person felt, 0 to 10;
   * 'skipped' when they chose not to say; null while not asked (or turned off).
   */
  feelingBefore: z.nullable(z.union([zeroToTen, z.literal('skipped')])),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Two tabs that each started this practice: one run, the first one's. */
const theirs = <V>(_base: V | undefined, _mine: V, stored: V) => stored;

export const progressCollection = defineCollection({
  defaults: { currentStep: 0, answers: {}, feelingBefore: null },
  name: 'progress',
  label: { one: 'practice in progress', many: 'practices in progress' },
  schema: ProgressSchema,
  migrations: runMigrations,
  // Two tabs on one run never lose an answer: each step merges on its own.
  merge: (base, mine, stored) =>
    mergeRun(base, mine, stored, { runId: theirs, startedAt: theirs, createdAt: theirs }),
});
