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

/** What a recipe returns to draw the page's screen as it shows with nothing of the person's for it yet. */
export const NOTHING_YET = 'nothing yet';
/** The id of that screen's template, when the page has one. */
export const NOTHING_YET_TEMPLATE = 'early-paint-nothing-yet';

export type Recipe = {
  /** What to read: a collection's every value, or (byAddress) the one the address names. */
  reads: readonly { collection: string; byAddress?: boolean }[];
  /**
   * The template's fill from what was read (in the order of `reads`); NOTHING_YET
   * for the page's nothing-yet template; or null to draw nothing.
   */
  fill: (stored: readonly (readonly unknown[])[], page: PageFacts) => Fill | typeof NOTHING_YET | null;
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
