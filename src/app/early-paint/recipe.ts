// What an early-paint recipe is. Every record a recipe words from has first
// passed its collection's schema, as the build wrote it on the page (shape-of.ts,
// record-shape.ts), so nothing drawn is sealed, of another format, or shaped so
// that the words would come out wrong. The app's live screen replaces the page
// either way.
import type { PracticeNames } from '../../content/catalog';
import type { Fill } from './fill';

export type PageFacts = {
  /** The template's data-* attributes. */
  data: DOMStringMap;
  /**
   * The value as a record of the first collection read, when it has that
   * collection's shape in the format this build writes; else undefined (sealed by
   * the lock, another format, a field the app would refuse).
   */
  asStored: <T>(value: unknown) => T | undefined;
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

export function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null;
}

/** Whether a draft waits that the screen would offer first (or one sealed, that might be such a one). */
export function hasDraft(
  drafts: readonly unknown[],
  isOffered: (draft: StoredRecord) => boolean,
): boolean {
  return drafts.some((draft) => !isRecord(draft) || draft.sealed === 1 || isOffered(draft));
}
