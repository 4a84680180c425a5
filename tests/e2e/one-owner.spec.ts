// Words lost in ordinary use, each tried the way a person would, in real Chromium:
// one owner for every text, words waiting in an "Add" box, two tabs at once,
// deletes across a reload, drafts of goals and notes, and saves that fail.
import type { Page } from '@playwright/test';
import { expect, test, waitForSave } from './fixtures';

const journalText = (page: Page) => page.getByRole('textbox', { name: "What's on your mind?" });

test('an answer edited in the journal is not undone by the practice it came from', async ({ page }) => {
  await page.goto('/practices/reconnection/steps/3');
  await page.getByRole('textbox', { name: /What kindness, recent or long ago/ }).fill('She said she missed me.');
  await waitForSave(page);

  await page.goto('/journal');
  await page.getByRole('link', { name: /^Open entry/ }).click();
  // Written from a practice, the entry's box is labelled with the practice's question.
  await page.getByRole('textbox', { name: /What kindness, recent or long ago/ }).fill('She said she missed me, and asked me to dinner.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();

  // The practice again, by its own address, then the journal again.
  await page.goto('/practices/reconnection/steps/3');
  await expect(page.getByRole('textbox', { name: /What kindness, recent or long ago/ })).toHaveValue(
    'She said she missed me, and asked me to dinner.',
  );
  await waitForSave(page);
  await page.goto('/journal');
  await expect(page.getByText('She said she missed me, and asked me to dinner.')).toBeVisible();
  await expect(page.getByText('She said she missed me.', { exact: true })).toHaveCount(0);
});

test('a name typed in "Add a person" is added when you press Next, and kept across a reload before Add', async ({
  page,
}) => {
  await page.goto('/practices/reconnection/steps/1');
  await page.getByRole('textbox', { name: 'Add a person' }).fill('My aunt Rosa');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('textbox', { name: 'A person 1' })).toHaveValue('My aunt Rosa');

  await page.getByRole('textbox', { name: 'Add a person' }).pressSequentially('Sam from work');
  // No Add, no waiting: the page reloads at once.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Add a person' })).toHaveValue('Sam from work');
});

test('a tag typed but not added is kept across a reload and saved with the entry', async ({ page }) => {
  await page.goto('/journal/new');
  await journalText(page).fill('A better evening.');
  await page.getByRole('textbox', { name: 'Tags (optional)' }).pressSequentially('hope');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tags (optional)' })).toHaveValue('hope');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('region', { name: 'Your entries' }).getByText('hope')).toBeVisible();
});

