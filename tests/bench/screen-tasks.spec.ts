// The screens' longest tasks alone, without Lighthouse or the other figures:
//   npm run build && npx vite build --mode bench
//   BENCH_SPEC=screen-tasks.spec.ts npx playwright test -c tests/bench/bench.config.ts
// SCREEN_TASK_RUNS sets how many times each screen is opened each way (3 by default);
// SCREEN_TASK_ONLY names some screens ("goals,your data") to measure only those.
import { test } from '@playwright/test';
import { measureScreenTasks, screenTaskFigures } from './screen-task-figures';
import { formatFigure } from './stats';

test('the longest main-thread task opening each screen, with a big history stored', async ({ browser }) => {
  const only = process.env.SCREEN_TASK_ONLY?.split(',').map((name) => name.trim());
  const results = await measureScreenTasks(browser, Number(process.env.SCREEN_TASK_RUNS ?? 3), only);
  console.log('\nLongest main-thread task per screen, median of the runs\n');
  for (const figure of screenTaskFigures(results)) console.log(formatFigure(figure));
});
