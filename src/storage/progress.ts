// A practice in progress: which step, and the answers so far. One record per
// module (key = module id); it is removed when the practice is finished or reset.
// Store name "progress" and the v1 format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { AnswersSchema } from './answers';
import { defineCollection } from './collection';
import { baseFields, isoDateTime, recordId } from './record-fields';

export const ProgressSchema = z.object({
  schemaVersion: z.literal(1),
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
});

export const progress = {
  loadAll: () => progressCollection.loadAll(),
  get: (moduleId: string) => progressCollection.get(moduleId),
  save: (record: Progress) => progressCollection.save(record),
  /** Synchronous copy for when the page is closing. */
  saveOnLeave: (record: Progress) => progressCollection.saveOnLeave(record),
  remove: (moduleId: string) => progressCollection.remove(moduleId),
  onChange: progressCollection.onChange,
};
