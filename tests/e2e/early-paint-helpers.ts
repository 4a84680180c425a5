// Shared by the early-paint specs: records stored the way the app's storage keeps
// them, and a page opened with the app held back, as first-paint.js leaves it.
import { expect, type Locator, type Page } from '@playwright/test';

/** The app's entry script: answered with nothing, the page stays as first-paint.js left it. */
export const APP_ENTRY = /\/assets\/index-[^/]+\.js$/;

/** Stores values in a collection's database directly, as the app's storage keeps them. */
export async function store(page: Page, collection: string, values: Record<string, unknown>[]) {
  await page.goto('/about');
  await page.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(`mend-${name}`);
        opening.onupgradeneeded = () => opening.result.createObjectStore('records');
        opening.onsuccess = () => {
          const tx = opening.result.transaction('records', 'readwrite');
          for (const value of values) tx.objectStore('records').put(value.sealed ? { ...value, data: new ArrayBuffer(8) } : value, value.id as string);
          tx.oncomplete = () => {
            opening.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: collection, values },
  );
}

export async function openWithoutTheApp(page: Page, path: string) {
  await page.route(APP_ENTRY, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForLoadState('load');
}

/**
 * How far what was on screen moved (drawn as a new page, not pushed into the old one: 0),
 * counted once a frame has been drawn since what the test saw: every shift so far is recorded.
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords();
    observer.disconnect();
    return shifts.reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0);
  });
}


/**
 * Opens `path` with the app held back and checks the page stays as built: its
 * waiting line shows, and once the painter has had its chance nothing was drawn
 * (by default, no screen heading). The app is let through again afterwards.
 */
export async function expectNothingDrawn(page: Page, path: string, waiting: string, drawn = (p: Page): Locator => p.getByRole('heading', { level: 1 })) {
  const appAsked = page.waitForRequest(APP_ENTRY);
  await openWithoutTheApp(page, path);
  await expect(page.getByText(waiting)).toBeVisible();
  // It had its chance: first-paint.js asks for the app once the words are drawn or the read has failed.
  await appAsked;
  await expect(drawn(page)).toHaveCount(0);
  await page.unroute(APP_ENTRY);
}
