// The goal page and the journal list show the person's own words before the app
// starts, drawn by the painter from IndexedDB into templates the screens' own
// components made at build, exactly as the app then draws them.
import type { Page } from '@playwright/test';
import { APP_ENTRY, expectNothingDrawn, layoutShift, openWithoutTheApp, store } from './early-paint-helpers';
import { expect, test } from './fixtures';

const AT = '2026-10-02T09:00:00.000Z';

function goal(fields: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1, id: 'goal-1', createdAt: AT, updatedAt: AT, title: 'Call Sam back', why: 'We used to talk every week, and I miss that.',
    steps: [{ id: 'step-1', text: 'Find a quiet time', doneAt: null, note: '', date: null }], targetDate: '2026-11-01', priority: 'high',
    status: 'active', completedAt: null, history: [], link: { kind: 'practice', moduleId: 'reframing', runId: 'run-1' }, ...fields,
  };
}

/** Everything the screen shows in its main part, as read. */
const mainText = (page: Page) => page.locator('main').innerText();

/** The page as painted before the app, then the live screen: the live one starts with all the painted one said. */
async function expectLiveToMatch(page: Page, path: string, painted: string, liveReady: () => Promise<void>) {
  await page.unroute(APP_ENTRY);
  await page.goto(path);
  await liveReady();
  const live = await mainText(page);
  expect(live.slice(0, painted.length)).toBe(painted);
}

test('a goal’s top shows before the app starts, and the app then draws it in the same place', async ({ page }) => {
  await store(page, 'goals', [goal()]);
  await openWithoutTheApp(page, '/goals/goal-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Call Sam back' })).toBeVisible();
  await expect(page.getByText('High priority')).toBeVisible();
  await expect(page.getByText('From the practice Look at the story again')).toBeVisible();
  const note = page.getByText(/This goal is still here when you want it.*\(You'd planned it for .+\.\)/);
  await expect(note).toBeVisible();
  await expect(page.getByText('We used to talk every week, and I miss that.')).toBeVisible();
  // The waiting line goes with the whole top drawn; buttons wait for the app.
  await expect(page.getByText('Opening your goal…')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pick a new date' })).toHaveAttribute('inert', '');
  const painted = await mainText(page);
  const noteBox = await note.boundingBox();
  expect(await layoutShift(page)).toBe(0);

  await expectLiveToMatch(page, '/goals/goal-1', painted, () => expect(page.getByRole('heading', { name: 'Small steps' })).toBeVisible());
  expect(await note.boundingBox()).toEqual(noteBox);
  await expect(page.getByRole('button', { name: 'Pick a new date' })).toBeEnabled();
});

test('with no goal stored yet, /goals shows its empty state before the app starts, as the app then draws it, and creates no database', async ({ page }) => {
  await openWithoutTheApp(page, '/goals');
  await expect(page.getByRole('heading', { level: 3, name: 'Pick one small thing' })).toBeVisible();
  await expect(page.getByText('Opening your goals…')).toHaveCount(0);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(names).not.toContain('mend-goals');
  const painted = await mainText(page);
  const invite = page.getByText(/^After a hard knock/);
  const inviteBox = await invite.boundingBox();
  expect(await layoutShift(page)).toBe(0);

  // The live screen is in once the page no longer says which address it was built for (main.tsx).
  await expectLiveToMatch(page, '/goals', painted, () => expect(page.locator('html')).not.toHaveAttribute('data-screen-for'));
  await expect(page.locator('html')).toHaveAttribute('data-saving', 'stored');
  expect(await mainText(page)).toBe(painted);
  expect(await invite.boundingBox()).toEqual(inviteBox);
});

test('/goals with a goal stored is left for the app to draw', async ({ page }) => {
  await store(page, 'goals', [goal()]);
  await expectNothingDrawn(page, '/goals', 'Opening your goals…', (p) => p.getByRole('heading', { name: 'Pick one small thing' }));
});

test('a goal without a why or a practice, archived, with a day ahead, leaves those parts out as the app does', async ({ page }) => {
  await store(page, 'goals', [goal({ why: '', link: null, status: 'archived', targetDate: '2099-06-01', priority: 'low' })]);
  await openWithoutTheApp(page, '/goals/goal-1');
  await expect(page.getByText('Low priority')).toBeVisible();
  await expect(page.getByText('Archived')).toBeVisible();
  await expect(page.getByText(/^Target date: in \d+ years \(.+2099\)$/)).toBeVisible();
  await expect(page.getByText(/From the practice|Why it matters|planned it for/)).toHaveCount(0);
  const painted = await mainText(page);
  await expectLiveToMatch(page, '/goals/goal-1', painted, () => expect(page.getByRole('button', { name: 'Restore goal' })).toBeVisible());
});

test('a goal sealed by the lock, or not in the shape the screen expects, is left for the app to draw', async ({ page }) => {
  await store(page, 'goals', [{ sealed: 1, id: 'goal-1', updatedAt: AT }, goal({ id: 'goal-2', priority: 'urgent' })]);
  for (const id of ['goal-1', 'goal-2']) await expectNothingDrawn(page, `/goals/${id}`, 'Opening your goal…');
});

/** 35 entries over twelve days, with every part an entry can have somewhere among them. */
function entries() {
  return Array.from({ length: 35 }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 1 + Math.floor(i / 3), 8 + (i % 3) * 4, i)).toISOString();
    return {
      schemaVersion: 1,
      id: i === 34 ? 'entry 34/ü' : `entry-${String(i).padStart(2, '0')}`,
      createdAt: at,
      updatedAt: at,
      text: i === 33 ? `A long one. ${'The evening went on and on, and so did I. '.repeat(8)}` : `Entry number ${i}: a small thing that happened.`,
      mood: i % 5 === 0 ? i % 11 : null,
      tags: i % 4 === 0 ? ['walk', `week ${Math.floor(i / 7)}`] : [],
      link: i === 32 ? { kind: 'goal', goalId: 'goal-1', goalTitle: 'Call Sam back' } : i === 31 ? { kind: 'practice', moduleId: 'reframing', runId: 'run-1', stepId: 'no-such-step', prompt: 'What happened?' } : null,
    };
  });
}

