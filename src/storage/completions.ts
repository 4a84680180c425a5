// Each finished run of a practice, kept as history. Store name "completions" and
// the v1 format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { AnswersSchema } from './answers';
import { defineCollection } from './collection';
import { baseFields, isoDateTime, recordId, zeroToTen } from './record-fields';

export const CompletionSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  moduleId: recordId,
  runId: recordId,
  startedAt: isoDateTime,
  completedAt: isoDateTime,
  answers: AnswersSchema,
  /** The optional check-in on the last screen: how the person feels now, 0 to 10. */
  feelingAfter: z.nullable(zeroToTen),
});
export type Completion = z.infer<typeof CompletionSchema>;

export const completionsCollection = defineCollection<Completion>({
  name: 'completions',
  schema: CompletionSchema,
});

export const completions = {
  loadAll: () => completionsCollection.loadAll(),
  get: (id: string) => completionsCollection.get(id),
  save: (record: Completion) => completionsCollection.save(record),
  onChange: completionsCollection.onChange,
};
