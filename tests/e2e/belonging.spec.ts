// The belonging map and the strengths lists, end to end in a real browser:
// what a practice writes shows on the map after a reload, the map works by
// keyboard alone, and the hard-day view shows a few strengths one at a time.
import type { Locator, Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { expect, test, waitForSave } from './fixtures';

/** Presses Tab, as a person would, until the thing is focused. */
async function tabTo(page: Page, target: Locator, most = 80) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('a person named in a practice is on the belonging map after a reload', async ({ page }) => {
  await page.goto('/practices/reconnection/steps/1');
  await page.getByRole('textbox', { name: 'Add a person' }).fill('Auntie Rose');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  // Typed but never added: kept, and added on moving on.
  await page.getByRole('textbox', { name: 'Add a person' }).fill('Mo from choir');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send something small' })).toBeVisible();
  // The safe people are offered to reach out to, and the map keeps the day.
  await page.getByRole('button', { name: 'I reached out today: Auntie Rose' }).click();
  await waitForSave(page);

  await page.goto('/belonging');
  await page.reload();
  const unplaced = page.getByRole('region', { name: 'Not in a circle yet' });
  await expect(unplaced.getByText('Auntie Rose', { exact: true }).first()).toBeVisible();
  await expect(unplaced.getByText('Mo from choir', { exact: true }).first()).toBeVisible();
  await expect(unplaced.getByText('You reached out today.')).toBeVisible();
  await expect(unplaced.getByRole('checkbox', { name: 'Safe person: Auntie Rose' })).toBeChecked();

  // Placed in a circle, they count toward the spread.
  const rose = unplaced.getByRole('listitem').filter({ hasText: 'Auntie Rose' });
  await rose.getByText('Change or remove').click();
  await rose.getByRole('combobox', { name: 'Circle' }).selectOption({ label: 'Family' });
  await expect(
    page.getByText('1 of your 7 circles holds someone warm. Family does.'),
  ).toBeVisible();
});

test('the belonging map by keyboard alone', async ({ page }) => {
  await page.goto('/belonging');
  await expect(page.getByText(/Your map is empty for now/)).toBeVisible();

  await tabTo(page, page.getByRole('textbox', { name: 'Add someone to Friends' }));
  await page.keyboard.type('Jun');
  await page.keyboard.press('Enter');
  const friends = page.getByRole('region', { name: 'Friends' });
  await expect(friends.getByText('Jun', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByText('1 of your 7 circles holds someone warm. Friends does.'),
  ).toBeVisible();

  await tabTo(page, friends.getByRole('checkbox', { name: 'Safe person: Jun' }));
  await page.keyboard.press('Space');
  await expect(friends.getByRole('checkbox', { name: 'Safe person: Jun' })).toBeChecked();
  await tabTo(page, friends.getByRole('button', { name: 'Reached out today: Jun' }));
  await page.keyboard.press('Enter');
  await expect(friends.getByText('You reached out today.')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Rename Hobby or club' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New name for Hobby or club' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Climbing wall');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Climbing wall' })).toBeVisible();

  await tabTo(page, page.getByRole('textbox', { name: 'Name a new circle' }));
  await page.keyboard.type('Night-shift crew');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Night-shift crew' })).toBeVisible();
  await waitForSave(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Climbing wall' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Night-shift crew' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Friends' })
      .getByRole('checkbox', { name: 'Safe person: Jun' }),
  ).toBeChecked();
});

test('a word typed in an Add box on the map is kept through a reload', async ({ page }) => {
  await page.goto('/belonging');
  await page.getByRole('textbox', { name: 'Add someone to Family' }).fill('Grandad');
  await waitForSave(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Add someone to Family' })).toHaveValue('Grandad');
  // Moving on to another screen adds it.
  await page.getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your goals' })).toBeVisible();
  await waitForSave(page);
  await page.goto('/belonging');
  await expect(
    page.getByRole('region', { name: 'Family' }).getByText('Grandad', { exact: true }).first(),
  ).toBeVisible();
});

test('strengths written in the practice and on their screen, read gently on a hard day', async ({
  page,
}) => {
  await page.goto('/practices/self-worth/steps/1');
  await page.getByRole('textbox', { name: 'Add a strength' }).fill('I keep my promises');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await waitForSave(page);

  await page.goto('/strengths');
  await expect(page.getByRole('textbox', { name: 'A strength 1' })).toHaveValue(
    'I keep my promises',
  );
  await page.getByRole('textbox', { name: 'Add a win' }).fill('Went for a walk in the rain');
  await page.getByRole('button', { name: 'Add to small wins' }).click();
  await page.getByRole('textbox', { name: 'Add a moment' }).fill('Sam said I made the evening');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'A win 1' })).toHaveValue(
    'Went for a walk in the rain',
  );
  await expect(page.getByRole('textbox', { name: 'A moment 1' })).toHaveValue(
    'Sam said I made the evening',
  );
  await waitForSave(page);

  await page.getByRole('button', { name: 'Read a few gently' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'For a hard day' })).toBeVisible();
  await expect(page.getByText('1 of 3')).toBeVisible();
  await expect(page.getByRole('blockquote')).toHaveCount(1);
  const seen = new Set<string>();
  for (let i = 0; i < 3; i++) {
    seen.add((await page.getByRole('blockquote').textContent()) ?? '');
    if (i < 2) await page.getByRole('button', { name: 'Show another' }).click();
  }
  expect(seen).toEqual(
    new Set(['I keep my promises', 'Went for a walk in the rain', 'Sam said I made the evening']),
  );
  await expect(page.getByText("That's all for now.")).toBeVisible();

  // Its own address: a reload stays on it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'For a hard day' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to your lists' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Strengths and kindnesses' }),
  ).toBeVisible();
});

test.describe('with axe', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });
  test('the map and the strengths have no accessibility problems, in either theme', async ({ page }) => {
    await page.goto('/belonging');
    await page.getByRole('textbox', { name: 'Add someone to Friends' }).fill('Jun');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Friends does/)).toBeVisible();
    expect(await axeInBothThemes(page)).toEqual([]);
    await page.goto('/strengths');
    await page.getByRole('textbox', { name: 'Add a win' }).fill('Made soup');
    await page.keyboard.press('Enter');
    expect(await axeInBothThemes(page)).toEqual([]);
  });
});
