import { formatDay } from '../../../lib/dates';
import type { Completion } from '../../../storage/collections/completions';
import { isRecord, NOTHING_YET, type Recipe } from '../recipe';

/**
 * /practices/<id>/done: the day the latest run of that practice was finished, or
 * the run in ?run=. With no run of it finished or begun, and every record read
 * (none sealed or hurt, which might have been one), the page that says so.
 */
export const practiceDone: Recipe = {
  reads: [{ collection: 'completions' }, { collection: 'progress' }],
  fill([completions = [], progress = []], { asStored, data, search }) {
    const run = search.get('run');
    let latest: Completion | null = null;
    let isEveryOneRead = true;
    for (const value of completions) {
      const completion = asStored<Completion>(value);
      if (!completion) isEveryOneRead = false;
      if (!completion || (run ? completion.id !== run : completion.moduleId !== data.module)) continue;
      if (!latest || completion.completedAt > latest.completedAt) latest = completion;
    }
    if (latest) return { day: formatDay(latest.completedAt) };
    const isBegun = progress.some((value) => !isRecord(value) || value.sealed === 1 || value.moduleId === data.module);
    return run === null && isEveryOneRead && !isBegun ? NOTHING_YET : null;
  },
};
