// A page whose screen is mostly the person's own words shows them before the app
// starts, read straight from IndexedDB by public/first-paint.js, in the same place
// the app then draws them; and shows nothing it can't read as the app would.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DONE = '/practices/reframing/done';
const FINISHED_AT = '2026-11-20T10:00:00.000Z';
/** The app's entry script: answered with nothing, the page stays as first-paint.js left it. */
const ENTRY = /\/assets\/index-[^/]+\.js$/;

function completion(fields: Record<string, unknown> = {}) {
  const at = FINISHED_AT;
  return { schemaVersion: 3, id: 'run-1', createdAt: at, updatedAt: at, moduleId: 'reframing', runId: 'run-1', startedAt: at, completedAt: at, answers: {}, feelingBefore: null, feelingAfter: null, ...fields };
}

/** Stores values in a collection's database directly, as the app's storage keeps them. */
async function store(page: Page, collection: string, values: Record<string, unknown>[]) {
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

async function openWithoutTheApp(page: Page, path: string) {
  await page.route(ENTRY, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForLoadState('load');
}

const lead = (page: Page) => page.getByText(/^You finished “Look at the story again” on/);

test('a finished practice shows its summary’s top before the app starts, where the app then draws it', async ({ page }) => {
  await store(page, 'completions', [completion(), completion({ id: 'older', completedAt: '2026-10-01T10:00:00.000Z' })]);
  await openWithoutTheApp(page, DONE);
  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect(lead(page)).toHaveText(/on November 20, 2026\. Here is what you wrote\./);
  await expect(page.getByText('Opening your summary…')).toBeVisible();
  const painted = await lead(page).boundingBox();
  // Drawn as a new page, not pushed into the old one: nothing on screen moved.
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shifted).toBe(0);

  await page.unroute(ENTRY);
  await page.goto(DONE);
  await expect(page.getByRole('heading', { level: 2, name: 'What you wrote' })).toBeVisible();
  await expect(lead(page)).toHaveText(/on November 20, 2026\. Here is what you wrote\./);
  expect(await lead(page).boundingBox()).toEqual(painted);
});

test('the run named in the address is the one shown before the app starts', async ({ page }) => {
  await store(page, 'completions', [completion(), completion({ id: 'older', completedAt: '2026-10-01T10:00:00.000Z' })]);
  await openWithoutTheApp(page, `${DONE}?run=older`);
  await expect(lead(page)).toHaveText(/on October 1, 2026\./);
});

test('nothing is drawn before the app from a record sealed by the lock, of another format, or of another practice', async ({ page }) => {
  await store(page, 'completions', [
    { sealed: 1, id: 'sealed', updatedAt: FINISHED_AT },
    completion({ id: 'old-format', schemaVersion: 2 }),
    completion({ id: 'other', moduleId: 'self-worth' }),
    completion({ id: 'bad-time', completedAt: 'yesterday' }),
  ]);
  await openWithoutTheApp(page, DONE);
  await expect(page.getByText('Opening your summary…')).toBeVisible();
  // It had its chance: the app starts once the words are drawn or the read has failed.
  await page.waitForTimeout(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('a practice never finished on this device shows its page as before, and creates no database', async ({ page }) => {
  await openWithoutTheApp(page, DONE);
  await expect(page.getByText('Opening your summary…')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(names).not.toContain('mend-completions');
});
