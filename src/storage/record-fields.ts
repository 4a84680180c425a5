// Fields every stored record shares, as zod/mini schemas (small enough to ship).
import { z } from 'zod/mini';

/** A moment, as toISOString writes it; checked as a real time, not by its length. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const recordId = z.string().check(z.minLength(1), z.maxLength(200));
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

/** Now, or just after `previous` when the clock says otherwise: a change always sorts last. */
export function nextUpdatedAt(previous: string | null | undefined, now = Date.now()): string {
  const after = previous ? Date.parse(previous) + 1 : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now, after)).toISOString();
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
