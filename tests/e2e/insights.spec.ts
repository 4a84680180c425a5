import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';

test.use({ bypassCSP: true });

test('check in before and after a practice, then see the change on the insights screen', async ({
  page,
}) => {
  await page.goto('/practices/boundaries/steps/1');
  const before = page.getByRole('group', { name: /Before you begin/ });
  await before.getByRole('radio', { name: '3' }).check({ force: true });
  await expect(page.getByText('Noted. At the end you can check in again')).toBeVisible();
  for (let n = 1; n < 6; n++) {
    await expect(page.getByText(`Step ${n} of 6`)).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await page.getByRole('radio', { name: '7' }).check({ force: true });
  await expect(page.getByText('Noted. Thank you for checking in.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to the practices' }).click();
  await page.getByRole('link', { name: 'See what helps you' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What helps you' })).toBeVisible();
  await expect(page.getByText('Protect your energy: +4.0 on average, once.')).toBeVisible();
  await expect(
    page.getByText(/^2 check-ins in the last 30 days, from 3 to 7, 5 on average\.$/),
  ).toBeVisible();

  // The same numbers as a table, for anyone who wants them (and for screen readers).
  await page.getByText('Show these numbers as a table').first().click();
  await expect(
    page
      .getByRole('table', { name: /Your check-ins in the last 30 days/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('5');

  // After a reload, the numbers are read back from storage.
  await page.reload();
  await expect(page.getByText('Protect your energy: +4.0 on average, once.')).toBeVisible();
});

test('a low quick check-in on the home screen shows the calm support card', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Check in' }).click();
  const scale = page.getByRole('group', { name: 'How are you feeling right now?' });
  await scale.getByRole('radio', { name: '1', exact: true }).check({ force: true });
  const card = page.getByRole('region', { name: "You don't have to carry this alone" });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: 'here is where to find more help' })).toHaveAttribute(
    'href',
    '/help',
  );
  await card.getByRole('link', { name: 'send one small message to someone safe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send something small' })).toBeVisible();

  // The home screen's week line now names the check-in.
  await page.goto('/');
  await expect(page.getByText('Your last check-in was 1 out of 10, today.')).toBeVisible();
});

for (const [name, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test(`insights and the quick check-in pass axe on ${name}, in either theme`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page
      .getByRole('group', { name: 'How are you feeling right now?' })
      .getByRole('radio', { name: '6' })
      .check({ force: true });
    await page.getByRole('button', { name: 'hopeful' }).click();
    await page.getByRole('textbox', { name: 'One line about it (optional)' }).fill('A walk at lunch helped.');
    expect(await axeInBothThemes(page)).toEqual([]);
    await page.goto('/insights');
    await expect(page.getByText(/^One check-in in the last 30 days: 6/)).toBeVisible();
    const listed = page.getByRole('list', { name: 'Your check-ins' }).getByRole('listitem');
    await expect(listed).toContainText('6 of 10 · hopeful');
    await expect(listed).toContainText('A walk at lunch helped.');
    await page.getByText('Show these numbers as a table').first().click();
    expect(await axeInBothThemes(page)).toEqual([]);
  });
}
