// What falls in a summary's days, from the records as they are stored. Pure, so
// the page and its tests read the same things. A record belongs to the day the
// person lived it, in their own time zone.
import { practiceChanges, seriesBetween, type PracticeChange, type Series } from '../../lib/insight-numbers';
import { addDays, daysBetween, localCalendarDay } from '../../lib/relative-day';
import { feelingsFrom } from '../../state/check-ins';
import { FEELING_WORDS, type CheckIn, type FeelingWord } from '../../storage/collections/check-ins';
import type { Completion } from '../../storage/collections/completions';
import type { Goal } from '../../storage/collections/goals';
import type { JournalEntry } from '../../storage/collections/journal';
import type { Days } from './summary-range';

export const isInDays = (at: string, { from, to }: Days) => {
  const day = localCalendarDay(new Date(at));
  return day >= from && day <= to;
};

/** A goal with the steps ticked in the days, oldest tick first; `completedAt` if it was finished then. */
export type GoalInDays = { id: string; title: string; steps: { id: string; text: string; doneAt: string }[]; completedAt: string | null };

/** How the person felt in these days: quick check-ins and the practices' before and after. */
export function feelingsIn(checkIns: Iterable<CheckIn>, done: Iterable<Completion>, days: Days): Series | null {
  return seriesBetween(feelingsFrom(checkIns, done), days.from, days.to);
}

/** The words for the feeling picked with the check-ins of some days: how often in each part of them, and in all. */
export type FeelingWordsInDays = {
  /** The days read whole, or their two halves when they are longer than a few weeks. */
  parts: Days[];
  checkIns: number;
  /** The check-ins with at least one word picked. */
  withWords: number;
  /** Each word picked, the most often first (ties in the order they are offered). */
  words: { word: FeelingWord; counts: number[]; total: number }[];
};

/** Up to a month is read as a whole; longer, in two halves, to show how the words changed. */
const READ_WHOLE_UP_TO = 31;

export function feelingWordsIn(checkIns: Iterable<CheckIn>, days: Days): FeelingWordsInDays {
  const length = daysBetween(days.from, days.to) + 1;
  const firstHalfEnds = addDays(days.from, Math.ceil(length / 2) - 1);
  const parts =
    length > READ_WHOLE_UP_TO
      ? [
          { from: days.from, to: firstHalfEnds },
          { from: addDays(firstHalfEnds, 1), to: days.to },
        ]
      : [days];
  const counts = new Map<FeelingWord, number[]>();
  let found = 0;
  let withWords = 0;
  for (const checkIn of checkIns) {
    const day = localCalendarDay(new Date(checkIn.createdAt));
    const part = parts.findIndex(({ from, to }) => day >= from && day <= to);
    if (part === -1) continue;
    found += 1;
    if (checkIn.words.length > 0) withWords += 1;
    for (const word of checkIn.words) {
      const row = counts.get(word) ?? parts.map(() => 0);
      row[part] = (row[part] ?? 0) + 1;
      counts.set(word, row);
    }
  }
  const words = FEELING_WORDS.flatMap((word) => {
    const row = counts.get(word);
    return row ? [{ word, counts: row, total: row.reduce((a, b) => a + b, 0) }] : [];
  }).sort((a, b) => b.total - a.total);
  return { parts, checkIns: found, withWords, words };
}

/** Each practice finished in these days, with its average change from before to after. */
export function practicesIn(done: Iterable<Completion>, days: Days): PracticeChange[] {
  return practiceChanges([...done].filter((run) => isInDays(run.completedAt, days)));
}

/** The goals with a step ticked (or the goal finished) in these days, the latest first. */
export function goalsIn(goals: Iterable<Goal>, days: Days): GoalInDays[] {
  const found: (GoalInDays & { latest: string })[] = [];
  for (const goal of goals) {
    const steps = goal.steps
      .filter((step): step is typeof step & { doneAt: string } => step.doneAt !== null && isInDays(step.doneAt, days))
      .map(({ id, text, doneAt }) => ({ id, text, doneAt }))
      .sort((a, b) => (a.doneAt < b.doneAt ? -1 : 1));
    const completedAt = goal.completedAt !== null && isInDays(goal.completedAt, days) ? goal.completedAt : null;
    if (steps.length === 0 && completedAt === null) continue;
    const latest = [completedAt ?? '', ...steps.map((step) => step.doneAt)].reduce((a, b) => (a > b ? a : b));
    found.push({ id: goal.id, title: goal.title, steps, completedAt, latest });
  }
  return found.sort((a, b) => (a.latest < b.latest ? 1 : -1)).map(({ latest: _, ...goal }) => goal);
}

/** The journal entries written in these days, newest first. */
export function entriesIn(entries: Iterable<JournalEntry>, days: Days): JournalEntry[] {
  return [...entries]
    .filter((entry) => isInDays(entry.createdAt, days))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
