// Shared by every end-to-end test: fails the test on any request that leaves
// the app's own origin, and on any error printed to the console. Every page
// starts as a returning visitor's (the first-visit welcome already seen), unless
// a test asks for a first visit with `test.use({ isFirstVisit: true })`.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ isFirstVisit: boolean; guard: { foreignRequests: string[]; consoleErrors: string[] } }>({
  isFirstVisit: [false, { option: true }],
  context: async ({ context, isFirstVisit }, provide) => {
    if (!isFirstVisit) {
      // Only when nothing is saved yet: a test that changes settings keeps its change across reloads.
      await context.addInitScript(() => {
        if (localStorage.getItem('mend-preferences') === null)
          localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, hasSeenWelcome: true }));
      });
    }
    await provide(context);
  },
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreignRequests: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await use({ foreignRequests, consoleErrors });
      expect(foreignRequests, 'requests to other origins').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits for debounced saves to reach IndexedDB (they run within half a second). */
export async function waitForSave(page: Page): Promise<void> {
  await page.waitForTimeout(700);
}
