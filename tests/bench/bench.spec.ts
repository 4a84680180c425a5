// Prints one line per figure of docs/performance.md: value, target, pass
// or not, and writes bench-results/report.json. Timings are medians of several runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { measureFirstLoad } from '../size/first-load.mjs';
import { APP_PORT, BENCH_PORT, REPEAT_VISIT_BUILDS } from './bench.config';
import { runLighthouse, type LighthouseFigures } from './lighthouse-runs';
import { measureBackup } from './backup-figures';
import { measureImports } from './import-figures';
import { measureInsights } from './insights-figures';
import { measureJournal } from './journal-figures';
import { measureLockedJournal } from './lock-figures';
import { measurePlanOpen, planOpenFigure } from './plan-open-figures';
import { measureRepeatVisits, repeatVisitFigures, repeatVisitTable } from './repeat-visit-figures';
import { PERSON_SEED, ROUTE_KINDS } from './route-kinds';
import { measureScreenTasks, newestEntryId, screenTaskFigures } from './screen-task-figures';
import { measureSync } from './sync-figures';
import { formatFigure, median, type Figure } from './stats';

const figures: Figure[] = [];
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
type NumericFigure = Exclude<keyof LighthouseFigures, 'lcpElement'>;

test.describe.configure({ mode: 'serial' });

test.afterAll(() => {
  mkdirSync('bench-results', { recursive: true });
  const report = { measuredAt: new Date().toISOString(), figures, allPass: figures.every((f) => f.pass) };
  writeFileSync('bench-results/report.json', JSON.stringify(report, null, 2));
  console.log('\nMend bench: the figures of docs/performance.md\n');
  for (const figure of figures) console.log(formatFigure(figure));
  console.log(`\n${report.allPass ? 'All figures pass.' : 'Some figures miss their target.'} Report: bench-results/report.json\n`);
});

test('JavaScript loaded before the first screen', () => {
  const { totalKb, rows } = measureFirstLoad('dist');
  figures.push({
    name: 'JavaScript before the first screen (gzip)',
    value: totalKb,
    unit: 'KB',
    target: '<= 105 KB',
    pass: totalKb <= 105,
    detail: rows.slice(0, 3).map((r) => `${r.name} ${(r.gzip / 1024).toFixed(1)} KB`).join(', '),
  });
});

for (const route of ROUTE_KINDS) {
  test(`Lighthouse mobile, ${route.name}, median of ${LIGHTHOUSE_RUNS}`, async () => {
    const base = route.isSeeded ? `http://localhost:${BENCH_PORT}` : `http://localhost:${APP_PORT}`;
    const seeding = route.isSeeded ? { benchPage: `${base}/tests/bench/bench.html`, seed: seedPerson } : undefined;
    const runs: LighthouseFigures[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(`${base}${route.path}`, 'mobile', seeding));
    const pick = (key: NumericFigure) => median(runs.map((r) => r[key]));
    const all = (key: NumericFigure, digits = 0) => runs.map((r) => r[key].toFixed(digits)).join('/');
    const [performance, accessibility, bestPractices, lcpMs, cls] = [pick('performance'), pick('accessibility'), pick('bestPractices'), pick('lcpMs'), pick('cls')];
    figures.push({
      name: `Lighthouse mobile, ${route.name} (${route.path}): performance ${performance}, a11y ${accessibility}, best practices ${bestPractices}, LCP ${(lcpMs / 1000).toFixed(2)} s, CLS ${cls.toFixed(3)}`,
      value: performance,
      unit: '',
      target: 'perf >= 98, a11y 100, bp 100, LCP <= 1.5 s, CLS <= 0.02',
      pass: performance >= 98 && accessibility === 100 && bestPractices === 100 && lcpMs <= 1500 && cls <= 0.02,
      detail: `runs: perf ${all('performance')}, LCP ${all('lcpMs')} ms, CLS ${all('cls', 3)}, TBT ${all('tbtMs')} ms${route.isSeeded ? `; ${PERSON_SEED.journal} entries, ${PERSON_SEED.goals} goals, ${PERSON_SEED.completions} completions stored` : ''}; LCP element ${[...new Set(runs.map((r) => r.lcpElement.slice(0, 60)))].join(' / ')}`,
    });
  });
}

test(`Lighthouse desktop, home, median of ${LIGHTHOUSE_RUNS}`, async () => {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(`http://localhost:${APP_PORT}/`, 'desktop'));
  const pick = (key: NumericFigure) => median(runs.map((r) => r[key]));
  figures.push({
    name: `Lighthouse desktop, home: performance ${pick('performance')}, a11y ${pick('accessibility')}, best practices ${pick('bestPractices')}, LCP ${(pick('lcpMs') / 1000).toFixed(2)} s`,
    value: pick('performance'),
    unit: '',
    target: 'perf >= 98, a11y 100, bp 100',
    pass: pick('performance') >= 98 && pick('accessibility') === 100 && pick('bestPractices') === 100,
  });
});

/** A person's worth of data, through the bench page; returns the id of the newest entry. */
async function seedPerson(page: Page): Promise<Record<string, string>> {
  await page.evaluate((counts) => (window as unknown as { mendBench: { seed(c: typeof counts): Promise<unknown> } }).mendBench.seed(counts), PERSON_SEED);
  const entry = await newestEntryId(page);
  return { entry };
}

test('a repeat visit through the service worker, CPU 4x slower, with and without the early painter, median of 5', async ({ browser }) => {
  const results = await measureRepeatVisits(browser, REPEAT_VISIT_BUILDS, 5);
  console.log(`\nRepeat visit, medians of 5\n\n${repeatVisitTable(results, REPEAT_VISIT_BUILDS)}\n`);
  // The build without the painter is there to compare with; only the shipped build is held to the targets.
  figures.push(...repeatVisitFigures(results.filter((result) => result.build === REPEAT_VISIT_BUILDS[0]!.name)));
});

test('the journal with 10,000 entries, 2,000 goals and 300 completions stored', async ({ browser }) => {
  figures.push(...(await measureJournal(browser)));
});

test('a backup of 10,000 entries: export, preview, import', async ({ browser }) => {
  figures.push(...(await measureBackup(browser)));
});

test('bringing in a Daylio CSV of 5,000 days and a Day One ZIP of 5,000 entries', async ({ browser }) => {
  figures.push(...(await measureImports(browser)));
});

test('with the lock on: unlock and open the 10,000-entry journal', async ({ browser }) => {
  figures.push(await measureLockedJournal(browser));
});

test('opening the safety plan from each way in, online and offline', async ({ browser }) => {
  figures.push(...(await measurePlanOpen(browser)).map(planOpenFigure));
});

test('sync between two devices, each with 10,000 entries, 500 goals and 2 years of check-ins', async ({ browser }) => {
  figures.push(...(await measureSync(browser)));
});

test('insights with 2 years of daily check-ins and 10,000 journal moods stored', async ({ browser }) => {
  figures.push(await measureInsights(browser));
});

test('the longest main-thread task opening each screen, by address and by a link, with 20,000 entries, 2,000 goals and 5,000 check-ins', async ({ browser }) => {
  figures.push(...screenTaskFigures(await measureScreenTasks(browser, 3)));
});
