// The safety plan's opening alone, without Lighthouse or the other figures:
//   npm run build && npx vite build --mode bench
//   BENCH_SPEC=plan-open.spec.ts npx playwright test -c tests/bench/bench.config.ts
import { test } from '@playwright/test';
import { measurePlanOpen, planOpenFigure } from './plan-open-figures';
import { formatFigure } from './stats';

test('opening the safety plan from the help page, online and offline', async ({ browser }) => {
  const figure = planOpenFigure(await measurePlanOpen(browser));
  console.log(`\n${formatFigure(figure)}\n`);
});
