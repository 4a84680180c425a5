import type { Page } from '@playwright/test';

/**
 * Opens the seeding page and waits for it to be ready, or fails within a minute
 * saying why, rather than holding the bench until its 20-minute limit.
 */
export async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  try {
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  } catch (error) {
    throw new Error(`The bench page at ${url} never became ready. Is tests/bench/bench.html an input of the bench build (vite.config.ts)?`, { cause: error });
  }
}
