// Each finished run of a practice, kept as history. Store name "completions" and
// each format are frozen; change only with a migration. Format 2: written
// answers live in the journal (see answers.ts). Format 3: the check-in before
// the practice, and list answers that name records elsewhere (refs).
import { z } from 'zod/mini';
import { AnswersSchema } from './answers';
import { defineCollection } from '../engine/collection';
import { mergeRun, runMigrations } from './practice-runs';
import { baseFields, isoDateTime, recordId, zeroToTen } from '../engine/record-fields';

export const CompletionSchema = z.object({
  schemaVersion: z.literal(3),
  ...baseFields,
  moduleId: recordId,
  runId: recordId,
  startedAt: isoDateTime,
  completedAt: isoDateTime,
  answers: AnswersSchema,
  /** The optional check-in as it began: how the person felt, 0 to 10; null if not given. */
  feelingBefore: z.nullable(zeroToTen),
  /** The optional check-in on the last screen: how the person feels now, 0 to 10. */
  feelingAfter: z.nullable(zeroToTen),
});
export type Completion = z.infer<typeof CompletionSchema>;

export const completionsCollection = defineCollection({
  name: 'completions',
  label: { one: 'finished practice', many: 'finished practices' },
  schema: CompletionSchema,
  defaults: { feelingAfter: null },
  migrations: runMigrations,
  merge: (base, mine, theirs) => mergeRun(base, mine, theirs),
});