test('the journal’s newest entries show before the app starts, under their days, as the app then draws them', async ({ page }) => {
  await store(page, 'journal', entries());
  await openWithoutTheApp(page, '/journal');
  await expect(page.getByText('35 entries. Showing the newest 30.')).toBeVisible();
  // The first screen's worth, more than a tall screen holds; the app draws the rest of its first page below.
  await expect(page.getByRole('article')).toHaveCount(10);
  await expect(page.getByText(/^A long one\. The evening went on.* …$/)).toBeVisible();
  await expect(page.getByText('About your goal: Call Sam back')).toHaveAttribute('href', '/goals/goal-1');
  await expect(page.getByText('From Look at the story again', { exact: true })).toHaveAttribute('href', '/practices/reframing');
  await expect(page.locator('a[href="/journal/entry%2034%2F%C3%BC"]')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Search your journal' })).not.toBeEditable();
  await expect(page.getByText('Opening your journal…')).toHaveCount(0);
  const painted = await mainText(page);
  const first = page.getByRole('article').first();
  const firstBox = await first.boundingBox();
  expect(await layoutShift(page)).toBe(0);

  await expectLiveToMatch(page, '/journal', painted, () => expect(page.getByRole('button', { name: 'Show more entries' })).toBeVisible());
  expect(await first.boundingBox()).toEqual(firstBox);
});

test('the journal is left for the app to draw when writing waits to be picked up, or an entry can’t be listed as the app would', async ({ page }) => {
  const cases: [string, Record<string, unknown>[], Record<string, unknown>[]][] = [
    ['a journal draft waits', entries(), [{ id: 'journal:new:tab-1', kind: 'journal', entryId: null, text: 'Half a thought' }]],
    ['an entry of only a mood', [...entries(), { ...entries()[0]!, id: 'entry-99', createdAt: '2026-11-30T10:00:00.000Z', text: '' }], []],
    ['an entry sealed by the lock', [...entries(), { sealed: 1, id: 'entry-98', updatedAt: AT }], []],
  ];
  for (const [, journal, drafts] of cases) {
    await page.goto('/about');
    await page.evaluate(async () => {
      for (const name of ['mend-journal', 'mend-drafts']) await new Promise((done) => { indexedDB.deleteDatabase(name).onsuccess = done; });
    });
    await store(page, 'journal', journal);
    if (drafts.length > 0) await store(page, 'drafts', drafts);
    await expectNothingDrawn(page, '/journal', 'Opening your journal…', (p) => p.getByRole('article'));
  }
});

test('a read held up by another tab holds the app back a second at most', async ({ page, context }) => {
  await store(page, 'journal', entries());
  // One tab keeps the journal's database open and ignores a request to upgrade it,
  // which another tab has made: every open after that waits.
  const holder = await context.newPage();
  await holder.goto('/about');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const held = indexedDB.open('mend-journal');
        held.onsuccess = () => {
          indexedDB.open('mend-journal', 99);
          resolve();
        };
      }),
  );
  await page.goto('/journal');
  const started = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const find = () => performance.getEntriesByType('resource').find((entry) => /\/assets\/index-[^/]+\.js$/.test(entry.name));
        const check = () => {
          const entry = find();
          if (entry) resolve(entry.startTime);
          else setTimeout(check, 50);
        };
        check();
      }),
  );
  // The painter gives up after a second; the last resort (3 s from the page's start) is not what started it.
  expect(started).toBeLessThan(2500);
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('the app’s downloads start only once the early-painted words are on screen', async ({ page }) => {
  await store(page, 'journal', entries());
  await page.goto('/journal');
  const { words, downloads } = await page.evaluate(async () => {
    const paints = await new Promise<PerformanceEntryList>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/.+\.js$/.test(entry.name) && !/\/early-paint-/.test(entry.name));
    return {
      // The largest paint: the entries drawn before the app (the prerendered page holds no words).
      words: Math.max(...paints.map((paint) => paint.startTime)),
      downloads: Math.min(...scripts.map((script) => script.startTime)),
    };
  });
  expect(downloads).toBeGreaterThanOrEqual(words);
});
