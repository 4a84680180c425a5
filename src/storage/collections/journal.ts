// The journal: what a person writes, free, from a practice prompt (then it is
// the one copy of that answer), or about a goal.
// Store name "journal" and the format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine, mergeValue, mergeWordLists } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, LIMITS, recordId, zeroToTen } from '../engine/record-fields';

export const JournalLinkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('practice'),
    moduleId: recordId,
    stepId: recordId,
    /** Which run of the practice: one practice can be done many times. */
    runId: recordId,
    /** The question it answered, as shown at the time. */
    prompt: z.string(),
  }),
  z.object({
    kind: z.literal('goal'),
    goalId: recordId,
    goalTitle: z.string(),
  }),
]);
export type JournalLink = z.infer<typeof JournalLinkSchema>;

export const JournalEntrySchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  text: z.string().check(z.maxLength(LIMITS.entryText)),
  mood: z.nullable(zeroToTen),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(LIMITS.tag))),
  link: z.nullable(JournalLinkSchema),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export const journalCollection = defineCollection({
  name: 'journal',
  label: { one: 'entry', many: 'entries' },
  schema: JournalEntrySchema,
  defaults: { mood: null, tags: [], link: null },
  // Two versions of the words can't be combined: the person chooses (null).
  merge: {
    text: mergeValue,
    tags: (b, m, t) => mergeWordLists(b, m, t),
    mood: mergePreferMine,
    link: mergePreferMine,
  },
});

