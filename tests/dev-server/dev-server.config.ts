// `npm run test:dev`: the app as `npm start` serves it (Vite's dev server, hot
// reload on), in the same system Chromium as the end-to-end tests.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

// MEND_DEV_PORT lets two checkouts run this side by side.
const PORT = Number(process.env.MEND_DEV_PORT ?? 4176);

export default defineConfig({
  testDir: '.',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
  },
  webServer: {
    command: `npx vite --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
