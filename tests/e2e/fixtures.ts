// Shared by every end-to-end test: fails the test on any request that leaves
// the app's own origin, and on any error printed to the console.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ guard: { foreignRequests: string[]; consoleErrors: string[] } }>({
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
