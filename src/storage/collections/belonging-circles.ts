// The circles of the belonging map. Seven circles are always there (DEFAULT_CIRCLES,
// never stored until renamed: a stored record with a default's id is its new
// name); the person's own circles are stored with ids of their own.
// Store name "belonging-circles", the default ids and the v1 format are frozen;
// change only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine, mergeValue } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, LIMITS, practiceSource } from '../engine/record-fields';

/** The circles everyone starts with, in the order the map shows them. Ids are frozen. */
export const DEFAULT_CIRCLES = [
  { id: 'family', name: 'Family' },
  { id: 'friends', name: 'Friends' },
  { id: 'work-study', name: 'Work or study' },
  { id: 'hobby', name: 'Hobby or club' },
  { id: 'community', name: 'Community or volunteering' },
  { id: 'online', name: 'Online' },
  { id: 'other', name: 'Other' },
] as const;

export const CircleSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  /** What the person calls this circle. */
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.circleName)),
  /** True for a circle the person added; false for a renamed default. */
  isOwn: z.boolean(),
  /** The practice run it was first named in, if any. */
  source: practiceSource,
});
export type Circle = z.infer<typeof CircleSchema>;

export const circlesCollection = defineCollection({
  name: 'belonging-circles', // frozen: it names the database on people's devices
  label: { one: 'circle', many: 'circles' },
  schema: CircleSchema,
  defaults: { isOwn: true, source: null },
  // Two different new names can't be combined: both are kept and the person chooses.
  // A default circle is first stored when renamed, so two tabs renaming it at once
  // each create it: it stays the first one made.
  merge: {
    name: mergeValue,
    isOwn: mergePreferMine,
    source: mergePreferMine,
    createdAt: (_base, _mine, theirs) => theirs,
  },
});