test('two tabs save the same entry: the first tab’s words are kept, both shown, and the person chooses', async ({
  context,
}) => {
  const setup = await context.newPage();
  await setup.goto('/journal/new');
  await journalText(setup).fill('The words as they were.');
  await setup.getByRole('button', { name: 'Save entry' }).click();
  await setup.getByRole('link', { name: /^Open entry/ }).click();
  const address = setup.url();
  await setup.close();

  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(address);
  await second.goto(address);
  await journalText(first).fill('Changed in the first tab.');
  await journalText(second).fill('Changed in the second tab.');

  await first.getByRole('button', { name: 'Save entry' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
  await second.getByRole('button', { name: 'Save entry' }).click();

  const choice = second.getByRole('alert').filter({ hasText: 'This entry was changed in two places' });
  await expect(choice).toBeVisible();
  await expect(choice.getByText('Changed in the first tab.')).toBeVisible();
  await expect(journalText(second)).toHaveValue('Changed in the second tab.');
  await choice.getByRole('button', { name: 'Keep both' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
  await expect(second.getByText('Changed in the first tab.')).toBeVisible();
  await expect(second.getByText('Changed in the second tab.')).toBeVisible();
});

test('two tabs writing new entries each keep their own words', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/journal/new');
  await second.goto('/journal/new');
  await journalText(first).pressSequentially('Tab one, still writing');
  await waitForSave(first);
  await journalText(second).fill('Tab two, done.');
  await second.getByRole('button', { name: 'Save entry' }).click();
  await expect(second.getByText('Entry saved.')).toBeVisible();
  await first.close();

  // Tab one's words were never saved as an entry, and are still kept.
  const later = await context.newPage();
  await later.goto('/journal');
  const unfinished = later.getByRole('region', { name: 'Unfinished writing' });
  await expect(unfinished.getByText('“Tab one, still writing”')).toBeVisible();
  await unfinished.getByRole('link', { name: 'Keep writing' }).click();
  await expect(journalText(later)).toHaveValue('Tab one, still writing');
});

test('two tabs on one practice, on different steps, keep both answers', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/practices/reconnection/steps/2');
  await first.getByRole('checkbox', { name: 'A voice note' }).check();
  await waitForSave(first);
  const second = await context.newPage();
  await second.goto('/practices/reconnection/steps/5');
  await second.getByRole('radio', { name: '6' }).check({ force: true });
  await first.getByRole('checkbox', { name: 'A short text to say hi' }).check();
  await waitForSave(first);
  await waitForSave(second);

  const third = await context.newPage();
  await third.goto('/practices/reconnection/steps/2');
  await expect(third.getByRole('checkbox', { name: 'A voice note' })).toBeChecked();
  await expect(third.getByRole('checkbox', { name: 'A short text to say hi' })).toBeChecked();
  await third.goto('/practices/reconnection/steps/5');
  await expect(third.getByRole('radio', { name: '6' })).toBeChecked();
});

test('deleting the journal copy of an unfinished answer does not bring it back on the practice', async ({ page }) => {
  await page.goto('/practices/reconnection/steps/3');
  await page.getByRole('textbox', { name: /What kindness, recent or long ago/ }).fill('Words I want gone.');
  await waitForSave(page);
  await page.goto('/journal');
  await page.getByRole('link', { name: /^Open entry/ }).click();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  // The undo window is still open when the page closes.
  await page.goto('/practices/reconnection/steps/3');
  await expect(page.getByRole('textbox', { name: /What kindness, recent or long ago/ })).toHaveValue('');
  await page.goto('/journal');
  await expect(page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
});

test('a delete is carried out when the page reloads inside the undo window', async ({ page }) => {
  await page.goto('/journal/new');
  await journalText(page).fill('Let this one go.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.getByRole('link', { name: /^Open entry/ }).click();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(page.getByText('Entry deleted.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
});

test('a goal being written survives a reload, and Cancel asks before dropping it', async ({ page }) => {
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Join the Tuesday choir');
  await page.getByRole('textbox', { name: /Why it matters to me/ }).pressSequentially('I like singing with people.');
  await page.reload();
  await expect(page.getByText('You were writing this goal, and we kept it for you.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Your goal/ })).toHaveValue('Join the Tuesday choir');
  await expect(page.getByRole('textbox', { name: /Why it matters to me/ })).toHaveValue('I like singing with people.');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving this goal?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep writing' }).click();
  await expect(page.getByRole('textbox', { name: /Your goal/ })).toHaveValue('Join the Tuesday choir');
});

test('a note typed on a ticked step survives a reload', async ({ page }) => {
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Walk more');
  await page.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Walk round the block');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await page.getByRole('checkbox', { name: 'Walk round the block' }).check();
  await page.getByRole('textbox', { name: 'How did it go? (optional)' }).pressSequentially('Easier than I thought');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'How did it go? (optional)' })).toHaveValue('Easier than I thought');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('“Easier than I thought”').first()).toBeVisible();
});

test('an address like /practices/__proto__ finds nothing, kindly, instead of breaking', async ({ page }) => {
  for (const id of ['__proto__', 'hasOwnProperty', 'valueOf']) {
    await page.goto(`/practices/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
  }
});

test('with nothing being saved, a step never says "Saved on this device"', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/practices/reconnection/steps/3');
  await page.getByRole('textbox').fill('Only for this visit.');
  await expect(page.getByText(/Kept for this visit only/)).toBeVisible();
  await expect(page.getByText(/Saved on this device/)).toHaveCount(0);
});

test('finishing a practice that cannot be saved says so, keeps everything, and works on the next try', async ({ page }) => {
  await page.goto('/practices/reconnection/steps/6');
  await page.getByRole('textbox').fill('Reply to Jo');
  await waitForSave(page);
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = function failingPut() {
      throw new DOMException('Something went wrong on the disk.', 'UnknownError');
    };
  });
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText(/We couldn't finish just now\. Everything you wrote is still here/)).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveValue('Reply to Jo');

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect(page.getByText('Reply to Jo')).toBeVisible();
});
