// The journal: what a person writes, free or from a practice prompt.
// Store name "journal" and the v1 format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { defineCollection, nowIso } from './collection';
import { baseFields, recordId, zeroToTen } from './record-fields';

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
  text: z.string().check(z.maxLength(200_000)),
  mood: z.nullable(zeroToTen),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(60))),
  link: z.nullable(JournalLinkSchema),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export const journalCollection = defineCollection<JournalEntry>({
  name: 'journal',
  schema: JournalEntrySchema,
});

export const journal = {
  loadAll: () => journalCollection.loadAll(),
  get: (id: string) => journalCollection.get(id),
  save: (entry: JournalEntry) => journalCollection.save(entry),
  remove: (id: string) => journalCollection.remove(id),
  onChange: journalCollection.onChange,
};

export function newJournalEntry(
  fields: Pick<JournalEntry, 'id' | 'text'> & Partial<Pick<JournalEntry, 'mood' | 'tags' | 'link'>>,
): JournalEntry {
  const now = nowIso();
  return {
    schemaVersion: 1,
    createdAt: now,
    updatedAt: now,
    mood: null,
    tags: [],
    link: null,
    ...fields,
  };
}
