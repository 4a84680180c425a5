// The people and groups on the belonging map: which circle each is in, whether
// they are a safe person, whether the connection feels warm, and when the person
// last reached out to them.
// Store name "belonging-people" and the v1 format are frozen; change only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine, mergeValue } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, calendarDay, LIMITS, practiceSource, recordId } from '../engine/record-fields';

export const PersonSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  /** A person ("Sam") or a group ("Saturday football"), in the person's words. */
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.listItem)),
  /** The circle they are in; null until the person places them. */
  circleId: z.nullable(recordId),
  /** Someone who treats the person with care: offered when they want to reach out. */
  isSafe: z.boolean(),
  /** The connection feels warm now. A circle with one warm connection counts as held. */
  isWarm: z.boolean(),
  /** The last day the person reached out to them. */
  lastReachedOut: z.nullable(calendarDay),
  /** The practice run they were first named in, if any. */
  source: practiceSource,
});
export type Person = z.infer<typeof PersonSchema>;

/** The later of two days (or the one there is). */
const laterDay = (_base: string | null | undefined, mine: string | null, theirs: string | null) =>
  mine === null ? theirs : theirs === null ? mine : mine > theirs ? mine : theirs;

export const peopleCollection = defineCollection({
  name: 'belonging-people', // frozen: it names the database on people's devices
  label: { one: 'person on your map', many: 'people on your map' },
  schema: PersonSchema,
  defaults: { circleId: null, isSafe: false, isWarm: true, lastReachedOut: null, source: null },
  // Two different new names can't be combined: both are kept and the person
  // chooses, as in the journal. Marks and places combine (the later change);
  // a reach-out recorded anywhere is kept: the later day.
  merge: {
    name: mergeValue,
    circleId: mergePreferMine,
    isSafe: mergePreferMine,
    isWarm: mergePreferMine,
    lastReachedOut: laterDay,
    source: mergePreferMine,
  },
});

