// The goal a goal step proposes, as the person edited it, made one of their goals.
// It keeps the id it was first given: adding it again changes that goal, never a second one.
import { newId } from '../../lib/ids';
import type { AnswerOf } from '../../storage/collections/answers';
import { goalsCollection, type Goal } from '../../storage/collections/goals';

export function proposedGoal(answer: AnswerOf<'goal'>, from: { moduleId: string; runId: string }): Goal {
  return goalsCollection.create({
    id: answer.goalId ?? newId(),
    title: answer.title.trim(),
    why: answer.why.trim(),
    steps: answer.steps
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ id: newId(), text, doneAt: null, note: '', date: null })),
    link: { kind: 'practice', ...from },
  });
}
