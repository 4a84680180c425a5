import { useStoresAfterPaint } from '../../lib/use-stores-after-paint';
import { QUIET_WEEK, yourWeekLine, type WeekFacts } from './your-week';

// Imported when needed: storage code then loads after the first screen, not before it.
async function loadStores() {
  const [{ recordStore }, { completionsCollection }, { goalsCollection }, checkIns] =
    await Promise.all([
      import('../../state/record-store'),
      import('../../storage/collections/completions'),
      import('../../storage/collections/goals'),
      import('../../state/check-ins'),
    ]);
  return {
    done: recordStore(completionsCollection),
    goals: recordStore(goalsCollection),
    checkIns: checkIns.checkInRecords,
    feelingsFrom: checkIns.feelingsFrom,
  };
}

type Stores = Awaited<ReturnType<typeof loadStores>>;

const watched = ({ done, goals, checkIns }: Stores) => [done, goals, checkIns];

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

/** The line, once every store it reads is ready. */
function lineOf(stores: Stores): string | undefined {
  if (watched(stores).some((s) => s.getState().phase !== 'ready')) return undefined;
  return yourWeekLine(factsOf(stores));
}

/**
 * The "your week" line. The home screen shows the quiet line at once (it is
 * what the prerendered page holds) and fills in the person's week a moment later.
 */
export function useYourWeek(): string {
  // Later than the practice badges: those say where to resume, this can wait.
  return useStoresAfterPaint(QUIET_WEEK, loadStores, watched, lineOf, 1500);
}
