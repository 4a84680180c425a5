import type { Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';

/** Stores `count` active goals straight into IndexedDB, as an earlier visit would have. */
async function storeGoals(page: Page, count: number) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('mend-goals');
        request.onupgradeneeded = () => request.result.createObjectStore('records');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('records', 'readwrite');
          const store = transaction.objectStore('records');
          for (let i = 1; i <= n; i++) {
            const id = `g${String(i).padStart(2, '0')}`;
            const at = new Date(Date.UTC(2026, 0, i)).toISOString();
            store.put(
              { schemaVersion: 1, id, createdAt: at, updatedAt: at, title: `Goal ${id.slice(1)}`, why: '', steps: [], targetDate: null, priority: 'medium', status: 'active', completedAt: null, history: [], link: null },
              id,
            );
          }
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    count,
  );
}

test.describe('the goals screen with many goals', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });

  test('shows the first 20, and the next ones by keyboard with focus on the first added; passes axe in either theme', async ({ page }) => {
    await page.goto('/about');
    await storeGoals(page, 25);
    await page.goto('/goals');
    await expect(page.getByRole('article')).toHaveCount(20);
    await expect(page.getByText('Showing 20 of 25.')).toBeVisible();
    expect(await axeInBothThemes(page), 'goals list with more to show').toEqual([]);

    await page.getByRole('button', { name: 'Show more goals' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article')).toHaveCount(25);
    await expect(page.getByRole('link', { name: 'Goal 21' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Show more goals' })).toHaveCount(0);
  });
});
