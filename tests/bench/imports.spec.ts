// The importer figures alone, without Lighthouse or the other figures:
//   npm run build && npx vite build --mode bench && MEND_PAINTER=off npx vite build --mode bench --outDir dist-bench-no-painter
//   BENCH_SPEC=imports.spec.ts npx playwright test -c tests/bench/bench.config.ts
// (IMPORT_RUNS=3 for fewer runs.) Timings on a shared machine are noisy: the medians are printed with every run.
import { test } from '@playwright/test';
import { measureImports } from './import-figures';
import { formatFigure } from './stats';

test('bringing in a Daylio CSV of 5,000 days and a Day One ZIP of 5,000 entries', async ({ browser }) => {
  const figures = await measureImports(browser);
  console.log(`\n${figures.map(formatFigure).join('\n')}\n`);
});
