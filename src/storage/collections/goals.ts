// Small goals and their steps. Store name "goals" and the v1 format are frozen;
// change only with a migration.
import { z } from 'zod/mini';
import {
  mergeById,
  mergeFields,
  mergePreferMine,
  mergeValue,
  type Merged,
} from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, calendarDay, isoDateTime, LIMITS, recordId } from '../engine/record-fields';

export const GoalStepSchema = z.object({
  id: recordId,
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.stepText)),
  /** When it was ticked; null while still to do. */
  doneAt: z.nullable(isoDateTime),
  /** The optional "how did it go?" line written when ticking. */
  note: z.string().check(z.maxLength(LIMITS.note)),
  /** A day the person chose for this step, for the calendar file. */
  date: z.nullable(calendarDay),
});
export type GoalStep = z.infer<typeof GoalStepSchema>;

export const GoalEventSchema = z.object({
  id: recordId,
  at: isoDateTime,
  kind: z.enum(['ticked', 'unticked', 'completed', 'reopened', 'archived', 'restored']),
  stepId: z.nullable(recordId),
  stepText: z.string(),
  note: z.string(),
});
export type GoalEvent = z.infer<typeof GoalEventSchema>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const GoalSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  title: z.string().check(z.minLength(1), z.maxLength(LIMITS.goalTitle)),
  why: z.string().check(z.maxLength(LIMITS.goalWhy)),
  steps: z.array(GoalStepSchema),
  targetDate: z.nullable(calendarDay),
  priority: z.enum(PRIORITIES),
  status: z.enum(['active', 'completed', 'archived']),
  completedAt: z.nullable(isoDateTime),
  history: z.array(GoalEventSchema),
  /** The practice run that proposed it, if any. */
  link: z.nullable(z.object({ kind: z.literal('practice'), moduleId: recordId, runId: recordId })),
});
export type Goal = z.infer<typeof GoalSchema>;
export type GoalPriority = Goal['priority'];

const mergeStep = (base: GoalStep | undefined, mine: GoalStep, theirs: GoalStep): Merged<GoalStep> =>
  mergeFields(base ?? null, mine, theirs, { doneAt: mergePreferMine, date: mergePreferMine });

export const goalsCollection = defineCollection({
  name: 'goals',
  label: { one: 'goal', many: 'goals' },
  schema: GoalSchema,
  defaults: {
    why: '',
    steps: [],
    targetDate: null,
    priority: 'medium',
    status: 'active',
    completedAt: null,
    history: [],
    link: null,
  },
  // A tick in one tab and an edit in another both stay; two different titles
  // (or whys, or step words) can't be combined, so the person chooses (null).
  merge: {
    title: mergeValue,
    why: mergeValue,
    steps: (b, m, t) => mergeById(b, m, t, mergeStep),
    history: (b, m, t) => mergeById(b, m, t, mergePreferMine),
    targetDate: mergePreferMine,
    priority: mergePreferMine,
    status: mergePreferMine,
    completedAt: mergePreferMine,
    link: mergePreferMine,
  },
});

