import { useEffect, useState } from 'react';
import { afterFirstPaint } from '../../lib/after-first-paint';

export type PracticeOverview = {
  /** Module id to the zero-based step the person is on. */
  inProgress: Record<string, number>;
  /** Module id to how many times it has been finished. */
  timesDone: Record<string, number>;
};

const EMPTY: PracticeOverview = { inProgress: {}, timesDone: {} };

// Imported when needed: storage code then loads after the first screen, not before it.
const loadStorage = () =>
  Promise.all([import('../../storage/progress'), import('../../storage/completions')]);

async function readOverview(): Promise<PracticeOverview> {
  const [{ progress }, { completions }] = await loadStorage();
  const [runs, done] = await Promise.all([progress.loadAll(), completions.loadAll()]);
  const timesDone: Record<string, number> = {};
  for (const completion of done)
    timesDone[completion.moduleId] = (timesDone[completion.moduleId] ?? 0) + 1;
  return {
    inProgress: Object.fromEntries(runs.map((run) => [run.moduleId, run.currentStep])),
    timesDone,
  };
}

/**
 * Where the person is in each practice. The library shows at once and fills this
 * in a moment later, so storage code isn't needed before the first screen.
 */
export function usePracticeOverview(): PracticeOverview {
  const [overview, setOverview] = useState(EMPTY);
  useEffect(() => {
    let isCurrent = true;
    const stops: (() => void)[] = [];
    const refresh = () => void readOverview().then((next) => isCurrent && setOverview(next));
    // The first paint comes first; badges and "pick up where you left off" follow.
    stops.push(
      afterFirstPaint(() => {
        refresh();
        void loadStorage().then(([{ progress }, { completions }]) => {
          if (isCurrent) stops.push(progress.onChange(refresh), completions.onChange(refresh));
        });
      }, 300),
    );
    return () => {
      isCurrent = false;
      for (const stop of stops) stop();
    };
  }, []);
  return overview;
}
