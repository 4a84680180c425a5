import type { Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';
import { pdfText } from './pdf-text';
import { stored } from './two-tabs-helpers';

/** A moment `days` days before today, at ten in the morning of the browser's own day. */
function daysAgo(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const moment = new Date();
    moment.setHours(10, 0, 0, 0);
    moment.setDate(moment.getDate() - n);
    return moment.toISOString();
  }, days);
}

/** Stores records straight into a collection's database, as an earlier visit would have. */
async function seed(page: Page, collection: string, records: Record<string, unknown>[]) {
  await page.evaluate(
    async ({ name, values }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`mend-${name}`);
        request.onupgradeneeded = () => request.result.createObjectStore('records');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('records', 'readwrite');
      for (const value of values) tx.objectStore('records').put(value, value.id as string);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: collection, values: records },
  );
}

const ENTRIES = [
  { id: 'near-1', text: 'Ana called and we laughed about the bus.', days: 2 },
  { id: 'near-2', text: 'A heavy evening, and I went to bed early.', days: 5 },
  { id: 'near-3', text: 'Walked to the lake before work.', days: 9 },
  { id: 'far-1', text: 'The winter letter I never sent.', days: 70 },
];

async function seedRecords(page: Page) {
  await page.goto('/');
  const entries = [];
  for (const { id, text, days } of ENTRIES) {
    const at = await daysAgo(page, days);
    entries.push({ schemaVersion: 1, id, createdAt: at, updatedAt: at, text, mood: null, tags: [], link: null });
  }
  await seed(page, 'journal', entries);
  const checkIn = async (id: string, value: number, days: number, words: string[]) => {
    const at = await daysAgo(page, days);
    return { schemaVersion: 1, id, createdAt: at, updatedAt: at, value, words, note: '' };
  };
  await seed(page, 'check-ins', [
    await checkIn('c-near', 4, 3, ['hurt', 'lonely']),
    await checkIn('c-near-2', 7, 1, ['lonely']),
    await checkIn('c-far', 9, 70, ['angry']),
  ]);
}

const normalised = (text: string) => text.replace(/\s+/g, '');

test('a summary of the last 4 weeks prints only the two entries ticked, with its days, and keeps the ticks across a reload', async ({ page }) => {
  await seedRecords(page);
  await page.goto('/insights/summary');
  await expect(page.getByRole('heading', { level: 1, name: 'Make a summary' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'The last 4 weeks' })).toBeChecked();
  const choices = page.getByRole('group', { name: 'Journal entries to include' });
  await expect(choices.getByRole('checkbox')).toHaveCount(3);

  await choices.getByRole('checkbox', { name: /Ana called/ }).check();
  await choices.getByRole('checkbox', { name: /Walked to the lake/ }).check();
  // The ticks are kept as a draft: wait for it to be stored, then reload.
  await expect
    .poll(async () => (await stored(page, 'drafts')).find((draft) => draft.kind === 'summary')?.entryIds)
    .toEqual(['near-1', 'near-3']);
  await page.reload();
  await expect(choices.getByRole('checkbox', { name: /Ana called/ })).toBeChecked();
  await expect(choices.getByRole('checkbox', { name: /Walked to the lake/ })).toBeChecked();
  await expect(choices.getByRole('checkbox', { name: /A heavy evening/ })).not.toBeChecked();

  const sheet = page.getByRole('article', { name: /^Summary of my records/ });
  const title = (await sheet.getByRole('heading', { level: 2 }).textContent())!;
  const days = title.replace('Summary of my records, ', '');
  expect(days).toMatch(/^\S.* to \S/);

  // What prints, as the browser lays it out for paper: the page alone.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => document.body.innerText);
  expect(printed).toContain('I made this summary myself with Mend, from my own records. It is not a clinical assessment.');
  expect(printed).toContain(days);
  expect(printed).toContain('Ana called and we laughed about the bus.');
  expect(printed).toContain('Walked to the lake before work.');
  expect(printed).not.toContain('A heavy evening');
  expect(printed).not.toContain('The winter letter');
  expect(printed).not.toContain('Print or save as PDF');
  expect(printed).not.toContain('Need help now?');
  expect(printed).toContain('2 check-ins in this time, from 4 to 7, 5.5 on average.');
  expect(printed).toContain('Words picked with 2 of 2 check-ins in this time:');
  expect(printed).toMatch(/lonely\s+2\s+hurt\s+1/);
  expect(printed).not.toContain('angry');

  // The PDF the browser's "Save as PDF" makes, read back as text.
  const text = normalised(pdfText(await page.pdf({ format: 'A4' })));
  expect(text).toContain(normalised('It is not a clinical assessment.'));
  expect(text).toContain(normalised(days));
  expect(text).toContain(normalised('Ana called and we laughed about the bus.'));
  expect(text).toContain(normalised('Walked to the lake before work.'));
  expect(text).not.toContain(normalised('A heavy evening'));
  expect(text).not.toContain(normalised('The winter letter'));
  expect(text).not.toContain(normalised('Print or save as PDF'));
  expect(text).not.toContain(normalised('Journal entries to include'));
  expect(text).toContain(normalised('Words I picked for how I felt'));
  expect(text).toContain(normalised('lonely'));
  expect(text).not.toContain(normalised('angry'));
});

test('the summary opens by its own address, from its page before any script, and from Your data', async ({ page }) => {
  await page.goto('/settings/data');
  await page.getByRole('link', { name: 'make a summary to print' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Make a summary' })).toBeVisible();
  await expect(page.getByText('Nothing was kept in these days yet')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Make a summary' })).toBeVisible();
  const html = await (await page.request.get('/insights/summary')).text();
  expect(html).toContain('Make a summary');
  expect(html).toContain('data-screen-for="/insights/summary"');
});

test.describe('with the page filled', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });

  for (const [name, viewport] of [
    ['a phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    test(`a summary with a chart, its table and a ticked entry passes axe on ${name}, in either theme`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await seedRecords(page);
      await page.goto('/insights/summary');
      await page.getByRole('checkbox', { name: /Ana called/ }).check();
      await expect(page.getByRole('region', { name: 'Journal entries I chose' })).toContainText('Ana called');
      await expect(page.getByRole('table', { name: /Your check-ins in this time/ })).toBeVisible();
      expect(await axeInBothThemes(page)).toEqual([]);
    });
  }
});
