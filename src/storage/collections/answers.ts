// What a person entered at one step of a practice, by the kind of the step.
// The kinds are the content's prompt kinds: a test checks the two lists agree.
// Written words are not kept here: a text answer names the journal entry that
// holds them, so the journal and the practice show one text, whichever is edited.
import { z } from 'zod/mini';
import { LIMITS, recordId, zeroToTen } from '../engine/record-fields';

export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    /** The journal entry holding the words. */
    entryId: recordId,
    /** Words from format 1 not yet handed to the journal; cleared once they are. */
    adopt: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('rating'), value: zeroToTen }),
  z.object({ kind: z.literal('checklist'), checked: z.array(z.string()) }),
  z.object({
    kind: z.literal('list'),
    items: z.array(z.string().check(z.maxLength(LIMITS.listItem))),
    /** Words in the "Add" box, not yet added: kept, and added when the person moves on. */
    typed: z.string().check(z.maxLength(LIMITS.listItem)),
    /**
     * For a list that feeds the belonging map or the strengths lists (its prompt's
     * `feeds`): the records there that hold its words, in order. The words live in
     * those records, the one place they are kept; `items` then stays empty.
     */
    refs: z.array(recordId),
  }),
  z.object({
    kind: z.literal('goal'),
    title: z.string().check(z.maxLength(LIMITS.goalTitle)),
    why: z.string().check(z.maxLength(LIMITS.goalWhy)),
    steps: z.array(z.string().check(z.maxLength(LIMITS.stepText))),
    /** Set once the person adds it to their goals. */
    goalId: z.nullable(recordId),
    /** The person chose not to make it a goal this time. */
    isSkipped: z.boolean(),
  }),
  z.object({ kind: z.literal('pause'), isDone: z.boolean() }),
]);
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];
export type AnswerOf<K extends AnswerKind> = Extract<Answer, { kind: K }>;

export const AnswersSchema = z.record(z.string(), AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;

/** The journal entry that holds a practice run's written answer at one step. */
export function practiceEntryId(runId: string, stepId: string): string {
  return `practice-${runId}-${stepId}`;
}

/** Format 1 kept the words in the answer: they become a reference, the words kept to adopt. */
export function migrateAnswersFrom1(runId: string, answers: unknown): unknown {
  if (typeof answers !== 'object' || answers === null) return answers;
  return Object.fromEntries(
    Object.entries(answers).map(([stepId, answer]) => {
      if (typeof answer !== 'object' || answer === null) return [stepId, answer];
      const old = answer as { kind?: unknown; text?: unknown };
      if (old.kind === 'text') {
        const words = typeof old.text === 'string' && old.text.trim() !== '' ? { adopt: old.text } : {};
        return [stepId, { kind: 'text', entryId: practiceEntryId(runId, stepId), ...words }];
      }
      if (old.kind === 'list') return [stepId, { typed: '', ...old }];
      return [stepId, answer];
    }),
  );
}

/** Format 2 lists had no references to records elsewhere: they start with none. */
export function migrateAnswersFrom2(answers: unknown): unknown {
  if (typeof answers !== 'object' || answers === null) return answers;
  return Object.fromEntries(
    Object.entries(answers).map(([stepId, answer]) => {
      const old = answer as { kind?: unknown } | null;
      return [stepId, old?.kind === 'list' ? { refs: [], ...old } : answer];
    }),
  );
}
