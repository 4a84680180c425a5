// Your data, as a person uses it: a backup out and back in, every file that must be
// refused, the same file twice, two tabs, the journal as a text file, and
// deleting everything.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, waitForSave } from './fixtures';

const BAD = fileURLToPath(new URL('../fixtures/bad-backups', import.meta.url));
const expectedReasons = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as Record<string, string>;

/** Every key and value in every Mend database, as JSON: a way to see that nothing changed. */
async function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith('mend-') && n !== 'mend-probe').sort();
    const dump: Record<string, unknown> = {};
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!db.objectStoreNames.contains('records')) {
        db.close();
        continue;
      }
      const store = db.transaction('records').objectStore('records');
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) => new Promise<unknown[]>((resolve) => (request.onsuccess = () => resolve(request.result as unknown[]))),
        ),
      );
      dump[name] = { keys, values };
      db.close();
    }
    return JSON.stringify(dump);
  });
}

async function writeSomething(page: Page) {
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill('Coffee with Zoë. It helped.');
  await page.getByRole('radio', { name: '7' }).check({ force: true });
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await page.goto('/practices/reconnection/steps/1');
  await page.getByRole('textbox', { name: 'Add a person' }).fill('My sister');
  // The person is kept on the belonging map, and the practice names them.
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Walk more');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walk more' })).toBeVisible();
  await waitForSave(page);
}

async function exportBackup(page: Page): Promise<string> {
  await page.goto('/settings/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).first().click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function chooseBackup(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel('Choose a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export, delete everything, import: everything comes back the same', async ({ page }) => {
  await writeSomething(page);
  const backup = await exportBackup(page);
  const before = await dumpStorage(page);

  await page.getByLabel(/type the word “delete”/).fill('delete');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Something hurt/ })).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();

  await page.goto('/settings/data');
  await chooseBackup(page, 'mend-backup.json', backup);
  await expect(page.getByText(/This backup adds 1 person on your map, 1 entry, 1 goal and 1 practice in progress/)).toBeVisible();
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/^Done: added 4/)).toBeVisible();

  // The same records, key for key and value for value (the probe database aside).
  expect(await dumpStorage(page)).toBe(before);
  await page.goto('/journal');
  await expect(page.getByText('Coffee with Zoë. It helped.')).toBeVisible();
  await page.goto('/practices/reconnection/steps/1');
  await expect(page.getByRole('textbox', { name: 'A person 1' })).toHaveValue('My sister');
});

test('the same backup brought in twice changes nothing the second time', async ({ page }) => {
  await writeSomething(page);
  const backup = await exportBackup(page);
  await chooseBackup(page, 'mend-backup.json', backup);
  await expect(page.getByText('Everything in this backup is already here (4), so nothing would change.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bring it in' })).toHaveCount(0);
});

test('every file that is not a usable backup is refused in one sentence, and nothing changes', async ({ page }) => {
  await writeSomething(page);
  await page.goto('/settings/data');
  const before = await dumpStorage(page);
  const files = readdirSync(BAD).filter((name) => name in expectedReasons);
  for (const file of files) {
    await chooseBackup(page, file, readFileSync(join(BAD, file)));
    await expect(page.getByRole('alert').filter({ hasText: expectedReasons[file]! })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bring it in' })).toHaveCount(0);
  }
  expect(await dumpStorage(page)).toBe(before);
});

test('a backup brought in shows up in another open tab', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/journal');
  await expect(first.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
  const second = await context.newPage();
  await second.goto('/settings/data');
  const backup = JSON.stringify({
    app: 'mend',
    format: 1,
    collections: {
      journal: [
        { schemaVersion: 1, id: 'from-backup', createdAt: '2026-11-01T20:15:00.000Z', updatedAt: '2026-11-01T20:16:00.000Z', text: 'Brought in from my old phone.', mood: null, tags: [], link: null },
      ],
    },
  });
  await chooseBackup(second, 'old-phone.json', backup);
  await second.getByRole('button', { name: 'Bring it in' }).click();
  await expect(second.getByText(/^Done: added 1/)).toBeVisible();

  await expect(first.getByText('Brought in from my old phone.')).toBeVisible();
});

test('imported words that look like code are shown as words, and nothing in them runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> [link](javascript:alert(3))';
  await page.goto('/settings/data');
  await chooseBackup(
    page,
    'hostile.json',
    JSON.stringify({
      app: 'mend',
      format: 1,
      collections: {
        journal: [{ schemaVersion: 1, id: 'h', createdAt: '2026-11-01T20:15:00.000Z', updatedAt: '2026-11-01T20:16:00.000Z', text: hostile, mood: null, tags: ['<b>tag</b>'], link: null }],
      },
    }),
  );
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/^Done: added 1/)).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText(hostile)).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the journal saves as a Markdown file any editor opens', async ({ page }) => {
  await writeSomething(page);
  await page.goto('/settings/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my journal as a text file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mend-journal-\d{4}-\d\d-\d\d\.md$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('# My Mend journal');
  expect(text).toContain('Coffee with Zoë. It helped.');
  expect(text).toMatch(/Mood 7 of 10/);
});

test('delete everything asks for a typed word, offers an export first, and starts other tabs afresh', async ({ context }) => {
  const page = await context.newPage();
  await writeSomething(page);
  const other = await context.newPage();
  await other.goto('/journal');
  await expect(other.getByText('Coffee with Zoë. It helped.')).toBeVisible();

  await page.goto('/settings/data');
  await expect(page.getByRole('button', { name: 'Export my data first' })).toBeVisible();
  const erase = page.getByRole('button', { name: 'Delete everything' });
  await expect(erase).toBeDisabled();
  await page.getByLabel(/type the word “delete”/).fill('delet');
  await expect(erase).toBeDisabled();
  await page.getByLabel(/type the word “delete”/).fill('Delete');
  await erase.click();

  await expect(page.getByRole('heading', { level: 1, name: /Something hurt/ })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: /Something hurt/ })).toBeVisible();
  await other.goto('/journal');
  await expect(other.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
  await page.goto('/goals');
  await expect(page.getByText('Pick one small thing')).toBeVisible();
});

test('Your data says what is kept, whether the browser keeps it, and when the last backup was', async ({ page }) => {
  await writeSomething(page);
  await page.goto('/settings/data');
  await expect(page.getByText('Kept here: 1 entry, 1 goal, 1 person on your map, 1 practice in progress.')).toBeVisible();
  await expect(page.getByText('No backup has been saved from this device yet.')).toBeVisible();
  await expect(page.getByText(/Saving is working/)).toBeVisible();
  await exportBackup(page);
  await page.reload();
  await expect(page.getByText(/^Last backup saved on /)).toBeVisible();
});
