import { expect, test } from './fixtures';

test('browse the library, search it, and open a practice', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Mend');
  await expect(page.getByRole('article')).toHaveCount(7);
  await page.getByRole('searchbox', { name: 'Search the practices' }).fill('boundaries');
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByRole('link', { name: 'Protect your energy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protect your energy' })).toBeVisible();
  await expect(page).toHaveTitle('Protect your energy · Mend');
  await expect(page.getByRole('heading', { name: 'A gentle warning' })).toBeVisible();
});

test('words typed into search before the app has started are kept and used', async ({ page }) => {
  // A slow phone: the prerendered home is on screen well before the app starts.
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the practices' }).fill('boundaries');
  await expect(page.getByRole('article')).toHaveCount(1, { timeout: 8000 });
  await expect(page.getByRole('searchbox', { name: 'Search the practices' })).toHaveValue('boundaries');
});

test('complete a practice from the first step to its summary', async ({ page }) => {
  await page.goto('/practices/boundaries');
  await page.getByRole('link', { name: 'Start practice' }).click();

  await expect(page.getByText('Step 1 of 6')).toBeVisible();
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await page.getByRole('textbox').fill('I will not answer work messages after 8 p.m.');
  await page.getByRole('button', { name: 'Next' }).click();

  for (const n of [3, 4, 5]) {
    await expect(page.getByText(`Step ${n} of 6`)).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByText('Step 6 of 6')).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect(page.getByText('I will not answer work messages after 8 p.m.')).toBeVisible();

  await page.goto('/practices/boundaries');
  await expect(page.getByRole('heading', { name: "Times you've done this" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start again' })).toBeVisible();
});

test('reload in the middle of a practice and resume at the same step with the answers', async ({
  page,
}) => {
  await page.goto('/practices/reframing/steps/1');
  const story = page.getByRole('textbox');
  await story.fill('They stopped inviting me, so I must be hard to be around.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await page.getByRole('radio', { name: '8' }).check({ force: true });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 3 of 6')).toBeVisible();
  await page.getByRole('textbox').pressSequentially('Fact: no invite this month.');
  // No waiting for the debounced save: the words typed a moment ago must survive too.
  await page.reload();

  await expect(page.getByText('Step 3 of 6')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveValue('Fact: no invite this month.');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: '8' })).toBeChecked();

  await page.goto('/');
  await page.getByRole('link', { name: 'Look at the story again: resume at step 2' }).click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
});

test('a closed tab keeps the practice: a new tab resumes it', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/practices/self-worth/steps/4');
  await first.getByRole('textbox').pressSequentially('Dear me, you did your best.');
  await first.close({ runBeforeUnload: true });

  const second = await context.newPage();
  await second.goto('/practices/self-worth');
  await second.getByRole('link', { name: 'Resume at step 4' }).click();
  await expect(second.getByRole('textbox')).toHaveValue('Dear me, you did your best.');
});

test('unknown addresses show a kind not-found page', async ({ page }) => {
  await page.goto('/nowhere/at-all');
  await expect(
    page.getByRole('heading', { level: 1, name: "We couldn't find that page" }),
  ).toBeVisible();
  await page.goto('/practices/not-a-practice');
  await expect(
    page.getByRole('heading', { level: 1, name: "We couldn't find that page" }),
  ).toBeVisible();
});

test('the help page lists the crisis lines, and is one tap away from every screen', async ({
  page,
}) => {
  await page.goto('/practices/goals/steps/2');
  await page.getByRole('link', { name: 'Need help now?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Need help now' })).toBeVisible();
  // Each number shows first in the urgent section at the top, then again in the full list.
  await expect(page.getByRole('link', { name: '988' }).first()).toHaveAttribute('href', 'tel:988');
  await expect(page.getByRole('link', { name: '116 123' }).first()).toHaveAttribute('href', 'tel:116123');
  await expect(page.getByRole('link', { name: '13 11 14' }).first()).toHaveAttribute('href', 'tel:131114');
});

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  test('the home screen is already in the page, so it paints at once on a slow phone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: "Something hurt. Let's take one small step." })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Need help now?' })).toBeVisible();
  });
});
