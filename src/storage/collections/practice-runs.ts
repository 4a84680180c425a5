// What a practice in progress (progress) and a finished one (completions) share:
// the answers, their migrations (format 2: written words became a reference to the
// journal entry that holds them; format 3: a check-in before, and lists that name
// records elsewhere), and how two changes to one run combine.
import { mergePreferMine, mergeRecords } from '../../lib/merge';
import { mergeAnswers } from './answer-merge';
import { migrateAnswersFrom1, migrateAnswersFrom2, type Answers } from './answers';
import type { Migrations } from '../engine/record-reader';

export const runMigrations: Migrations = {
  1: (raw) => ({ ...raw, schemaVersion: 2, answers: migrateAnswersFrom1(String(raw.runId), raw.answers) }),
  // Format 3: a check-in before the practice (none asked before), and list
  // answers that can name records on the belonging map or in the strengths lists.
  2: (raw) => ({ ...raw, schemaVersion: 3, feelingBefore: null, answers: migrateAnswersFrom2(raw.answers) }),
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
