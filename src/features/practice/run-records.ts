// A practice run's records: the run in progress (one per module, keyed by it) and,
// once finished, the run kept in the history as a completion of its own.
import { newId } from '../../lib/ids';
import type { Answers } from '../../storage/collections/answers';
import { completionsCollection, type Completion } from '../../storage/collections/completions';
import { progressCollection, type Progress } from '../../storage/collections/progress';
import { nowIso } from '../../storage/engine/record-fields';

export function newRun(moduleId: string): Progress {
  return progressCollection.create({ id: moduleId, moduleId, runId: newId(), startedAt: nowIso() });
}

/** The run as the history keeps it, with its final answers; a skipped check-in is kept as none. */
export function finishedRun(run: Progress, answers: Answers): Completion {
  return completionsCollection.create({
    id: newId(),
    moduleId: run.moduleId,
    runId: run.runId,
    startedAt: run.startedAt,
    completedAt: nowIso(),
    answers,
    feelingBefore: typeof run.feelingBefore === 'number' ? run.feelingBefore : null,
  });
}
