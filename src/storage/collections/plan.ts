// My safety plan: seven short lists in the person's own words, kept for the
// moment things get hard. One record per line (like the strengths), so two
// devices adding lines never collide; and one record of the plan's choices
// (the country whose crisis lines it shows, when it was last looked over).
// Store names "plan" and "plan-settings" and the v1 formats are frozen; change
// only with a migration.
import { z } from 'zod/mini';
import { mergePreferMine } from '../../lib/merge';
import { defineCollection } from '../engine/collection';
import { baseFields, compareTimes, freshRecord, isoDateTime, LIMITS } from '../engine/record-fields';

/** The plan's sections, in the order they are read on a hard day. */
export const PLAN_SECTIONS = [
  'warning-signs',
  'on-my-own',
  'distractions',
  'people',
  'professionals',
  'safer-place',
  'reasons',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** The sections whose lines are people to call or text, each with a number. */
export const CONTACT_SECTIONS = ['people', 'professionals'] as const satisfies readonly PlanSection[];
export const isContactSection = (section: PlanSection) =>
  (CONTACT_SECTIONS as readonly PlanSection[]).includes(section);

/** Room for an international number with spaces and an extension. */
export const PHONE_MAX = 40;

export const PlanItemSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  section: z.enum(PLAN_SECTIONS),
  /** The person's words: a sign, a thing to do, a name. */
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.listItem)),
  /** For people and professionals: the number a tap calls or texts; empty until given. */
  phone: z.string().check(z.maxLength(PHONE_MAX)),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const planCollection = defineCollection({
  name: 'plan', // frozen: it names the database on people's devices
  label: { one: 'line of your safety plan', many: 'lines of your safety plan' },
  schema: PlanItemSchema,
  defaults: { phone: '' },
  // A line or a number, retyped in a moment: the later change wins.
  merge: { text: mergePreferMine, phone: mergePreferMine, section: mergePreferMine },
});

export const PLAN_SETTINGS_ID = 'plan-settings';

export const PlanSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  ...baseFields,
  /** The country whose crisis lines the plan shows, chosen once; null until chosen. */
  country: z.nullable(z.string().check(z.minLength(1), z.maxLength(40))),
  /** When the person last said they had looked the plan over. */
  reviewedAt: z.nullable(isoDateTime),
});
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;

/** The later of two times (or the one there is): a look-over on any device counts. */
const laterTime = (_base: string | null | undefined, mine: string | null, theirs: string | null) =>
  mine === null ? theirs : theirs === null ? mine : compareTimes(mine, theirs) >= 0 ? mine : theirs;

export const planSettingsCollection = defineCollection({
  name: 'plan-settings', // frozen: it names the database on people's devices
  label: { one: 'safety plan choice', many: 'safety plan choices' },
  schema: PlanSettingsSchema,
  merge: { country: mergePreferMine, reviewedAt: laterTime },
});

export function defaultPlanSettings(): PlanSettings {
  return { ...freshRecord(1), id: PLAN_SETTINGS_ID, country: null, reviewedAt: null };
}
