// What a practice in progress (progress) and a finished one (completions) share:
// the answers, their format-1 migration (written words became a reference to the
// journal entry that holds them), and how two changes to one run combine.
import { mergePreferMine, mergeRecords } from '../lib/merge';
import { mergeAnswers } from './answer-merge';
import { migrateAnswersFrom1, type Answers } from './answers';
import type { Migrations } from './record-reader';

export const runMigrations: Migrations = {
  1: (raw) => ({ ...raw, schemaVersion: 2, answers: migrateAnswersFrom1(String(raw.runId), raw.answers) }),
};

type Run = { updatedAt: string; answers: Answers };

/** Answers merge step by step; any other field named here, as given; the rest, the later change. */
export function mergeRun<T extends Run>(base: T | null, mine: T, theirs: T, fields: Parameters<typeof mergeRecords<T>>[3] = {}) {
  const others = Object.fromEntries(
    Object.keys(mine)
      .filter((key) => key !== 'answers' && key !== 'updatedAt')
      .map((key) => [key, mergePreferMine]),
  );
  return mergeRecords(base, mine, theirs, {
    ...others,
    answers: (b, m, t) => mergeAnswers(b as Answers | undefined, m as Answers, t as Answers),
    ...fields,
  } as Parameters<typeof mergeRecords<T>>[3]);
}
