import { goalTopView } from '../../../features/goals/goal-top-view';
import type { Goal } from '../../../storage/collections/goals';
import type { Recipe } from '../recipe';

/** /goals/<id>: the top of the goal's screen, down to why it matters. */
export const goal: Recipe = {
  reads: [{ collection: 'goals', byAddress: true }],
  fill([goals], { asStored, today, findPractice }) {
    const record = asStored<Goal>(goals?.[0]);
    if (!record) return null;
    const view = goalTopView(record, today, (id) => findPractice(id)?.title);
    return {
      id: view.id,
      title: view.title,
      practiceLine: view.practice !== null,
      practiceId: view.practice?.id ?? '',
      practiceTitle: view.practice?.title ?? '',
      priority: view.priority,
      archived: view.isArchived,
      targetLine: view.target !== null,
      targetDay: view.target?.day ?? '',
      targetRelative: view.target?.relative ?? '',
      targetFull: view.target?.full ?? '',
      pastTarget: view.plannedFor !== null,
      plannedFor: view.plannedFor ?? '',
      today: view.today,
      whySection: view.why !== '',
      why: view.why,
    };
  },
};
