// The safety plan's opening alone, from each way in, without Lighthouse or the other figures:
//   npm run build && npx vite build --mode bench
//   BENCH_SPEC=plan-open.spec.ts npx playwright test -c tests/bench/bench.config.ts
// (PLAN_OPEN_RUNS=5 for fewer runs of each; PLAN_OPEN_FROM=/,/help for only those ways in.)
import { test } from '@playwright/test';
import { measurePlanOpen, planOpenFigure, WAYS_IN } from './plan-open-figures';
import { formatFigure } from './stats';

test('opening the safety plan from each way in, online and offline', async ({ browser }) => {
  const only = process.env.PLAN_OPEN_FROM?.split(',');
  const figures = (await measurePlanOpen(browser, only ? WAYS_IN.filter((way) => only.includes(way.from)) : WAYS_IN)).map(planOpenFigure);
  console.log(`\n${figures.map(formatFigure).join('\n')}\n`);
});
