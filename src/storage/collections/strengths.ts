// Strengths and kindnesses: three lists a person keeps to read on a hard day.
// Fed by the "Remember your worth" practice and edited on their own screen.
// Store name "strengths", the list names and the v1 format are frozen; change
// only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine, mergeValue } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, LIMITS, practiceSource } from '../engine/record-fields';

/** strengths; evidence of being valued (kind things people said or did); small wins. */
export const STRENGTH_LISTS = ['strengths', 'valued', 'wins'] as const;
export type StrengthList = (typeof STRENGTH_LISTS)[number];

export const StrengthSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  /** Which of the three lists it is on. */
  list: z.enum(STRENGTH_LISTS),
  /** The person's words. */
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.listItem)),
  /** The practice run it was first written in, if any. */
  source: practiceSource,
});
export type Strength = z.infer<typeof StrengthSchema>;

export const strengthsCollection = defineCollection({
  name: 'strengths', // frozen: it names the database on people's devices
  label: { one: 'strength or kind word', many: 'strengths and kind words' },
  schema: StrengthSchema,
  defaults: { source: null },
  // Two different new texts for one line can't be combined: both are kept and
  // the person chooses on the Strengths screen, as in the journal.
  merge: { text: mergeValue, list: mergePreferMine, source: mergePreferMine },
});

