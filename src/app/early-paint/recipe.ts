// What an early-paint recipe is, and the checks each one makes of what it read.
// The checks are light on purpose (no zod here: this code runs before the app,
// on a slow phone): enough that nothing drawn is sealed, of another format, or
// shaped so that the words would come out wrong. The app's live screen replaces
// the page either way.
import type { PracticeNames } from '../../content/catalog';
import type { Fill } from './fill';

export type PageFacts = {
  /** The template's data-* attributes. */
  data: DOMStringMap;
  /** The one format of the first collection read that may be drawn. */
  format: number;
  search: URLSearchParams;
  /** The reader's calendar day. */
  today: string;
  findPractice: (id: string) => PracticeNames | undefined;
};

export type Recipe = {
  /** What to read: a collection's every value, or (byAddress) the one the address names. */
  reads: readonly { collection: string; byAddress?: boolean }[];
  /** The template's fill from what was read (in the order of `reads`), or null to draw nothing. */
  fill: (stored: readonly (readonly unknown[])[], page: PageFacts) => Fill | null;
};

export type StoredRecord = { readonly [field: string]: unknown };

/** A stored value in the format this build writes; undefined when sealed by the lock, of another format, or not a record. */
export function inFormat(value: unknown, format: number): StoredRecord | undefined {
  return isRecord(value) && value.schemaVersion === format ? value : undefined;
}

export function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

export function isText(value: unknown): value is string {
  return typeof value === 'string';
}

export function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null;
}

/** A check for each field a recipe words from. */
export type FieldChecks = Readonly<Record<string, (value: unknown) => boolean>>;

/** Whether each named field of a stored record passes its check. */
export function hasFields(record: StoredRecord, checks: FieldChecks): boolean {
  return Object.entries(checks).every(([field, check]) => check(record[field]));
}

/** Whether a draft waits that the screen would offer first (or one sealed, that might be such a one). */
export function hasDraft(
  drafts: readonly unknown[],
  isOffered: (draft: StoredRecord) => boolean,
): boolean {
  return drafts.some((draft) => !isRecord(draft) || draft.sealed === 1 || isOffered(draft));
}
