// A page whose screen is mostly the person's own words shows them before the app
// starts, read straight from IndexedDB by public/first-paint.js, in the same place
// the app then draws them; and shows nothing it can't read as the app would.
import type { Page } from '@playwright/test';
import { APP_ENTRY, expectNothingDrawn, layoutShift, openWithoutTheApp, store } from './early-paint-helpers';
import { expect, test } from './fixtures';

const DONE = '/practices/reframing/done';
const FINISHED_AT = '2026-11-20T10:00:00.000Z';

function completion(fields: Record<string, unknown> = {}) {
  const at = FINISHED_AT;
  return { schemaVersion: 3, id: 'run-1', createdAt: at, updatedAt: at, moduleId: 'reframing', runId: 'run-1', startedAt: at, completedAt: at, answers: {}, feelingBefore: null, feelingAfter: null, ...fields };
}

const lead = (page: Page) => page.getByText(/^You finished “Look at the story again” on/);

test('a finished practice shows its summary’s top before the app starts, where the app then draws it', async ({ page }) => {
  await store(page, 'completions', [completion(), completion({ id: 'older', completedAt: '2026-10-01T10:00:00.000Z' })]);
  await openWithoutTheApp(page, DONE);
  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect(lead(page)).toHaveText(/on November 20, 2026\. Here is what you wrote\./);
  await expect(page.getByText('Opening your summary…')).toBeVisible();
  const painted = await lead(page).boundingBox();
  expect(await layoutShift(page)).toBe(0);

  await page.unroute(APP_ENTRY);
  await page.goto(DONE);
  await expect(page.getByRole('heading', { level: 2, name: 'What you wrote' })).toBeVisible();
  await expect(lead(page)).toHaveText(/on November 20, 2026\. Here is what you wrote\./);
  expect(await lead(page).boundingBox()).toEqual(painted);
});

test('the run named in the address is the one shown before the app starts', async ({ page }) => {
  await store(page, 'completions', [completion(), completion({ id: 'older', completedAt: '2026-10-01T10:00:00.000Z' })]);
  await openWithoutTheApp(page, `${DONE}?run=older`);
  await expect(lead(page)).toHaveText(/on October 1, 2026\./);
});

test('nothing is drawn before the app from a record sealed by the lock, of another format, or of another practice', async ({ page }) => {
  await store(page, 'completions', [
    { sealed: 1, id: 'sealed', updatedAt: FINISHED_AT },
    completion({ id: 'old-format', schemaVersion: 2 }),
    completion({ id: 'other', moduleId: 'self-worth' }),
    completion({ id: 'bad-time', completedAt: 'yesterday' }),
  ]);
  await expectNothingDrawn(page, DONE, 'Opening your summary…');
});

test('a practice never finished on this device shows that it is not finished before the app starts, as the app then draws it, and creates no database', async ({ page }) => {
  await openWithoutTheApp(page, DONE);
  await expect(page.getByRole('heading', { level: 1, name: "You haven't finished this practice yet" })).toBeVisible();
  await expect(page.getByText('Opening your summary…')).toHaveCount(0);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(names).not.toContain('mend-completions');
  expect(names).not.toContain('mend-progress');
  const painted = await page.locator('main').innerText();
  expect(await layoutShift(page)).toBe(0);

  await page.unroute(APP_ENTRY);
  await page.goto(DONE);
  // The live screen is in once the page no longer says which address it was built for (main.tsx).
  await expect(page.locator('html')).not.toHaveAttribute('data-screen-for');
  await expect(page.getByRole('link', { name: 'Start the practice' })).toBeVisible();
  expect(await page.locator('main').innerText()).toBe(painted);
});

test('a practice begun but not finished is left for the app to draw (it offers to resume)', async ({ page }) => {
  await store(page, 'progress', [{ schemaVersion: 1, id: 'reframing', moduleId: 'reframing', createdAt: FINISHED_AT, updatedAt: FINISHED_AT }]);
  await expectNothingDrawn(page, DONE, 'Opening your summary…');
});

const WRITTEN_AT = '2026-11-20T21:05:00.000Z';
function entry(fields: Record<string, unknown> = {}) {
  return { schemaVersion: 1, id: 'entry-1', createdAt: WRITTEN_AT, updatedAt: WRITTEN_AT, text: 'The call went badly, and I still went for a walk after.', mood: null, tags: [], link: null, ...fields };
}
const words = (page: Page) => page.getByRole('textbox', { name: "What's on your mind?" });

test('an entry’s words show before the app starts, where the app then draws them, and can be changed once it has', async ({ page }) => {
  await store(page, 'journal', [entry()]);
  await openWithoutTheApp(page, '/journal/entry-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Your entry' })).toBeVisible();
  await expect(page.getByText(/^Written Friday, November 20, 2026/)).toBeVisible();
  await expect(words(page)).toHaveValue('The call went badly, and I still went for a walk after.');
  // Nothing typed before the app is there can be lost: the box takes no typing yet.
  await expect(words(page)).not.toBeEditable();
  await expect(page.getByText('Opening your entry…')).toBeVisible();
  await expect(page.getByRole('link', { name: '← Your journal' })).toHaveCount(1);
  const painted = await words(page).boundingBox();
  expect(await layoutShift(page)).toBe(0);

  await page.unroute(APP_ENTRY);
  await page.goto('/journal/entry-1');
  await expect(page.getByRole('button', { name: 'Save entry' })).toBeVisible();
  expect(await words(page).boundingBox()).toEqual(painted);
  await words(page).fill('The call went badly. I walked it off.');
  await expect(words(page)).toHaveValue('The call went badly. I walked it off.');
});

test('an entry with a draft of it waiting, or written from a practice, is left for the app to draw', async ({ page }) => {
  await store(page, 'journal', [entry(), entry({ id: 'entry-2', link: { kind: 'goal', goalId: 'goal-1', goalTitle: 'Walk more' } })]);
  await store(page, 'drafts', [{ id: 'journal:entry-1:tab-1', kind: 'journal', entryId: 'entry-1', text: 'Newer words, not yet saved.' }]);
  for (const id of ['entry-1', 'entry-2']) await expectNothingDrawn(page, `/journal/${id}`, 'Opening your entry…');
});

test('a badly written entry address draws nothing, and nothing breaks', async ({ page }) => {
  await store(page, 'journal', [entry()]);
  await expectNothingDrawn(page, '/journal/%E0%A4%A', 'Opening your entry…');
});
