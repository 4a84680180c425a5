// Runs in the browser: plain code over the prompt's types, no zod.
import type { Care } from './prompt-schema';

/** True when a rating falls where the content says someone may be having a very hard time. */
export function isInCareRange(care: Care | undefined, value: number | null | undefined): boolean {
  if (!care || value === null || value === undefined) return false;
  return (
    (care.atLeast !== undefined && value >= care.atLeast) ||
    (care.atMost !== undefined && value <= care.atMost)
  );
}
