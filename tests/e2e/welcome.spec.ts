import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ isFirstVisit: true });

/** Waits until the app has decided about the welcome on this page (app-layout.tsx, welcome-dialog.tsx). */
async function welcomeDecided(page: Page, decision: 'seen' | 'not here') {
  await expect(page.locator('html')).toHaveAttribute('data-welcome', decision);
}

test('a first visit to the home screen is welcomed in three short screens, once', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByRole('dialog', { name: 'Self-help, not treatment' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByText('Welcome to Mend · 1 of 3')).toBeVisible();
  await welcome.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('dialog', { name: 'Your words stay on this device' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
  const last = page.getByRole('dialog', { name: 'Help is one tap away' });
  await expect(last.getByRole('link', { name: 'See where to find help' })).toBeVisible();
  await last.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await welcomeDecided(page, 'seen');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the welcome can be skipped, or closed with Escape, and works by keyboard', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByRole('dialog');
  await expect(welcome).toBeVisible();
  // Focus starts inside the welcome; Enter moves on, and focus follows to the new heading.
  await expect(welcome.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your words stay on this device' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await welcomeDecided(page, 'seen');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the welcome says what About says, and never stands in front of the help page', async ({ page }) => {
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now' })).toBeVisible();
  await welcomeDecided(page, 'not here');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.goto('/about');
  for (const title of ['Self-help, not treatment', 'Your words stay on this device', 'Help is one tap away'])
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
});

test.describe('axe', () => {
  test.use({ bypassCSP: true });
  test(`the welcome passes axe in either theme`, async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeInBothThemes(page)).toEqual([]);
  });
});
