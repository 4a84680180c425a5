import { useMemo } from 'react';
import type { Goal } from '../../storage/collections/goals';
import { draftRecords } from '../../state/drafts-store';
import { useLoaded } from '../../state/use-loaded';
import { groupGoals } from './goal-order';
import { goalRecords } from './goals-store';

/** Every goal, sorted into active, completed and archived (read it inside a LoadGate). */
export function useGoalGroups() {
  const records = goalRecords.use((state) => state.records);
  return useMemo(() => groupGoals([...records.values()]), [records]);
}

/** One goal by id, or undefined when there is none. */
export function useGoal(id: string): Goal | undefined {
  return goalRecords.use((state) => state.records.get(id));
}

/**
 * Goals, and the drafts a goal screen may offer back (a goal being written, a
 * note on a ticked step), read before the screen shows. Drafts that can't be
 * read don't hold the goals back.
 */
export function useGoalScreenPhase() {
  const goalsPhase = useLoaded(goalRecords);
  const draftsPhase = useLoaded(draftRecords);
  return draftsPhase === 'ready' || draftsPhase === 'unreadable' ? goalsPhase : 'loading';
}
