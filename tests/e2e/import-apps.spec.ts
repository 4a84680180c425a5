// Bringing in another app's files, in real Chromium: a Daylio CSV and a Day One
// ZIP into a journal that already has entries, the preview's counts, the entries
// found by search with their tags and moods, the same file again adding nothing,
// and one import removed as a whole.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { store } from './early-paint-helpers';
import { stored } from './two-tabs-helpers';
import { axeInBothThemes } from './axe';

const FIXTURES = path.resolve('tests/fixtures/imports');
const AT = '2026-11-20T09:00:00.000Z';

const mine = (id: string, text: string) => ({ schemaVersion: 1, id, createdAt: AT, updatedAt: AT, text, mood: 6, tags: ['mine'], link: null });

async function choose(page: Page, ...files: string[]) {
  await page.getByLabel('Choose files to bring in').setInputFiles(files.map((file) => path.join(FIXTURES, file)));
  return page.getByRole('group', { name: /would bring in$/ });
}

/** Waits until the journal's database holds this many entries (tombstones aside). */
async function journalHolds(page: Page, count: number) {
  await expect.poll(async () => (await stored(page, 'journal')).filter((value) => !('tombstone' in value)).length).toBe(count);
}

async function search(page: Page, words: string) {
  await page.goto('/journal');
  await page.getByLabel('Search your journal').fill(words);
}

test('a Daylio CSV and a Day One ZIP come into a journal with entries, once, and one import can be removed', async ({ page }) => {
  await store(page, 'journal', [mine('mine-1', 'A note written in Mend first.'), mine('mine-2', 'Another of my own.')]);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  // The import's own scripts the page itself asked for (not its worker), by their size in the build served.
  const pageScripts: number[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\/(import-|read-files)[^/]*\.js$/.test(pathname) && !/import-worker/.test(pathname)) pageScripts.push(statSync(path.join('dist', pathname)).size);
  });
  await page.goto('/settings/data');
  const section = page.getByRole('region', { name: 'Bring in from another app' });
  await expect(section.getByText('Daylio: the CSV export, or a .daylio backup')).toBeVisible();
  // The reading and the merge load only once files are chosen.
  expect(requested.filter((url) => /import-(flow|worker|apply)/.test(url))).toEqual([]);
  expect(pageScripts).toEqual([]);

  // Daylio: four rows read, one with a date that never was; moods mapped (the renamed "super" by its place).
  let preview = await choose(page, 'daylio-export.csv');
  await expect(preview.getByText('This Daylio file adds 4 entries.')).toBeVisible();
  await expect(preview.getByText(/^One entry in the file can't come in/)).toBeVisible();
  await expect(preview.getByRole('combobox', { name: /“awful”/ })).toHaveValue('1');
  await preview.getByRole('combobox', { name: /“good”/ }).selectOption('8');
  const bringIn = preview.getByRole('button', { name: 'Bring them in' });
  await expect(bringIn).toBeDisabled();
  await preview.getByRole('checkbox', { name: 'Bring in the rest, leaving these out' }).check();
  await bringIn.click();
  await expect(section.getByRole('status').getByText('Done: 4 entries from this Daylio file are in your journal.')).toBeVisible();
  await journalHolds(page, 6);
  expect(requested.some((url) => /import-worker/.test(url))).toBe(true);
  // The readers (and fflate) run in the worker: the page itself loads only the flow's small code.
  expect(pageScripts.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(20_000);

  // Day One: photos left out, said plainly.
  preview = await choose(page, 'dayone-export.zip');
  await expect(preview.getByText(/^This Day One file adds \d+ entries\.$/)).toBeVisible();
  await expect(preview.getByText(/photos? will be left out/)).toBeVisible();
  if (await preview.getByRole('checkbox', { name: 'Bring in the rest, leaving these out' }).isVisible()) {
    await preview.getByRole('checkbox', { name: 'Bring in the rest, leaving these out' }).check();
  }
  await preview.getByRole('button', { name: 'Bring them in' }).click();
  await expect(section.getByRole('status').getByText(/^Done: \d+ entries from this Day One file are in your journal\.$/)).toBeVisible();
  const afterBoth = (await stored(page, 'journal')).length;

  // Found by search, with their tags and moods.
  await search(page, 'tomatoes');
  const tomatoes = page.getByRole('article').filter({ hasText: 'The tomatoes are finally red.' });
  await expect(tomatoes).toBeVisible();
  await expect(tomatoes.getByRole('list', { name: 'Tags' })).toContainText('garden');
  await expect(tomatoes.getByRole('list', { name: 'Tags' })).toContainText('starred');
  await page.getByLabel('Search your journal').fill('settle tonight');
  const tonight = page.getByRole('article').filter({ hasText: "Couldn't settle tonight." });
  await expect(tonight.getByText('Mood 1 of 10')).toBeVisible();
  await expect(tonight.getByRole('list', { name: 'Tags' })).toContainText('bad sleep');
  await page.getByLabel('Search your journal').fill('walk');
  await expect(page.getByRole('article').filter({ hasText: 'Mood 8 of 10' })).toBeVisible();

  // The same file again adds nothing.
  await page.goto('/settings/data');
  preview = await choose(page, 'daylio-export.csv');
  await expect(preview.getByText('Everything in this Daylio file is already here (4 entries), so nothing would change.')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Bring them in' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Close' }).click();
  expect((await stored(page, 'journal')).length).toBe(afterBoth);

  // One import removed as a whole; the other, and my own entries, stay.
  await section.getByRole('button', { name: 'Remove what came from this Day One file' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove them' }).click();
  await expect(section.getByText(/^Removed \d+ entries that came from this Day One file\.$/)).toBeVisible();
  await journalHolds(page, 6);
  await expect(section.getByRole('button', { name: 'Remove what came from this Day One file' })).toHaveCount(0);
  await section.getByRole('button', { name: 'Keep them' }).click();
  await expect(section.getByText('Kept. The 4 entries stay in your journal.')).toBeVisible();
  await search(page, 'tomatoes');
  await expect(page.getByText('No entries match, out of 6.')).toBeVisible();
});

test.describe('how it reads', () => {
  test.use({ bypassCSP: true });

  test('the preview, with its moods and skipped rows, and the list of recent imports have no accessibility problems in either theme', async ({ page }) => {
    await page.goto('/settings/data');
    const preview = await choose(page, 'daylio-export.csv');
    await expect(preview.getByRole('combobox', { name: /“awful”/ })).toBeVisible();
    expect(await axeInBothThemes(page)).toEqual([]);
    await preview.getByRole('checkbox', { name: 'Bring in the rest, leaving these out' }).check();
    await preview.getByRole('button', { name: 'Bring them in' }).click();
    await expect(page.getByRole('button', { name: 'Remove what came from this Daylio file' })).toBeVisible();
    expect(await axeInBothThemes(page)).toEqual([]);
  });
});
