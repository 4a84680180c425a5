// A goal the store refuses as it is (a date box lets a year run to five digits;
// a goal holds four): the screen says so, and the words come back after a reload.
import { expect, test } from './fixtures';

test('a new goal refused as it is says so, and its words come back after a reload', async ({ page }) => {
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Call my sister');
  await page.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Find her number');
  const date = page.getByLabel('Target date (optional)');
  await date.click();
  // Month, day, then a five-digit year, typed as a person would.
  await page.keyboard.type('0501');
  await page.keyboard.type('20260');
  await expect(date).toHaveValue('20260-05-01');
  await page.getByRole('button', { name: 'Save goal' }).click();

  await expect(page.getByText(/We couldn't save this change to your goal as it is/)).toBeVisible();
  await page.reload();
  await page.goto('/goals/new');
  await expect(page.getByRole('textbox', { name: /Your goal/ })).toHaveValue('Call my sister');
  await expect(page.getByRole('textbox', { name: 'Step 1', exact: true })).toHaveValue('Find her number');
});
