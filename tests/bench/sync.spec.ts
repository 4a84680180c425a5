// Sync's figures (issue 27), two devices as two browser contexts, each with
// 10,000 entries, 500 goals and two years of check-ins (four a day):
//   npx vite build --mode bench
//   BENCH_SPEC=sync.spec.ts npx playwright test -c tests/bench/bench.config.ts
// (`npm run bench` builds everything first; SYNC_RUNS=5 for more runs.)
import { test, type Page } from '@playwright/test';
import { BENCH_PORT } from './bench.config';
import { openBenchPage } from './open-bench-page';
import { formatFigure, median, type Figure } from './stats';

const RUNS = Number(process.env.SYNC_RUNS ?? 3);
const SEED = { journal: 10_000, goals: 500, completions: 0, checkIns: 2 * 365 * 4 };

type Timed = { ms: number; longestTaskMs: number };
type File = { name: string; base64: string };
type SyncBench = {
  turnOn(name: string): Promise<void>;
  timeWrite(runs: number): Promise<{ runs: Timed[]; file: File }>;
  writeOnce(): Promise<File>;
  timeBringIn(file: File): Promise<Timed & { report: { brought: { words: string }[]; skipped: unknown[] } }>;
  changeAWeek(week: number): Promise<void>;
  placeFile(file: File): void;
  timeSync(): Promise<Timed & { report: { nothingNew: boolean } }>;
  counts(): Promise<Record<string, number>>;
};
type BenchWindow = { mendSyncBench: SyncBench; mendBench: { seed(counts: typeof SEED): Promise<unknown> } };

/** Calls one of the bench page's sync steps (the page's policy allows no code sent as text). */
const call = <M extends keyof SyncBench>(page: Page, method: M, ...arg: Parameters<SyncBench[M]>) =>
  page.evaluate(
    ([name, value]) => {
      const bench = (window as unknown as BenchWindow).mendSyncBench as unknown as Record<string, (v: unknown) => unknown>;
      return bench[name]!(value);
    },
    [method, arg[0]] as const,
  ) as Promise<Awaited<ReturnType<SyncBench[M]>>>;

const runsText = (values: number[]) => values.map((v) => v.toFixed(0)).join('/');

function figure(name: string, runs: Timed[], targetMs: number, detail: string): Figure {
  const ms = median(runs.map((r) => r.ms));
  const longest = Math.max(...runs.map((r) => r.longestTaskMs));
  return {
    name,
    value: ms,
    unit: 'ms',
    target: `<= ${targetMs} ms, no task over 100 ms`,
    pass: ms <= targetMs && longest <= 100,
    detail: `runs ${runsText(runs.map((r) => r.ms))} ms; longest main-thread task ${longest.toFixed(0)} ms; ${detail}`,
  };
}

test('sync: sealing this device’s file, merging another’s, and a sync with nothing new', async ({ browser }) => {
  test.setTimeout(15 * 60_000);
  const laptopContext = await browser.newContext();
  const phoneContext = await browser.newContext();
  const figures: Figure[] = [];
  try {
    const laptop = await laptopContext.newPage();
    const phone = await phoneContext.newPage();
    const url = `http://localhost:${BENCH_PORT}/tests/bench/bench.html`;
    await openBenchPage(laptop, url);
    await openBenchPage(phone, url);

    // The phone meets the laptop's key on a small file first: deriving it (PBKDF2, once) is not part of a sync.
    await call(laptop, 'turnOn', 'Laptop');
    const small = await call(laptop, 'writeOnce');
    await call(phone, 'turnOn', 'Phone');
    await call(phone, 'timeBringIn', small);

    await laptop.evaluate((counts) => (window as unknown as BenchWindow).mendBench.seed(counts), SEED);
    const written = await call(laptop, 'timeWrite', RUNS);
    const megabytes = ((written.file.base64.length * 3) / 4 / 1024 / 1024).toFixed(1);
    figures.push(figure('Seal and write this device’s sync file (10,000 entries, 500 goals, 2 years of check-ins)', written.runs, 1500, `${megabytes} MB file`));

    // The phone joins: every record in the laptop's file is new to it.
    const joined = await call(phone, 'timeBringIn', written.file);
    const counts = await call(phone, 'counts');
    figures.push(figure('Open and merge another device’s file, joining (every record new)', [joined], 2000, `brought ${joined.report.brought.map((x) => x.words).join('; ')}; now ${JSON.stringify(counts)}`));

    // Both hold the same history now: each run, a week of changes on the laptop, merged on the phone.
    const weekly: Timed[] = [];
    let lastFile = written.file;
    for (let week = 0; week < RUNS; week++) {
      await call(laptop, 'changeAWeek', week);
      lastFile = (await call(laptop, 'timeWrite', 1)).file;
      weekly.push(await call(phone, 'timeBringIn', lastFile));
    }
    figures.push(figure('Open and merge another device’s file, a week of changes (50 entries edited, 20 new, 5 goals, 28 check-ins)', weekly, 2000, 'both devices holding the full history'));

    // Nothing new: the folder holds the laptop's latest file, already merged; the phone's own file is up to date.
    await call(phone, 'placeFile', lastFile);
    await call(phone, 'timeSync');
    const quiet: Timed[] = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await call(phone, 'timeSync');
      if (!run.report.nothingNew) throw new Error('A sync with nothing new found something');
      quiet.push(run);
    }
    figures.push(figure('A sync with nothing new (the key known)', quiet, 200, 'lists the folder; reads and writes nothing'));
  } finally {
    await laptopContext.close();
    await phoneContext.close();
  }
  console.log(`\nMend bench: sync (a shared machine: figures are medians, and noisy)\n${figures.map(formatFigure).join('\n')}\n`);
});
