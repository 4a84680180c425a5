import { formatDay } from '../../../lib/dates';
import { inFormat, isTime, type Recipe, type StoredRecord } from '../recipe';

/** /practices/<id>/done: the day the latest run of that practice was finished, or the run in ?run=. */
export const practiceDone: Recipe = {
  reads: [{ collection: 'completions' }],
  fill([completions = []], { data, format, search }) {
    const run = search.get('run');
    let latest: (StoredRecord & { completedAt: string }) | null = null;
    for (const value of completions) {
      const completion = inFormat(value, format);
      if (!completion || !isTime(completion.completedAt)) continue;
      if (run ? completion.id !== run : completion.moduleId !== data.module) continue;
      if (!latest || completion.completedAt > latest.completedAt)
        latest = { ...completion, completedAt: completion.completedAt };
    }
    return latest && { day: formatDay(latest.completedAt) };
  },
};
