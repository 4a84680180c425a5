// Shared by every end-to-end test: fails the test on any request that leaves
// the app's own origin, and on any error printed to the console. `page.goto` and
// `page.reload` return once the app is live on the page. Every page
// starts as a returning visitor's (the first-visit welcome already seen), unless
// a test asks for a first visit with `test.use({ isFirstVisit: true })`.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ isFirstVisit: boolean; guard: { foreignRequests: string[]; consoleErrors: string[] } }>({
  isFirstVisit: [false, { option: true }],
  context: async ({ context, isFirstVisit, javaScriptEnabled }, provide) => {
    if (!isFirstVisit) {
      // Only when nothing is saved yet: a test that changes settings keeps its change across reloads.
      await context.addInitScript(() => {
        if (localStorage.getItem('mend-preferences') === null)
          localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, hasSeenWelcome: true }));
      });
    }
    // Each address first shows its prerendered page; a test acts once the live
    // screen has replaced it, as a person would a moment later.
    if (javaScriptEnabled !== false) {
      const newPage = context.newPage.bind(context);
      context.newPage = async () => actOnceLive(await newPage());
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

/**
 * `goto` and `reload` return once the app has replaced the prerendered page with
 * the live screen (main.tsx then removes data-screen-for), unless asked to return
 * at `commit`, for a test of the page before the app starts.
 */
function actOnceLive(page: Page): Page {
  const live = () => page.waitForFunction(() => !document.documentElement.hasAttribute('data-screen-for'));
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (options?.waitUntil !== 'commit') await live();
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (options?.waitUntil !== 'commit') await live();
    return response;
  };
  return page;
}

/**
 * Waits until nothing typed is waiting to be written (src/app/saving-signal.ts):
 * everything is stored, or stuck on a conflict or a save problem, which the
 * test's own assertions then find. The app marks a change as waiting the moment
 * it shows it, so right after typing this can't return before the save.
 */
export async function waitForSave(page: Page): Promise<void> {
  await page.waitForFunction(() => ['stored', 'stuck'].includes(document.documentElement.dataset.saving ?? ''));
}
