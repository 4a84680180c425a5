import { PRIORITY_WORDS } from '../../../features/goals/goal-order';
import { goalTopView } from '../../../features/goals/goal-top-view';
import type { Goal } from '../../../storage/collections/goals';
import { hasFields, inFormat, type FieldChecks, isRecord, isText, type Recipe } from '../recipe';

const STATUSES: readonly unknown[] = ['active', 'completed', 'archived'];
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The fields the top of a goal's screen is worded from, in the shape it expects. */
const GOAL_TOP: FieldChecks = {
  id: isText,
  title: isText,
  why: isText,
  priority: (priority) => isText(priority) && Object.hasOwn(PRIORITY_WORDS, priority),
  status: (status) => STATUSES.includes(status),
  targetDate: (day) => day === null || (isText(day) && CALENDAR_DAY.test(day)),
  link: (link) =>
    link === null || (isRecord(link) && link.kind === 'practice' && isText(link.moduleId)),
};

/** /goals/<id>: the top of the goal's screen, down to why it matters. */
export const goal: Recipe = {
  reads: [{ collection: 'goals', byAddress: true }],
  fill([goals], { format, today, findPractice }) {
    const record = inFormat(goals?.[0], format);
    if (!record || !hasFields(record, GOAL_TOP)) return null;
    const view = goalTopView(record as unknown as Goal, today, (id) => findPractice(id)?.title);
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
