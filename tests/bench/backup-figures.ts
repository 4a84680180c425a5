// The backup figures of issue 9: export, preview and import of a person's whole
// history (10,000 journal entries, 2,000 goals, 300 completions), timed in the page
// through the app's own storage layer.
import type { Browser } from '@playwright/test';
import { BENCH_PORT } from './bench.config';
import { median, type Figure } from './stats';
import { openBenchPage } from './open-bench-page';

const RUNS = 3;
const SEED = { journal: 10_000, goals: 2_000, completions: 300 };

type BackupTimes = { exportMs: number[]; previewMs: number[]; checkMs: number[]; applyMs: number[]; applied: number; bytes: number; entries: number };
type BenchWindow = { mendBench: { seed(counts: typeof SEED): Promise<unknown>; timeBackup(runs: number): Promise<BackupTimes> } };

export async function measureBackup(browser: Browser): Promise<Figure[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openBenchPage(page, `http://localhost:${BENCH_PORT}/tests/bench/bench.html`);
    await page.evaluate((counts) => (window as unknown as BenchWindow).mendBench.seed(counts), SEED);
    const times = await page.evaluate((runs) => (window as unknown as BenchWindow).mendBench.timeBackup(runs), RUNS);
    const size = `${(times.bytes / 1024 / 1024).toFixed(1)} MB file, ${times.entries} entries back after import`;
    const [exportMs, previewMs, applyMs] = [median(times.exportMs), median(times.previewMs), median(times.applyMs)];
    const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join('/');
    return [
      { name: 'Export of 10,000 entries (with 2,000 goals, 300 completions)', value: exportMs, unit: 'ms', target: '<= 1000 ms', pass: exportMs <= 1000, detail: `runs ${runs(times.exportMs)} ms; ${size}` },
      { name: 'Preview of a 10,000-entry backup (read, check every record, plan)', value: previewMs, unit: 'ms', target: '<= 2000 ms', pass: previewMs <= 2000, detail: `runs ${runs(times.previewMs)} ms, of which reading and checking the file ${runs(times.checkMs)} ms` },
      { name: 'Import applied, 10,000 entries onto an emptied device', value: applyMs, unit: 'ms', target: '<= 3000 ms', pass: applyMs <= 3000 && times.entries === SEED.journal, detail: `runs ${runs(times.applyMs)} ms; ${times.applied} records added` },
    ];
  } finally {
    await context.close();
  }
}
