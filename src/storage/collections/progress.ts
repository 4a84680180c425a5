// A practice in progress: which step, and the answers so far. One record per
// module (key = module id); it is removed when the practice is finished or reset.
// Store name "progress" and each format are frozen; change only with a migration.
// Format 2: written answers live in the journal (see answers.ts); list answers
// keep the words typed in their "Add" box.
import { z } from 'zod/mini';
import { mergeFields, mergePreferMine, CONFLICT } from '../../lib/merge';
import { mergeAnswers } from '../answer-merge';
import { AnswersSchema, migrateAnswersFrom1 } from '../answers';
import { defineCollection } from '../collection';
import { baseFields, isoDateTime, recordId } from '../record-fields';

export const ProgressSchema = z.object({
  schemaVersion: z.literal(2),
  ...baseFields,
  moduleId: recordId,
  runId: recordId,
  /** Zero-based index of the step the person is on. */
  currentStep: z.number().check(z.int(), z.gte(0)),
  startedAt: isoDateTime,
  answers: AnswersSchema,
});
export type Progress = z.infer<typeof ProgressSchema>;

export const progressCollection = defineCollection<Progress>({
  name: 'progress',
  schema: ProgressSchema,
  version: 2,
  migrations: {
    1: (raw) => ({ ...raw, schemaVersion: 2, answers: migrateAnswersFrom1(String(raw.runId), raw.answers) }),
  },
  // Two tabs on one run never lose an answer: each step merges on its own.
  merge: (base, mine, theirs) => {
    const merged = mergeFields(base, mine, theirs, {
      answers: (b, m, t) => mergeAnswers(b, m, t),
      currentStep: mergePreferMine,
      updatedAt: (_b, m) => m,
      // Two tabs that each started this practice: one run, the first one's.
      runId: (_b, _m, t) => t,
      startedAt: (_b, _m, t) => t,
      createdAt: (_b, _m, t) => t,
    });
    return merged === CONFLICT ? null : merged;
  },
});
