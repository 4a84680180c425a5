import { expect, test, waitForSave } from './fixtures';

test('with IndexedDB unavailable the app still runs, says nothing is being saved, and offers an export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/practices/reconnection/steps/3');
  await expect(page.getByText(/Mend can't save on this device right now/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export my data' })).toBeVisible();

  await page.getByRole('textbox').fill('Still here for this visit.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('textbox')).toHaveValue('Still here for this visit.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.app).toBe('mend');
  // Written answers are kept by the journal: the one place the words live.
  expect(JSON.stringify(backup.collections.journal)).toContain('Still here for this visit.');
});

test('when IndexedDB throws on open, the app still runs with the notice', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Blocked by the browser', 'SecurityError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Mend can't save on this device right now/)).toBeVisible();
});

test('a full disk gets a clear message within a second, and the words stay on screen', async ({ page }) => {
  await page.goto('/practices/self-worth/steps/4');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  // Timed in the page, from the words typed to the message on screen: the test's own
  // round trips to the browser are not the person's wait (and are slow on a busy machine).
  const waited = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let typedAt: number | null = null;
        document.addEventListener('input', () => (typedAt ??= performance.now()), { capture: true });
        new MutationObserver((_, observer) => {
          if (typedAt === null || !document.body.textContent?.includes('this device is out of space')) return;
          observer.disconnect();
          resolve(performance.now() - typedAt);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await page.getByRole('textbox').fill('Dear me, this week was hard and you kept going.');
  await expect(page.getByText(/this device is out of space\. Your words are still here/)).toBeVisible();
  expect(await waited).toBeLessThan(1000);
  await expect(page.getByRole('textbox')).toHaveValue('Dear me, this week was hard and you kept going.');
  await expect(page.getByRole('button', { name: 'Export my data' })).toBeVisible();
});

test('a stored record that fails validation is set aside: the app starts, the rest loads, and it can be removed', async ({ page }) => {
  await page.goto('/practices/reframing/steps/1');
  await page.getByRole('textbox').fill('A story I want to keep.');
  await waitForSave(page);
  // Damage one record directly, as a broken disk or an old bug might.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('mend-journal');
        request.onsuccess = () => {
          const tx = request.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ schemaVersion: 1, id: 'broken', text: 12345 }, 'broken');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

  await page.goto('/journal');
  await expect(page.getByText('A story I want to keep.')).toBeVisible();
  await expect(page.getByText(/One saved item couldn't be read\. It's kept safe, not deleted\./)).toBeVisible();

  await page.getByRole('link', { name: 'See your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  await expect(page.getByText(/item broken/)).toBeVisible();
  await page.getByRole('button', { name: 'Remove this item' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove it' }).click();
  await expect(page.getByText('Everything saved on this device reads correctly.')).toBeVisible();
});
