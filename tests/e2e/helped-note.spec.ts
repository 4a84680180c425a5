// The goal-finished box ("What helped you get here?") keeps its words like
// every other field: across a reload, a closed tab, a link and the back button,
// until they are saved to the journal.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WORDS = 'Small steps, and my sister texting me on Sundays.';

async function finishGoal(page: Page) {
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Walk on Sundays');
  await page.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Find a route');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walk on Sundays' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Find a route' }).check();
  await expect(page.getByRole('heading', { name: 'You did it' })).toBeVisible();
}

const helpedBox = (page: Page) => page.getByRole('textbox', { name: 'What helped you get here?' });

/** The words of every unfinished piece of writing stored in IndexedDB. */
function storedDraftWords(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('mend-drafts');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            resolve([]);
            return;
          }
          const reading = db.transaction('records').objectStore('records').getAll();
          reading.onsuccess = () => {
            db.close();
            resolve(
              (reading.result as Record<string, unknown>[]).map((value) =>
                typeof value.text === 'string' ? value.text : typeof value.note === 'string' ? value.note : '',
              ),
            );
          };
        };
      }),
  );
}

test('keeps the words typed in the goal-finished box across a reload', async ({ page }) => {
  await finishGoal(page);
  await helpedBox(page).fill(WORDS);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Finished' })).toBeVisible();
  await expect(helpedBox(page)).toHaveValue(WORDS);
});

test('offers the words typed in the goal-finished box again after the tab was closed', async ({ context, page }) => {
  await finishGoal(page);
  const address = page.url();
  await helpedBox(page).fill(WORDS);
  await expect.poll(() => storedDraftWords(page)).toContain(WORDS);
  await page.close();

  const later = await context.newPage();
  await later.goto(address);
  await expect(later.getByRole('heading', { name: 'Finished' })).toBeVisible();
  await expect(helpedBox(later)).toHaveValue(WORDS);
});

test('keeps the words typed in the goal-finished box when a link is followed and the goal opened again', async ({
  page,
}) => {
  await finishGoal(page);
  await helpedBox(page).fill(WORDS);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('link', { name: 'Walk on Sundays' }).click();
  await expect(helpedBox(page)).toHaveValue(WORDS);
});

test('keeps the words typed in the goal-finished box through the back button, and lets them go once saved', async ({
  page,
}) => {
  await finishGoal(page);
  await helpedBox(page).fill(WORDS);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Strengths' }).click();
  await expect(page).toHaveURL(/\/strengths$/);
  await page.goBack();
  await expect(helpedBox(page)).toHaveValue(WORDS);

  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved in your journal, linked to this goal.')).toBeVisible();
  await expect.poll(() => storedDraftWords(page)).not.toContain(WORDS);
  await page.goto('/journal');
  await expect(page.getByText(WORDS)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Unfinished writing' })).toHaveCount(0);
});
