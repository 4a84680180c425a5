import { use } from 'react';
import type { Goal } from '../../storage/goals';
import { useGoalsStore } from './goals-store';

/** Every goal; suspends the first time, until they are loaded from storage. */
export function useGoals(): Goal[] {
  use(useGoalsStore.getState().load());
  return useGoalsStore((state) => state.goals);
}

/** One goal by id, or undefined when there is none; suspends like useGoals. */
export function useGoal(id: string): Goal | undefined {
  use(useGoalsStore.getState().load());
  return useGoalsStore((state) => state.goals.find((goal) => goal.id === id));
}
