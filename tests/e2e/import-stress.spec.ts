// Backups built to break the import, in real Chromium: ids that are not safe in
// a link, files with huge lists (read off the page's thread, with progress and
// a way to stop), Mend's own largest export, and a big history brought in with
// the main thread kept free.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ODD_IDS = ['a/b', 'why?', '#1', 'x..y', '../up', 'space here', 'naïve', '100%'];

function goal(id: string, title: string) {
  const at = '2026-11-01T10:00:00.000Z';
  return { schemaVersion: 1, id, createdAt: at, updatedAt: at, title, why: '', steps: [], targetDate: null, priority: 'medium', status: 'active', completedAt: null, history: [], link: null };
}

function backupOf(collections: Record<string, unknown[]>): string {
  return JSON.stringify({ app: 'mend', format: 1, exportedAt: '2026-11-02T10:00:00.000Z', collections });
}

/**
 * Chooses a file as a person would, from disk: a file given as a buffer is built
 * by script in the page, which would count as the page's own long task.
 */
async function chooseBackup(page: Page, name: string, text: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'mend-import-')), name);
  writeFileSync(path, text);
  await page.getByLabel('Choose a backup file').setInputFiles(path);
}

async function bringIn(page: Page, name: string, text: string) {
  await page.goto('/settings/data');
  await chooseBackup(page, name, text);
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/^Done: added/)).toBeVisible({ timeout: 60_000 });
}

/**
 * The target is no main-thread task over 100 ms. The tests allow 300: on a shared
 * 2-core machine a busy neighbour stretches any task; reading on the page's thread
 * (as before) made tasks of 1.1 s for 12 MB and 11 s for a million items.
 */
const LONGEST_TASK_MS = 300;

/** The longest main-thread tasks from now on, as the browser reports them. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  return async () => {
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
    return tasks.length === 0 ? 0 : Math.max(...tasks);
  };
}

test('opens every imported goal from the list, whatever characters its id holds', async ({ page }) => {
  await bringIn(page, 'odd-ids.json', backupOf({ goals: ODD_IDS.map((id) => goal(id, `Goal called ${id}`)) }));

  for (const id of ODD_IDS) {
    await page.goto('/goals');
    await page.getByRole('link', { name: `Goal called ${id}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Goal called ${id}` })).toBeVisible();
  }
});

test('opens an imported goal with an odd id from a journal entry about it, and its editor from Edit goal', async ({ page }) => {
  const id = 'a/b?#..';
  const at = '2026-11-01T11:00:00.000Z';
  const entry = {
    schemaVersion: 1, id: 'about-odd', createdAt: at, updatedAt: at, text: 'What helped with the odd one.',
    mood: null, tags: [], link: { kind: 'goal', goalId: id, goalTitle: 'The odd one' },
  };
  await bringIn(page, 'odd-links.json', backupOf({ goals: [goal(id, 'The odd one')], journal: [entry] }));

  await page.goto('/journal');
  await page.getByRole('link', { name: 'About your goal: The odd one' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'The odd one' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your goal' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Your goal/ })).toHaveValue('The odd one');
});

/** Every key in every Mend database: a way to see that nothing changed. */
async function storedKeys(page: Page): Promise<Record<string, IDBValidKey[]>> {
  return page.evaluate(async () => {
    const all: Record<string, IDBValidKey[]> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('mend-') || name === 'mend-probe') continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (db.objectStoreNames.contains('records')) {
        const request = db.transaction('records').objectStore('records').getAllKeys();
        all[name] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      }
      db.close();
    }
    return all;
  });
}

test('refuses a backup of a million tiny items at once, with the page free meanwhile', async ({ page }) => {
  await page.goto('/settings/data');
  const longestTask = await watchLongTasks(page);
  const text = `{"app":"mend","format":1,"collections":{"journal":[${new Array(1_000_000).fill('{}').join(',')}]}}`;

  const chosen = Date.now();
  await chooseBackup(page, 'million.json', text);

  await expect(page.getByRole('alert')).toHaveText(/more items than a Mend backup holds \(over 500,000\), so nothing was changed\./);
  const refusedMs = Date.now() - chosen;
  const task = await longestTask();
  const figures = `a million items: refused in ${refusedMs} ms (longest task ${task} ms)`;
  test.info().annotations.push({ type: 'figures', description: figures });
  console.log(figures);
  expect(task).toBeLessThanOrEqual(LONGEST_TASK_MS);
});

