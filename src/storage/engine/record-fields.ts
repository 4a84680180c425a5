// Fields every stored record shares, as zod/mini schemas (small enough to ship).
import { z } from 'zod/mini';

/**
 * Key prefixes that mark what is not a record (a tombstone, a value set aside).
 * Frozen: stored data and older backups use them. No record id may start with one.
 */
export const RESERVED_KEY_PREFIXES = ['~deleted~', '~set-aside~'] as const;

/** The latest moment a record may carry: far past any real clock, far enough from year 10000
 * that a change made after it (a millisecond later, each time) still has a four-digit year. */
export const LATEST_TIME = Date.parse('2999-12-31T23:59:59.999Z');
/** The earliest: the start of the clock computers count from. */
export const EARLIEST_TIME = 0;

/** True for a moment a record could really have been written at. */
export function isPossibleTime(value: string): boolean {
  const time = Date.parse(value);
  return time >= EARLIEST_TIME && time <= LATEST_TIME;
}

/** A moment, as toISOString writes it; checked as a real time, not by its length. */
export const isoDateTime = z.iso.datetime({ offset: true }).check(
  z.refine(isPossibleTime, { message: 'its time is not one a record could have (before 1970 or after 2999)' }),
);

/** True for an id that could be a record's key: never a marker's prefix, never a path's "." or "..". */
export function isUsableId(id: string): boolean {
  return id !== '.' && id !== '..' && !RESERVED_KEY_PREFIXES.some((prefix) => id.startsWith(prefix));
}

export const recordId = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine(isUsableId, { message: 'its id is one Mend keeps for its own markers' }),
);
/** A calendar day, YYYY-MM-DD, with no time zone. */
export const calendarDay = z.iso.date();

export const baseFields = {
  id: recordId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const zeroToTen = z.number().check(z.int(), z.gte(0), z.lte(10));

/** The most a person can write in one place, and the limits their fields say out loud. */
export const LIMITS = {
  entryText: 200_000,
  tag: 60,
  listItem: 200,
  goalTitle: 200,
  goalWhy: 2000,
  stepText: 500,
  note: 1000,
  /** The one line a quick check-in can carry. */
  checkInNote: 200,
  /** A circle's name on the belonging map. */
  circleName: 80,
} as const;

/** Time order of two stored timestamps: negative when a is earlier. */
export function compareTimes(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/**
 * Now, or just after `previous` when the clock says otherwise: a change always
 * sorts last. Never past the latest time a record may carry, so the change saves.
 */
export function nextUpdatedAt(previous: string | null | undefined, now = Date.now()): string {
  const after = previous ? Date.parse(previous) + 1 : Number.NEGATIVE_INFINITY;
  return new Date(Math.min(LATEST_TIME, Math.max(now, after))).toISOString();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** What every new record starts with: its format, and now as both its times. */
export function freshRecord<V extends number>(schemaVersion: V) {
  const now = nowIso();
  return { schemaVersion, createdAt: now, updatedAt: now };
}

/**
 * The practice run a record on the belonging map or in the strengths lists was
 * first written in, or null when the person added it on that screen.
 */
export const practiceSource = z.nullable(z.object({ moduleId: recordId, runId: recordId }));
export type PracticeSource = z.infer<typeof practiceSource>;
