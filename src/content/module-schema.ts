// What a content author fills in (frontmatter) and what the compiler hands the app.
// Runs at build time only; the browser imports the types.
import { z } from 'zod';
import { PromptSchema } from './prompt-schema.ts';

export const SITUATIONS = ['romantic', 'friends', 'family', 'work-school', 'online', 'creative'] as const;
export const SituationSchema = z.enum(SITUATIONS);
export type Situation = z.infer<typeof SituationSchema>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes');

export const ModuleFrontmatterSchema = z.strictObject({
  /** Same as the file name, e.g. reconnection. */
  id: slug,
  /** Shown on the card and at the top of the module. */
  title: z.string().trim().min(1).max(60),
  /** One line under the title. */
  summary: z.string().trim().min(1).max(200),
  /** A fair estimate of how long it takes. */
  minutes: z.number().int().min(1).max(60),
  /** Which kinds of rejection it helps with. */
  situations: z.array(SituationSchema).min(1, 'needs at least one situation'),
  /** Position in the library, smallest first. */
  order: z.number().int().min(0).max(1000),
  /** Other modules worth trying next. */
  related: z.array(slug).default([]),
  /** How someone might feel when this is the right place to start, in their words. */
  feeling: z.string().trim().min(1).max(80),
  /**
   * Shown in the library's list, search and "what feels hardest" chooser. Set false
   * for a practice with its own way in (first aid has its own button on the home screen).
   */
  listed: z.boolean().default(true),
});
export type ModuleFrontmatter = z.infer<typeof ModuleFrontmatterSchema>;

export const StepSchema = z.object({
  /**
   * Stable within the module: from the heading, unique. Answers in progress are
   * stored under it, so a renamed heading keeps its old id with "{#old-id}".
   */
  id: slug,
  title: z.string().min(1),
  /** Sanitised HTML, produced at build time. */
  html: z.string(),
  /** The same prose as plain text, for search. */
  text: z.string(),
  prompt: PromptSchema.optional(),
});
export type Step = z.infer<typeof StepSchema>;

export const ModuleSchema = ModuleFrontmatterSchema.extend({
  whatItIs: z.string().min(1),
  whyItWorks: z.string().min(1),
  warning: z.string().min(1),
  steps: z.array(StepSchema).min(1),
});
export type Module = z.infer<typeof ModuleSchema>;

/** What the library needs to list and search modules without loading them. */
export type ModuleSummary = ModuleFrontmatter & {
  stepCount: number;
  /** Each step's id and title, so other screens can name a step without loading the module. */
  steps: { id: string; title: string }[];
};

export const PageFrontmatterSchema = z.strictObject({
  id: slug,
  title: z.string().trim().min(1).max(80),
  summary: z.string().trim().min(1).max(240),
});

export type Page = z.infer<typeof PageFrontmatterSchema> & { html: string };
