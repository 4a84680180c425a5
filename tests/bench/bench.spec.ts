// Prints one line per figure of QUALITY.md "Speed and size": value, target, pass
// or not, and writes bench-results/report.json. Timings are medians of several runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { measureFirstLoad } from '../size/first-load.mjs';
import { APP_PORT } from './bench.config';
import { runLighthouse, type LighthouseFigures } from './lighthouse-runs';
import { measureJournal } from './journal-figures';
import { formatFigure, median, type Figure } from './stats';

const figures: Figure[] = [];
const LIGHTHOUSE_RUNS = 3;

test.describe.configure({ mode: 'serial' });

test.afterAll(() => {
  mkdirSync('bench-results', { recursive: true });
  const report = { measuredAt: new Date().toISOString(), figures, allPass: figures.every((f) => f.pass) };
  writeFileSync('bench-results/report.json', JSON.stringify(report, null, 2));
  console.log('\nMend bench, QUALITY.md "Speed and size"\n');
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

for (const formFactor of ['mobile', 'desktop'] as const) {
  test(`Lighthouse ${formFactor}, median of ${LIGHTHOUSE_RUNS}`, async () => {
    const runs: LighthouseFigures[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(`http://localhost:${APP_PORT}/`, formFactor));
    const pick = (key: keyof LighthouseFigures) => median(runs.map((r) => r[key]));
    const all = (key: keyof LighthouseFigures) => runs.map((r) => Math.round(r[key])).join('/');
    figures.push(
      { name: `Lighthouse ${formFactor} performance`, value: pick('performance'), unit: '', target: '>= 98', pass: pick('performance') >= 98, detail: `runs ${all('performance')}` },
      { name: `Lighthouse ${formFactor} accessibility`, value: pick('accessibility'), unit: '', target: '100', pass: pick('accessibility') === 100 },
      { name: `Lighthouse ${formFactor} best practices`, value: pick('bestPractices'), unit: '', target: '100', pass: pick('bestPractices') === 100 },
      { name: `Lighthouse ${formFactor} largest contentful paint`, value: pick('lcpMs') / 1000, unit: 's', target: '<= 1.5 s', pass: pick('lcpMs') <= 1500, detail: `runs ${all('lcpMs')} ms` },
      { name: `Lighthouse ${formFactor} total blocking time`, value: pick('tbtMs'), unit: 'ms', target: 'reported', pass: true },
    );
  });
}

test('the journal with 10,000 entries, 500 goals and 300 completions stored', async ({ browser }) => {
  figures.push(...(await measureJournal(browser)));
});
