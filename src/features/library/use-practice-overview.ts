import { useStoresAfterPaint } from '../../lib/use-stores-after-paint';

export type PracticeOverview = {
  /** Module id to the zero-based step the person is on. */
  inProgress: Record<string, number>;
  /** Module id to how many times it has been finished. */
  timesDone: Record<string, number>;
};

const EMPTY: PracticeOverview = { inProgress: {}, timesDone: {} };

// Imported when needed: storage code then loads after the first screen, not before it.
async function loadStores() {
  const [{ recordStore }, { progressCollection }, { completionsCollection }] = await Promise.all([
    import('../../state/record-store'),
    import('../../storage/collections/progress'),
    import('../../storage/collections/completions'),
  ]);
  return { runs: recordStore(progressCollection), done: recordStore(completionsCollection) };
}

type Stores = Awaited<ReturnType<typeof loadStores>>;

const watched = ({ runs, done }: Stores) => [runs, done];

function overviewOf({ runs, done }: Stores): PracticeOverview {
  const timesDone: Record<string, number> = {};
  for (const completion of done.getState().records.values())
    timesDone[completion.moduleId] = (timesDone[completion.moduleId] ?? 0) + 1;
  const inProgress: Record<string, number> = {};
  for (const run of runs.getState().records.values()) inProgress[run.moduleId] = run.currentStep;
  return { inProgress, timesDone };
}

/**
 * Where the person is in each practice. The library shows at once and fills this
 * in a moment later, so storage code isn't needed before the first screen.
 */
export function usePracticeOverview(): PracticeOverview {
  // The first paint comes first; badges and "pick up where you left off" follow.
  return useStoresAfterPaint(EMPTY, loadStores, watched, overviewOf, 300);
}
