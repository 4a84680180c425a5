import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const rootLook = (page: Page) =>
  page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    fontSize: getComputedStyle(document.documentElement).fontSize,
    theme: document.documentElement.dataset.theme ?? null,
  }));

test('theme, text size and motion apply at once, stay after a reload, and reach every screen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('radio', { name: 'Largest' }).check();
  await page.getByRole('radio', { name: 'Always reduce motion' }).check();
  expect(await rootLook(page)).toEqual({ background: 'rgb(19, 24, 27)', fontSize: '32px', theme: 'dark' });

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Always reduce motion' })).toBeChecked();
  for (const address of ['/practices/reframing/steps/2', '/journal', '/goals/new', '/no-such-page']) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await rootLook(page), address).toEqual({ background: 'rgb(19, 24, 27)', fontSize: '32px', theme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
  }

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Match this device' }).first().check();
  await page.getByRole('radio', { name: 'Standard' }).check();
  expect(await rootLook(page)).toEqual({ background: 'rgb(247, 245, 242)', fontSize: '16px', theme: null });
});

test('a saved theme and text size are in place at the first paint, before the app has started', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() =>
    localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, theme: 'dark', textSize: 'larger', motion: 'system', hasSeenWelcome: true })),
  );
  for (const address of ['/', '/practices/reframing', '/help']) {
    // The app's code is held back: what shows is the prerendered page and first-paint.js.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(address, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Painted from the stylesheet and first-paint.js alone: the app is still held back.
    await expect.poll(() => rootLook(page), { message: address }).toEqual({ background: 'rgb(19, 24, 27)', fontSize: '24px', theme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-screen-for'))).toBe(true);
    expect(await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')))).toEqual(['#13181b', '#13181b']);
    release();
    await page.unrouteAll({ behavior: 'wait' });
    await page.waitForLoadState('load');
  }
});

test('a damaged settings record falls back to the defaults and the app starts as usual', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('mend-preferences', '{"schemaVersion":1,"theme":"purple","textSize":7,'));
  await page.goto('/practices/reframing');
  await expect(page.getByRole('heading', { level: 1, name: 'Look at the story again' })).toBeVisible();
  expect(await rootLook(page)).toEqual({ background: 'rgb(247, 245, 242)', fontSize: '16px', theme: null });
  await page.goto('/settings');
  await expect(page.getByRole('radio', { name: 'Match this device' }).first()).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Standard' })).toBeChecked();
});

test('the system dark theme is followed when no theme is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About Mend' })).toBeVisible();
  expect(await rootLook(page)).toEqual({ background: 'rgb(19, 24, 27)', fontSize: '16px', theme: null });
});
