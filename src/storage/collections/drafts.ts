// Unfinished writing, saved while typing so a reload or a closed tab loses at
// most the last second: a journal entry, a goal being written or edited, a
// note on a ticked step, words waiting in an "Add" box, a version kept while
// the person chooses between two. Each editor in each tab has its own draft (see
// drafts-keys in the features), so two tabs never share one.
// Store name "drafts" and each format are frozen; change only with a migration.
// Format 1 was journal drafts only, keyed "journal:new" or "journal:<entry id>".
import { z } from 'zod/mini';
import { defineCollection } from '../engine/collection';
import { baseFields, calendarDay, isoDateTime, LIMITS, recordId, zeroToTen } from '../engine/record-fields';
import { JournalLinkSchema } from './journal';
import { PRIORITIES } from './goals';

const draftFields = {
  schemaVersion: z.literal(2),
  ...baseFields,
  /** The updatedAt of the record when this editing began, or null for a new one. */
  base: z.nullable(isoDateTime),
};

export const JournalDraftSchema = z.object({
  ...draftFields,
  kind: z.literal('journal'),
  text: z.string().check(z.maxLength(LIMITS.entryText)),
  mood: z.nullable(zeroToTen),
  tags: z.array(z.string()),
  /** A tag typed but not yet added: added on save. */
  typedTag: z.string(),
  link: z.nullable(JournalLinkSchema),
  /** The entry being written or edited. */
  entryId: recordId,
  isNew: z.boolean(),
});

export const GoalDraftSchema = z.object({
  ...draftFields,
  kind: z.literal('goal'),
  /** The goal being edited, or null for a new one. */
  goalId: z.nullable(recordId),
  title: z.string().check(z.maxLength(LIMITS.goalTitle)),
  why: z.string().check(z.maxLength(LIMITS.goalWhy)),
  steps: z.array(
    z.object({
      id: recordId,
      text: z.string().check(z.maxLength(LIMITS.stepText)),
      date: z.nullable(calendarDay),
    }),
  ),
  targetDate: z.nullable(calendarDay),
  priority: z.enum(PRIORITIES),
});

export const TickNoteDraftSchema = z.object({
  ...draftFields,
  kind: z.literal('tick-note'),
  goalId: recordId,
  stepId: recordId,
  note: z.string().check(z.maxLength(LIMITS.note)),
});

/**
 * Words typed into a box of their own, not yet added or saved: an "Add" box (a
 * person on the belonging map, a strength) or a short note (what helped a goal).
 */
export const TypedDraftSchema = z.object({
  ...draftFields,
  kind: z.literal('typed'),
  /** Which box, e.g. "belonging-person:family", "strength:wins" or "helped-note:<goal id>". */
  box: z.string().check(z.minLength(1), z.maxLength(200)),
  /** As long as the longest such box takes (a note); each box keeps its own limit on screen. */
  text: z.string().check(z.maxLength(LIMITS.note)),
});

/** The ranges a summary offers: the last 4 weeks, 3 months or year, or two days of the person's own. */
export const SUMMARY_RANGES = ['4-weeks', '3-months', 'year', 'custom'] as const;

/**
 * The choices made for a summary to print (its range, what it holds, the
 * journal entries ticked for it), kept so an interruption loses none of them.
 */
export const SummaryDraftSchema = z.object({
  ...draftFields,
  kind: z.literal('summary'),
  range: z.enum(SUMMARY_RANGES),
  /** The custom range's first and last day; kept while a preset is chosen, for going back to it. */
  from: z.nullable(calendarDay),
  to: z.nullable(calendarDay),
  include: z.object({ feelings: z.boolean(), practices: z.boolean(), goals: z.boolean() }),
  /** The journal entries ticked one by one to go in it. */
  entryIds: z.array(recordId),
});

/**
 * A change that met another made elsewhere (another tab, a closed one) and
 * couldn't be combined with it: kept here until the person chooses, so a
 * reload or a closed tab shows the same choice again. `base` is the updatedAt
 * of the other version it met.
 */
export const KeptVersionSchema = z.object({
  ...draftFields,
  kind: z.literal('kept-version'),
  /** The collection the record belongs to ("goals", "journal"). */
  collection: z.string().check(z.minLength(1), z.maxLength(100)),
  recordId,
  /** The whole record as this side left it: read by its own collection when offered back. */
  record: z.unknown(),
});

export const DraftSchema = z.discriminatedUnion('kind', [
  JournalDraftSchema,
  GoalDraftSchema,
  TickNoteDraftSchema,
  TypedDraftSchema,
  KeptVersionSchema,
  SummaryDraftSchema,
]);
export type Draft = z.infer<typeof DraftSchema>;
export type JournalDraft = z.infer<typeof JournalDraftSchema>;
export type GoalDraft = z.infer<typeof GoalDraftSchema>;
export type TickNoteDraft = z.infer<typeof TickNoteDraftSchema>;
export type TypedDraft = z.infer<typeof TypedDraftSchema>;
export type KeptVersion = z.infer<typeof KeptVersionSchema>;
export type SummaryDraft = z.infer<typeof SummaryDraftSchema>;

/**
 * Whether a draft holds a person's words (what Your data counts as unfinished
 * writing): all do but a summary's choices, which are choices, not writing.
 */
export const holdsWriting = (draft: Draft) => draft.kind !== 'summary';

/** What a summary's kept choices are called where drafts are counted. */
export const SUMMARY_CHOICES_LABEL = { one: 'set of choices for a summary', many: 'sets of choices for a summary' };

export const draftsCollection = defineCollection({
  name: 'drafts',
  label: { one: 'unfinished piece of writing', many: 'unfinished pieces of writing' },
  schema: DraftSchema,
  migrations: {
    1: (raw) => {
      const entryId = typeof raw.entryId === 'string' ? raw.entryId : null;
      return {
        ...raw,
        schemaVersion: 2,
        kind: 'journal',
        typedTag: '',
        base: null,
        // A new entry's draft had no entry id yet: it gets the draft's own.
        entryId: entryId ?? `draft-${String(raw.id).replace(/[^a-z0-9-]/gi, '')}-${Date.parse(String(raw.createdAt)) || 0}`,
        isNew: entryId === null,
      };
    },
  },
  // A draft belongs to one editor in one tab: the latest words win.
  merge: (_base, mine) => mine,
});