test('shows how far the check of a large file has come, and stops when asked, with nothing changed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/settings/data');
  const before = await storedKeys(page);
  const items = new Array(450_000).fill(null).map((_, i) => `{"schemaVersion":1,"id":"n${i}","text":5}`);
  await chooseBackup(page, 'many.json', `{"app":"mend","format":1,"collections":{"journal":[${items.join(',')}]}}`);

  await expect(page.getByRole('progressbar', { name: /^Checked [\d,]+ of 450,000 items$/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Stop reading' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Stopped. Nothing was changed.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bring it in' })).toHaveCount(0);
  expect(await storedKeys(page)).toEqual(before);
});

test("brings back in Mend's own export of 390 entries at the length limit", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/journal');
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mend-journal');
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('records', 'readwrite').objectStore('records');
    const text = 'Every word kept. '.repeat(20_000).slice(0, 200_000);
    for (let i = 0; i < 390; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
      store.put({ schemaVersion: 1, id: `long-${i}`, createdAt: at, updatedAt: at, text, mood: null, tags: [], link: null }, `long-${i}`);
    }
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  });
  await page.goto('/settings/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).first().click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  expect(Buffer.byteLength(exported)).toBeGreaterThan(64 * 1024 * 1024);

  await page.getByLabel(/type the word “delete”/).fill('delete');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Something hurt/ })).toBeVisible();
  await page.goto('/settings/data');
  await chooseBackup(page, 'mend-backup.json', exported);
  await expect(page.getByText(/^This backup adds 390 entries/)).toBeVisible({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText('Done: added 390. Everything else was already here.')).toBeVisible({ timeout: 60_000 });
});

/** A big history as Mend writes it: 20,000 entries, 2,000 goals, 5,000 check-ins (about 11 MB). */
function bigHistory(): string {
  const at = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  const words = 'Walked to the river after work and thought about what she said. It stung less than yesterday. ';
  const journal = Array.from({ length: 20_000 }, (_, i) => ({
    schemaVersion: 1, id: `entry-${i}`, createdAt: at(i), updatedAt: at(i), text: `${i}. ${words.repeat(4)}`, mood: i % 11, tags: ['walk', 'work'], link: null,
  }));
  const goals = Array.from({ length: 2_000 }, (_, i) => ({
    ...goal(`goal-${i}`, `Goal number ${i}`),
    why: 'Because it helps me feel less alone.',
    steps: [0, 1, 2].map((s) => ({ id: `s${s}`, text: `Step ${s} of goal ${i}`, doneAt: s === 0 ? at(i) : null, note: '', date: null })),
  }));
  const checkIns = Array.from({ length: 5_000 }, (_, i) => ({
    schemaVersion: 1, id: `check-${i}`, createdAt: at(i), updatedAt: at(i), value: i % 11, words: ['hurt'], note: 'A slow day.',
  }));
  return backupOf({ journal, goals, 'check-ins': checkIns });
}

test('previews and brings in a big history with the main thread kept free', async ({ page }) => {
  test.setTimeout(120_000);
  const text = bigHistory();
  await page.goto('/settings/data');
  const longestTask = await watchLongTasks(page);

  const chosen = Date.now();
  await chooseBackup(page, 'big-history.json', text);
  await expect(page.getByText('This backup adds 5000 check-ins, 20000 entries and 2000 goals.')).toBeVisible({ timeout: 60_000 });
  const previewMs = Date.now() - chosen;
  const previewTask = await longestTask();

  const applied = Date.now();
  await page.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText('Done: added 27000. Everything else was already here.')).toBeVisible({ timeout: 60_000 });
  const applyMs = Date.now() - applied;
  const applyTask = await longestTask();

  const figures = `${(text.length / 1024 / 1024).toFixed(1)} MB: preview ${previewMs} ms (longest task ${previewTask} ms), applied ${applyMs} ms (longest task ${applyTask} ms)`;
  test.info().annotations.push({ type: 'figures', description: figures });
  console.log(figures);
  expect(previewTask).toBeLessThanOrEqual(LONGEST_TASK_MS);
  expect(applyTask).toBeLessThanOrEqual(LONGEST_TASK_MS);
});
