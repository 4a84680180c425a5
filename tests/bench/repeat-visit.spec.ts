// The repeat-visit figures alone, without Lighthouse or the other figures:
//   npm run build && npx vite build --mode bench
//   BENCH_SPEC=repeat-visit.spec.ts npx playwright test -c tests/bench/bench.config.ts
// REPEAT_VISIT_RUNS sets how many times each screen is opened (5 by default).
import { test } from '@playwright/test';
import { REPEAT_VISIT_BUILDS } from './bench.config';
import { measureRepeatVisits, repeatVisitFigures, repeatVisitTable } from './repeat-visit-figures';
import { formatFigure } from './stats';

test('a repeat visit through the service worker, CPU 4x slower, each screen', async ({ browser }) => {
  const results = await measureRepeatVisits(browser, REPEAT_VISIT_BUILDS, Number(process.env.REPEAT_VISIT_RUNS ?? 5));
  console.log('\nRepeat visit, medians\n');
  console.log(repeatVisitTable(results, REPEAT_VISIT_BUILDS));
  console.log('');
  for (const figure of repeatVisitFigures(results)) console.log(formatFigure(figure));
});
