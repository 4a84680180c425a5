import { formatDay } from '../../../lib/dates';
import type { Completion } from '../../../storage/collections/completions';
import type { Recipe } from '../recipe';

/** /practices/<id>/done: the day the latest run of that practice was finished, or the run in ?run=. */
export const practiceDone: Recipe = {
  reads: [{ collection: 'completions' }],
  fill([completions = []], { asStored, data, search }) {
    const run = search.get('run');
    let latest: Completion | null = null;
    for (const value of completions) {
      const completion = asStored<Completion>(value);
      if (!completion) continue;
      if (run ? completion.id !== run : completion.moduleId !== data.module) continue;
      if (!latest || completion.completedAt > latest.completedAt) latest = completion;
    }
    return latest && { day: formatDay(latest.completedAt) };
  },
};
