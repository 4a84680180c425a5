import { completions } from '../../storage/completions';
import { progress } from '../../storage/progress';

export type PracticeOverview = {
  /** Module id to the zero-based step the person is on. */
  inProgress: Record<string, number>;
  /** Module id to how many times it has been finished. */
  timesDone: Record<string, number>;
};

/** Where the person is in each practice, read fresh each time the library opens. */
export async function libraryLoader(): Promise<PracticeOverview> {
  const [runs, done] = await Promise.all([progress.loadAll(), completions.loadAll()]);
  const timesDone: Record<string, number> = {};
  for (const completion of done)
    timesDone[completion.moduleId] = (timesDone[completion.moduleId] ?? 0) + 1;
  return {
    inProgress: Object.fromEntries(runs.map((run) => [run.moduleId, run.currentStep])),
    timesDone,
  };
}
