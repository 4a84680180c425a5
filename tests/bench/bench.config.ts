// `npm run bench`: the figures of docs/performance.md, measured in the
// same system Chromium, with the same launch flags, as the end-to-end tests.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

// MEND_BENCH_PORT lets two checkouts run the bench side by side.
export const BENCH_PORT = Number(process.env.MEND_BENCH_PORT ?? 4174);
export const APP_PORT = BENCH_PORT + 1;
const NO_PAINTER_PORT = BENCH_PORT + 2;

/** The builds a repeat visit is measured on, side by side (repeat-visit-figures.ts). */
export const REPEAT_VISIT_BUILDS = [
  { name: 'with painter', base: `http://localhost:${BENCH_PORT}` },
  { name: 'without painter', base: `http://localhost:${NO_PAINTER_PORT}` },
];

export default defineConfig({
  testDir: '.',
  testMatch: process.env.BENCH_SPEC ?? 'bench.spec.ts',
  workers: 1,
  timeout: 20 * 60_000,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    // The app plus the seeding page (built with --mode bench), for storage figures.
    { command: `npx vite preview --outDir dist-bench --port ${BENCH_PORT} --strictPort`, url: `http://localhost:${BENCH_PORT}`, reuseExistingServer: false, cwd: '../..' },
    // The bench build made without the early painter (MEND_PAINTER=off), for the side-by-side.
    { command: `npx vite preview --outDir dist-bench-no-painter --port ${NO_PAINTER_PORT} --strictPort`, url: `http://localhost:${NO_PAINTER_PORT}`, reuseExistingServer: false, cwd: '../..' },
    // The shipped build, for Lighthouse and the size figure.
    { command: `npx vite preview --port ${APP_PORT} --strictPort`, url: `http://localhost:${APP_PORT}`, reuseExistingServer: false, cwd: '../..' },
  ],
});
