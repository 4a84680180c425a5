import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Goal } from '../../storage/collections/goals';
import { LoadGate } from '../../ui/load-gate';
import { NotFoundScreen } from '../../ui/not-found-screen';
import { goalRecords } from './goals-store';
import { useGoal, useGoalScreenPhase } from './use-goals';

/** A screen about the goal the address names, once it is read; "not found" when there is none. */
export function GoalGate({ children }: { children: (goal: Goal) => ReactNode }) {
  const { goalId = '' } = useParams();
  // Kept notes and kept edits are offered as the goal opens: drafts are read first (if they can be).
  const phase = useGoalScreenPhase();
  return (
    <LoadGate phase={phase} what="your goal" onRetry={() => void goalRecords.load()}>
      {() => <GoalOrNotFound goalId={goalId}>{children}</GoalOrNotFound>}
    </LoadGate>
  );
}

function GoalOrNotFound({
  goalId,
  children,
}: {
  goalId: string;
  children: (goal: Goal) => ReactNode;
}) {
  const goal = useGoal(goalId);
  return goal ? children(goal) : <NotFoundScreen />;
}
