// Records for the summary's tests, each some days before today at a given hour
// of the reader's own day, so "in the last 4 weeks" means the same in any time zone.
import { checkInsCollection, type FeelingWord } from '../../src/storage/collections/check-ins';
import { completionsCollection } from '../../src/storage/collections/completions';
import { goalsCollection } from '../../src/storage/collections/goals';
import { journalCollection } from '../../src/storage/collections/journal';
import { put } from './stored';

/** A moment `days` days before today, at `hour` o'clock local time. */
export function daysAgo(days: number, hour = 10): string {
  const moment = new Date();
  moment.setHours(hour, 0, 0, 0);
  moment.setDate(moment.getDate() - days);
  return moment.toISOString();
}

export async function putEntry(id: string, text: string, days: number, mood: number | null = null) {
  const at = daysAgo(days);
  await put(journalCollection, { ...journalCollection.create({ id, text }), mood, createdAt: at, updatedAt: at });
}

export async function putCheckIn(id: string, value: number, days: number, words: FeelingWord[] = []) {
  const at = daysAgo(days);
  await put(checkInsCollection, { ...checkInsCollection.create({ id, value, words }), createdAt: at, updatedAt: at });
}

export async function putPracticeDone(id: string, moduleId: string, days: number, before: number, after: number) {
  const at = daysAgo(days, 11);
  await put(completionsCollection, {
    ...completionsCollection.create({ id, moduleId, runId: `run-${id}`, answers: {}, startedAt: daysAgo(days, 10), completedAt: at, feelingBefore: before }),
    feelingAfter: after,
    createdAt: at,
    updatedAt: at,
  });
}

/** A goal with steps, each ticked that many days ago (null: still to do). */
export async function putGoal(id: string, title: string, steps: [text: string, tickedDaysAgo: number | null][]) {
  await put(goalsCollection, {
    ...goalsCollection.create({ id, title }),
    steps: steps.map(([text, days], n) => ({ id: `${id}-step-${n}`, text, doneAt: days === null ? null : daysAgo(days, 12), note: '', date: null })),
  });
}
