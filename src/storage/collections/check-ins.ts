// Quick check-ins from the home screen: how the person feels, 0 to 10, with
// optional words for it and an optional line. (Check-ins before and after a
// practice live with the practice run: see progress.ts and completions.ts.)
// Store name "check-ins" and the v1 format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine, mergeWordLists } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, LIMITS, zeroToTen } from '../engine/record-fields';

/** Words a person can pick for how they feel, in the order they are offered. */
export const FEELING_WORDS = [
  'hurt',
  'lonely',
  'left out',
  'rejected',
  'angry',
  'ashamed',
  'numb',
  'hopeful',
  'calm',
] as const;
export type FeelingWord = (typeof FEELING_WORDS)[number];

export const CheckInSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  /** How the person feels, 0 (very low) to 10 (really good). */
  value: zeroToTen,
  /** Words for the feeling, from FEELING_WORDS, in that order. */
  words: z.array(z.enum(FEELING_WORDS)),
  /** An optional line about it. */
  note: z.string().check(z.maxLength(LIMITS.checkInNote)),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

export const checkInsCollection = defineCollection({
  name: 'check-ins', // frozen: it names the database on people's devices
  label: { one: 'check-in', many: 'check-ins' },
  schema: CheckInSchema,
  defaults: { words: [], note: '' },
  // A check-in is written in the moment, in the tab that made it: words picked
  // in two places are all kept; for the number and the line, the later change.
  merge: {
    value: mergePreferMine,
    note: mergePreferMine,
    words: (b, m, t) => FEELING_WORDS.filter((word) => mergeWordLists(b, m, t).includes(word)),
  },
});

