import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { axeInBothThemes } from './axe';
import { expect, test, waitForSave } from './fixtures';

const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1))';

async function writeEntry(page: Page, text: string, tags: string[] = []) {
  await page.goto('/journal');
  await page.getByRole('link', { name: 'Write an entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill(text);
  for (const tag of tags) {
    await page.getByRole('textbox', { name: 'Tags (optional)' }).fill(tag);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
}

const entries = (page: Page) =>
  page.getByRole('region', { name: 'Your entries' }).getByRole('article');

test('write an entry and find it again by searching without accents', async ({ page }) => {
  await page.goto('/journal');
  await expect(
    page.getByText('Nothing here yet. Start with a practice, or just write.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Just write' }).click();
  await page
    .getByRole('textbox', { name: "What's on your mind?" })
    .fill('Coffee with Zoë at the café. It helped.');
  await page.getByRole('radio', { name: '7' }).check({ force: true });
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('friends,');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await writeEntry(page, 'A quiet walk on my own.', ['walking']);

  await expect(entries(page)).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('zoe cafe');
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).locator('mark')).toHaveText(['Zoë', 'café']);
  await expect(entries(page).getByText('Mood 7 of 10')).toBeVisible();

  await entries(page)
    .getByRole('link', { name: /^Open entry/ })
    .click();
  await expect(page.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
    'Coffee with Zoë at the café. It helped.',
  );
});

test('reload in the middle of typing: the words are offered back', async ({ page }) => {
  await page.goto('/journal/new');
  await page
    .getByRole('textbox', { name: "What's on your mind?" })
    .pressSequentially('I keep thinking about');
  await waitForSave(page);
  await page.reload();
  await expect(
    page.getByText('You were writing something here, and we kept it for you.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
    'I keep thinking about',
  );

  // Even words typed a moment before the reload survive: the draft is written as the page goes.
  await page.getByRole('button', { name: 'Keep going' }).click();
  await page.keyboard.type(' the party.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
    'I keep thinking about the party.',
  );
});

test('close the browser and open it again with the same profile: the entry is there', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'mend-journal-profile-'));
  const problems: string[] = [];
  const open = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      baseURL,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    return { context, page };
  };
  try {
    const first = await open();
    await writeEntry(first.page, 'Written before the browser closed. Still mine.', ['kept']);
    await expect(entries(first.page)).toHaveCount(1);
    await first.context.close();

    const second = await open();
    await second.page.goto('/journal');
    await second.page.getByRole('searchbox', { name: 'Search your journal' }).fill('still mine');
    await expect(entries(second.page)).toHaveCount(1);
    await expect(entries(second.page).getByText(/Written before the browser closed/)).toBeVisible();
    await expect(entries(second.page).getByRole('listitem')).toHaveText(['kept']);
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('two tabs stay in step: an entry saved in one shows in the other', async ({ context }) => {
  const reading = await context.newPage();
  await reading.goto('/journal');
  await expect(
    reading.getByText('Nothing here yet. Start with a practice, or just write.'),
  ).toBeVisible();
  const writing = await context.newPage();
  await writeEntry(writing, 'Written in the other tab.');
  await expect(entries(reading).getByText('Written in the other tab.')).toBeVisible({
    timeout: 1000,
  });
});

test('delete an entry, then undo', async ({ page }) => {
  await writeEntry(page, 'Keep this one.');
  await writeEntry(page, 'I might not want this one.');
  await entries(page)
    .filter({ hasText: 'I might not want this one.' })
    .getByRole('link', { name: /^Open entry/ })
    .click();
  await page.getByRole('button', { name: 'Delete entry' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
  await expect(page.getByText('Entry deleted.')).toBeVisible();
  await expect(entries(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entries(page)).toHaveCount(2);

  await page.reload();
  await expect(entries(page)).toHaveCount(2);
  await expect(page.getByText('I might not want this one.')).toBeVisible();
});

test('hostile text is shown as text, and nothing in it runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));

  await writeEntry(page, HOSTILE, ['<b>tag</b>']);
  await expect(entries(page).getByText(HOSTILE)).toBeVisible();
  await expect(entries(page).getByText('<b>tag</b>')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('script');
  await expect(entries(page).locator('mark')).toHaveCount(3);
  await entries(page)
    .getByRole('link', { name: /^Open entry/ })
    .click();
  await expect(page.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(HOSTILE);
  await page.goBack();
  await expect(entries(page)).toHaveCount(1);

  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(requests.filter((path) => path === '/x')).toEqual([]);
});

test.describe('with axe', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });
  test(`the journal with entries, a search, filters and the undo message passes axe, in either theme`, async ({
    page,
  }) => {
    await writeEntry(page, 'A walk with Zoë by the river.', ['walking', 'family']);
    await writeEntry(page, 'Second entry, to delete.');
    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('walk');
    await page.getByText('Filter entries').click();
    await expect(entries(page).locator('mark')).toHaveCount(2);
    expect(await axeInBothThemes(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('');
    await entries(page)
      .filter({ hasText: 'Second entry' })
      .getByRole('link', { name: /^Open entry/ })
      .click();
    await page.getByRole('textbox', { name: "What's on your mind?" }).pressSequentially(' More.');
    await waitForSave(page);
    await page.reload();
    await expect(
      page.getByText('You were writing something here, and we kept it for you.'),
    ).toBeVisible();
    expect(await axeInBothThemes(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete entry' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await axeInBothThemes(page)).toEqual([]);
  });
});
