import { useEffect, useState } from 'react';
import { afterFirstPaint } from '../../lib/after-first-paint';
import { QUIET_WEEK, yourWeekLine, type WeekFacts } from './your-week';

// Imported when needed: storage code then loads after the first screen, not before it.
async function loadStores() {
  const [{ recordStore }, { completionsCollection }, { goalsCollection }, checkIns] =
    await Promise.all([
      import('../../storage/record-store'),
      import('../../storage/collections/completions'),
      import('../../storage/collections/goals'),
      import('../../storage/check-ins'),
    ]);
  return {
    done: recordStore(completionsCollection),
    goals: recordStore(goalsCollection),
    checkIns: checkIns.checkInRecords,
    feelingsFrom: checkIns.feelingsFrom,
  };
}

type Stores = Awaited<ReturnType<typeof loadStores>>;

function factsOf({ done, goals, checkIns, feelingsFrom }: Stores): WeekFacts {
  const completions = [...done.getState().records.values()];
  const stepsTicked: string[] = [];
  for (const goal of goals.getState().records.values()) {
    for (const step of goal.steps) if (step.doneAt) stepsTicked.push(step.doneAt);
  }
  const feelings = feelingsFrom(checkIns.getState().records.values(), completions);
  return {
    practicesDone: completions.map((c) => c.completedAt),
    stepsTicked,
    latest: feelings.at(-1) ?? null,
  };
}

/**
 * The "your week" line. The home screen shows the quiet line at once (it is
 * what the prerendered page holds) and fills in the person's week a moment later.
 */
export function useYourWeek(): string {
  const [line, setLine] = useState(QUIET_WEEK);
  useEffect(() => {
    let isCurrent = true;
    const stops: (() => void)[] = [];
    stops.push(
      afterFirstPaint(() => {
        void loadStores().then((stores) => {
          if (!isCurrent) return;
          const refresh = () => {
            const { done, goals, checkIns } = stores;
            if ([done, goals, checkIns].some((s) => s.getState().phase !== 'ready')) return;
            setLine(yourWeekLine(factsOf(stores)));
          };
          stops.push(
            stores.done.subscribe(refresh),
            stores.goals.subscribe(refresh),
            stores.checkIns.subscribe(refresh),
          );
          void Promise.all([stores.done.load(), stores.goals.load(), stores.checkIns.load()]).then(
            refresh,
          );
        });
        // Later than the practice badges: those say where to resume, this can wait.
      }, 1500),
    );
    return () => {
      isCurrent = false;
      for (const stop of stops) stop();
    };
  }, []);
  return line;
}
