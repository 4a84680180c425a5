import { useMemo } from 'react';
import type { Goal } from '../../storage/collections/goals';
import { goalRecords } from './goals-store';

/** Every goal as the store holds it (read it inside a LoadGate). */
export function useGoals(): Goal[] {
  const records = goalRecords.use((state) => state.records);
  return useMemo(() => [...records.values()], [records]);
}

/** One goal by id, or undefined when there is none. */
export function useGoal(id: string): Goal | undefined {
  return goalRecords.use((state) => state.records.get(id));
}
