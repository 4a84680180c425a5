// The journal: what a person writes, free, from a practice prompt (then it is
// the one copy of that answer), about a goal, or brought in from another app.
// Store name "journal" and each format are frozen; change only with a migration.
// Format 2 (decision 021): an entry remembers the app it was brought in from.
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

/** The apps Mend's importers read. Frozen names: stored entries carry them. */
export const IMPORT_APPS = ['daylio', 'dayone', 'journey', 'text', 'mend-markdown'] as const;
export type ImportApp = (typeof IMPORT_APPS)[number];

/** Where an entry was brought in from; its id is made from these, so the same file twice adds nothing. */
export const JournalSourceSchema = z.object({
  /** The app whose file it came from. */
  app: z.enum(IMPORT_APPS),
  /** The entry's own id in that file (the app's, else a hash of its date and words). */
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.listItem)),
  /** The import it came with: one import can be removed as a whole. */
  importId: recordId,
});
export type JournalSource = z.infer<typeof JournalSourceSchema>;

const entryFields = {
  ...baseFields,
  text: z.string().check(z.maxLength(LIMITS.entryText)),
  mood: z.nullable(zeroToTen),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(LIMITS.tag))),
  link: z.nullable(JournalLinkSchema),
};

export const JournalEntrySchema = z.object({
  schemaVersion: z.literal(2),
  ...entryFields,
  /** Null for what was written in Mend. */
  source: z.nullable(JournalSourceSchema),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/**
 * An entry as stored in either format: format 1 reads as format 2 with no
 * source, so whatever draws stored entries before the app (the early painter)
 * may draw both.
 */
export const StoredJournalEntrySchema = z.union([
  JournalEntrySchema,
  z.object({ schemaVersion: z.literal(1), ...entryFields }),
]);

export const journalCollection = defineCollection({
  name: 'journal',
  label: { one: 'entry', many: 'entries' },
  schema: JournalEntrySchema,
  defaults: { mood: null, tags: [], link: null, source: null },
  migrations: {
    1: (raw) => ({ ...raw, schemaVersion: 2, source: null }),
  },
  // Two versions of the words can't be combined: the person chooses (null).
  merge: {
    text: mergeValue,
    tags: (b, m, t) => mergeWordLists(b, m, t),
    mood: mergePreferMine,
    link: mergePreferMine,
    source: mergePreferMine,
  },
});

