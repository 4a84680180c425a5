// What a person entered at one step of a practice, by the kind of the step.
import { z } from 'zod/mini';
import { recordId, zeroToTen } from './record-fields';

export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('rating'), value: zeroToTen }),
  z.object({ kind: z.literal('checklist'), checked: z.array(z.string()) }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({
    kind: z.literal('goal'),
    title: z.string(),
    why: z.string(),
    steps: z.array(z.string()),
    /** Set once the person adds it to their goals. */
    goalId: z.nullable(recordId),
    /** The person chose not to make it a goal this time. */
    isSkipped: z.boolean(),
  }),
  z.object({ kind: z.literal('pause'), isDone: z.boolean() }),
]);
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

export const AnswersSchema = z.record(z.string(), AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;
