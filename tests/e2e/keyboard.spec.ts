// Everything a person does in Mend, done with the keyboard alone: no clicks, no
// fills. `tabTo` presses Tab (as a person would) until the thing is focused.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a practice, from its page to its summary, by keyboard alone', async ({ page }) => {
  await page.goto('/practices/boundaries');
  await tabTo(page, page.getByRole('link', { name: 'Start practice' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 1 of 6')).toBeVisible();
  await tabTo(page, page.getByRole('checkbox').first());
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await tabTo(page, page.getByRole('textbox'));
  await page.keyboard.type('No work messages after 8 p.m.');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  for (const n of [3, 4, 5, 6]) {
    await expect(page.getByText(`Step ${n} of 6`)).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: n === 6 ? 'Finish' : 'Next' }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect(page.getByText('No work messages after 8 p.m.')).toBeVisible();
});

test('a journal entry, written and saved by keyboard alone', async ({ page }) => {
  await page.goto('/journal');
  await tabTo(page, page.getByRole('link', { name: 'Write an entry' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: "What's on your mind?" }));
  await page.keyboard.type('A slow walk helped more than I expected.');
  await tabTo(page, page.getByRole('textbox', { name: 'Tags (optional)' }));
  await page.keyboard.type('walking');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Save entry' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your entries' }).getByText('A slow walk helped more than I expected.')).toBeVisible();
});

test('a goal, made and one step ticked, by keyboard alone', async ({ page }) => {
  await page.goto('/goals');
  await tabTo(page, page.getByRole('link', { name: 'Create a goal' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: /Your goal/ }));
  await page.keyboard.type('Walk on Sundays');
  await tabTo(page, page.getByRole('textbox', { name: 'Step 1', exact: true }));
  await page.keyboard.type('Find a route');
  await tabTo(page, page.getByRole('button', { name: 'Save goal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Walk on Sundays' })).toBeVisible();
  const step = page.getByRole('checkbox', { name: 'Find a route' });
  await tabTo(page, step);
  await page.keyboard.press('Space');
  await expect(step).toBeChecked();
  await expect(page.getByRole('heading', { name: 'You did it' })).toBeVisible();
});
