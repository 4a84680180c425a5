// Sync's figures alone, without the rest of the bench:
//   npx vite build --mode bench
//   BENCH_SPEC=sync.spec.ts npx playwright test -c tests/bench/bench.config.ts
// (`npm run bench` measures them with the others; SYNC_RUNS=5 for more runs.)
import { test } from '@playwright/test';
import { formatFigure } from './stats';
import { measureSync } from './sync-figures';

test('sync: sealing this device’s file, merging another’s, and a sync with nothing new', async ({ browser }) => {
  test.setTimeout(15 * 60_000);
  const figures = await measureSync(browser);
  console.log(`\nMend bench: sync (a shared machine: figures are medians, and noisy)\n${figures.map(formatFigure).join('\n')}\n`);
});
