// The passphrase lock, as a person uses it: words written, a passphrase set,
// nothing readable left in IndexedDB or localStorage, the unlock screen after a
// reload (with help still open), a wrong passphrase refused kindly, the right
// one opening everything, "Lock now" reaching another tab, and the lock taken off.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { expect, test, waitForSave } from './fixtures';
import { dumpEverything, PASSPHRASE } from './lock-helpers';

const WORDS = {
  entry: 'Marigolds on the windowsill again',
  tag: 'windowsill',
  goal: 'Learn the cello, slowly',
  answer: 'Tamsin brought soup and stayed',
};

async function readDownload(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

async function writeWords(page: Page) {
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill(WORDS.entry);
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill(`${WORDS.tag},`);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();

  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill(WORDS.goal);
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.goal })).toBeVisible();

  await page.goto('/practices/reconnection/steps/3');
  await page.getByRole('textbox', { name: /What kindness, recent or long ago/ }).fill(WORDS.answer);
  await waitForSave(page);
}

async function setLock(page: Page) {
  await page.goto('/settings/lock');
  await expect(page.getByText(/If you forget your passphrase, no one can open what you wrote/)).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByText('The lock is on. Mend will ask for your passphrase each time it opens.')).toBeVisible({ timeout: 15_000 });
}

async function unlockWith(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('with a passphrase set, nothing written is readable on the device; the right passphrase opens it all, and taking the lock off makes it plain again', async ({ page }) => {
  test.setTimeout(90_000);
  await writeWords(page);
  const plain = await dumpEverything(page);
  for (const words of Object.values(WORDS)) expect(plain, words).toContain(words);

  await setLock(page);

  const sealed = await dumpEverything(page);
  for (const words of Object.values(WORDS)) expect(sealed, words).not.toContain(words);
  expect(sealed).toContain('mend-lock/');
  expect(sealed).not.toContain('mend-rescue:');

  // A fresh page: the unlock screen, with help a tap away and open without the passphrase.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  await page.getByRole('link', { name: 'Crisis lines and where to find more help' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Mend is locked');
  await expect(page.getByText(/emergency/i).first()).toBeVisible();

  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  await unlockWith(page, 'a quiet harbour at dawn');
  await expect(page.getByRole('alert')).toHaveText(/That passphrase didn't open Mend. Nothing has changed/);
  expect(await dumpEverything(page)).not.toContain(WORDS.entry);

  await unlockWith(page, PASSPHRASE);
  await expect(page.getByText(WORDS.entry)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByText(WORDS.goal)).toBeVisible();
  // The key lives only in this page's memory: a page loaded anew asks again.
  await page.goto('/practices/reconnection/steps/3');
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('textbox', { name: /What kindness, recent or long ago/ })).toHaveValue(WORDS.answer);

  // Taking it off: every record plain again, and no lock asked for after a reload.
  await page.goto('/settings/lock');
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Take the lock off' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Remove the lock' }).click();
  await expect(page.getByText(/The lock is off/)).toBeVisible({ timeout: 15_000 });
  const after = await dumpEverything(page);
  for (const words of Object.values(WORDS)) expect(after, words).toContain(words);
  expect(after).not.toContain('localStorage mend-lock');

  await page.goto('/journal');
  await page.reload();
  await expect(page.getByText(WORDS.entry)).toBeVisible();
});

test('"Lock now" locks every open tab, and the words leave the screen', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill(WORDS.entry);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await setLock(page);

  const other = await context.newPage();
  await other.goto('/journal');
  await unlockWith(other, PASSPHRASE);
  await expect(other.getByText(WORDS.entry)).toBeVisible();

  // From the footer, on any screen.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  await expect(other.getByText(WORDS.entry)).toHaveCount(0);
  await other.close();
});

test('with the lock on, a backup is protected with the passphrase by default, and comes back in only with it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill(WORDS.entry);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await setLock(page);

  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('checkbox', { name: 'Protect this file with your passphrase' })).toBeChecked();
  await page.getByLabel('Your passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Export my data', exact: true }).click();
  await expect(page.getByText(/That isn't the passphrase Mend is locked with, so no file was made/)).toBeVisible();
  await page.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data', exact: true }).click();
  const file = await readDownload(await download);
  expect(file).not.toContain(WORDS.entry);
  expect(JSON.parse(file)).toMatchObject({ app: 'mend', protected: { kdf: 'PBKDF2-SHA256' } });

  // Brought back in: asked for its passphrase; a wrong one changes nothing; the right one shows the preview.
  const before = await dumpEverything(page);
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'mend-backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByLabel('Passphrase for this backup').fill('a quiet harbour at dawn');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('alert')).toHaveText(/That passphrase doesn't open this backup. Nothing was changed./);
  expect(await dumpEverything(page)).toBe(before);
  await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText('Everything in this backup is already here (1), so nothing would change.')).toBeVisible();
});

test('locks by itself after the idle time chosen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await setLock(page);
  await page.getByRole('radio', { name: 'After 1 minute' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toHaveCount(0);
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
});

test('a lost passphrase need not lock Mend for ever: deleting everything starts again, without the lock', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill(WORDS.entry);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await setLock(page);

  await page.goto('/journal');
  await page.getByText('Forgotten your passphrase?').click();
  const erase = page.getByRole('button', { name: 'Delete everything and start again' });
  await expect(erase).toBeDisabled();
  await page.getByLabel(/To delete everything, type the word/).fill('delete');
  await erase.click();
  await expect(page.getByRole('heading', { level: 1, name: /Something hurt/ })).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
  const left = await dumpEverything(page);
  // The stores stay, empty, as after any "Delete everything".
  expect(left).toContain('mend-lock/records: \n');
  expect(left).not.toContain('localStorage mend-lock');
  expect(left).not.toContain('sealed');
});

test.describe('the lock screens pass axe', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });
  test(`setting, the lock on, unlocking and a protected export, in either theme`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/settings/lock');
    expect(await axeInBothThemes(page), 'setting a passphrase').toEqual([]);
    await setLock(page);
    expect(await axeInBothThemes(page), 'the lock on').toEqual([]);

    await page.reload();
    await page.getByText('Forgotten your passphrase?').click();
    await unlockWith(page, 'not the passphrase');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeInBothThemes(page), 'the unlock screen, after a wrong passphrase').toEqual([]);
    // Appearance holds no words: open while locked.
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    await page.goto('/settings/data');
    await unlockWith(page, PASSPHRASE);
    await expect(page.getByRole('checkbox', { name: 'Protect this file with your passphrase' })).toBeChecked();
    expect(await axeInBothThemes(page), 'Your data with the lock on').toEqual([]);
  });
});
