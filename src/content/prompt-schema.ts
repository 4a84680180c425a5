// The one place a step kind is defined. Runs at build time only (the compiler);
// the browser imports the types, never this code.
import { z } from 'zod';

const label = z.string().trim().min(1, 'needs a label').max(200);
const shortText = z.string().trim().min(1).max(140);

export const TextPromptSchema = z.strictObject({
  kind: z.literal('text'),
  /** The question the person answers; their answer is also kept in the journal. */
  label,
  /** An example shown faintly in the empty box. */
  placeholder: z.string().max(200).optional(),
  /**
   * Optional: `thinnest-circle` shows, above the box, the circle of the person's
   * belonging map with the fewest warm connections, as a place to start.
   */
  belonging: z.literal('thinnest-circle').optional(),
});

const zeroToTen = z.number().int().min(0).max(10);
const stepId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a step id: lowercase words joined by dashes');

/**
 * Where on the scale someone may be having a very hard time. A rating there shows
 * the calm care card (help now, and one small step toward people). A counsellor
 * sets it per prompt: the hard end is not always 10.
 */
export const CareSchema = z
  .strictObject({
    /** The card shows at this number and above, e.g. 9 for "how strong is the urge to hide". */
    atLeast: zeroToTen.optional(),
    /** The card shows at this number and below, e.g. 2 for "how are you feeling". */
    atMost: zeroToTen.optional(),
  })
  .refine((care) => care.atLeast !== undefined || care.atMost !== undefined, {
    message: 'needs atLeast or atMost, for example care: { atLeast: 9 }',
  });

export const RatingPromptSchema = z.strictObject({
  kind: z.literal('rating'),
  label,
  /** Words at 0. */
  low: shortText,
  /** Words at 10. */
  high: shortText,
  /** Optional: the numbers at which the care card appears. */
  care: CareSchema.optional(),
  /**
   * Optional: the id of an earlier rating step in the same practice that asked the
   * same thing. The step then shows both numbers ("Before: 8. Now: 5."). The
   * compiler checks the step exists, comes earlier and is a rating.
   */
  compareTo: stepId.optional(),
});

export const ChecklistPromptSchema = z.strictObject({
  kind: z.literal('checklist'),
  label,
  /** The things a person can tick, 2 to 10. */
  items: z.array(shortText).min(2, 'needs at least 2 items').max(10, 'has more than 10 items'),
  /**
   * Optional: `reach-out` offers, under the list, the safe people on the
   * person's belonging map, each with "I reached out today", which the map keeps.
   */
  belonging: z.literal('reach-out').optional(),
});

/** The lists a practice's list can feed (see `feeds`). */
export const LIST_FEEDS = ['safe-people', 'circles', 'strengths', 'valued'] as const;

export const ListPromptSchema = z
  .strictObject({
    kind: z.literal('list'),
    label,
    /** What one item is called, e.g. "A person". */
    itemLabel: shortText,
    /** How many items are suggested at least. */
    min: z.number().int().min(0).max(20).default(1),
    /** The most items the list takes. */
    max: z.number().int().min(1).max(20).default(12),
    /** Examples a person can tap to add. */
    suggestions: z.array(shortText).max(12).default([]),
    /**
     * Optional: the list kept elsewhere that this list reads from and writes to.
     * `safe-people` and `circles`: the belonging map (what is added appears on the
     * map, and what is on the map is offered here); `strengths` and `valued`: the
     * lists on the Strengths screen.
     */
    feeds: z.enum(LIST_FEEDS).optional(),
  })
  .refine((p) => p.min <= p.max, { message: 'min is larger than max', path: ['min'] });

export const GoalPromptSchema = z.strictObject({
  kind: z.literal('goal'),
  label,
  /** The goal proposed, which the person can edit before adding it. */
  title: shortText,
  /** A proposed "why it matters to me". */
  why: z.string().trim().max(280).optional(),
  /** Small steps, 2 to 8. */
  steps: z.array(shortText).min(2, 'needs at least 2 steps').max(8, 'has more than 8 steps'),
});

export const PausePromptSchema = z.strictObject({
  kind: z.literal('pause'),
  label,
  /** How long the pause lasts. */
  seconds: z.number().int().min(10).max(300),
});

export const PromptSchema = z.discriminatedUnion('kind', [
  TextPromptSchema,
  RatingPromptSchema,
  ChecklistPromptSchema,
  ListPromptSchema,
  GoalPromptSchema,
  PausePromptSchema,
]);

export type Prompt = z.infer<typeof PromptSchema>;
export type PromptKind = Prompt['kind'];
export type TextPrompt = z.infer<typeof TextPromptSchema>;
export type RatingPrompt = z.infer<typeof RatingPromptSchema>;
export type Care = z.infer<typeof CareSchema>;
export type ChecklistPrompt = z.infer<typeof ChecklistPromptSchema>;
export type ListPrompt = z.infer<typeof ListPromptSchema>;
export type ListFeed = NonNullable<ListPrompt['feeds']>;
export type GoalPrompt = z.infer<typeof GoalPromptSchema>;
export type PausePrompt = z.infer<typeof PausePromptSchema>;

/** Every step kind, read from the schema above: nothing to keep in step by hand. */
export const PROMPT_KINDS: readonly PromptKind[] = PromptSchema.options.map((option) => option.shape.kind.value);
