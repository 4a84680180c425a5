// The pages of the screens that show stored data, before any script runs: each
// holds its screen as it first renders (heading, words, buttons), with a quiet
// "Opening…" where the person's records will go, so a slow phone paints the real
// screen at once and nothing jumps when the records arrive.
import { expect, test } from './fixtures';

const SHELLS = [
  { path: '/journal', heading: 'Your journal', opening: 'Opening your journal…' },
  { path: '/journal/some-entry-id', heading: null, opening: 'Opening your entry…' },
  { path: '/journal/new', heading: 'New entry', opening: 'Opening your page…' },
  { path: '/goals', heading: 'Your goals', opening: 'Opening your goals…' },
  { path: '/goals/some-goal-id', heading: null, opening: 'Opening your goal…' },
  { path: '/practices/reframing/done', heading: null, opening: 'Opening your summary…' },
  { path: '/plan', heading: 'My safety plan', opening: 'Opening your safety plan…' },
  { path: '/insights', heading: 'What helps you', opening: 'Opening your check-ins…' },
  { path: '/insights/summary', heading: 'Make a summary', opening: 'Opening your records…' },
  { path: '/settings/data', heading: 'Your data', opening: 'Counting what is kept…' },
  { path: '/settings/devices', heading: 'Your devices', opening: 'Opening your devices…' },
];

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  for (const shell of SHELLS) {
    test(`${shell.path} already shows its screen, waiting only for the stored records`, async ({ page }) => {
      await page.goto(shell.path);
      if (shell.heading) await expect(page.getByRole('heading', { level: 1, name: shell.heading })).toBeVisible();
      await expect(page.getByText(shell.opening)).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
    });
  }
});

test('your data appears in one change: the counts are in place when the live screen replaces the page', async ({ page }) => {
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill('A first entry.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();
  // A slow device: working out the space used takes a second.
  await page.addInitScript(() => {
    const estimate = navigator.storage.estimate.bind(navigator.storage);
    navigator.storage.estimate = () => new Promise((resolve) => setTimeout(resolve, 1000)).then(estimate);
  });
  // goto returns at the moment the live screen replaces the prerendered page:
  // checked at once, not waited for.
  await page.goto('/settings/data');
  expect(await page.getByText('Counting what is kept…').count()).toBe(0);
  expect(await page.getByText(/Kept here: 1 entry/).count()).toBe(1);
});

test("a shell page fetches its screen's code alongside the app's entry, every piece of it", async ({ page }) => {
  await page.goto('/settings/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  const firstPaint = page.locator('script[src="/first-paint.js"]');
  const entry = (await firstPaint.getAttribute('data-entry'))!;
  const named = (await firstPaint.getAttribute('data-entry-imports'))!.split(' ').filter(Boolean);
  // The page names the data screen's chunk and every chunk it imports, and theirs.
  expect(named.some((href) => /\/data-screen-[^/]+\.js$/.test(href))).toBe(true);
  for (const href of named) {
    const code = await (await page.request.get(href)).text();
    for (const [, file] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      expect([entry, ...named], `${href} imports ${file}`).toContain(`/assets/${file}`);
    }
  }
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname)))
    .toEqual(expect.arrayContaining(named));
});

test('every page says its character set within its first 1,024 bytes, however much code it names', async ({ page }) => {
  // The done pages name the most code; the journal and Your data are shells too.
  for (const address of ['/', '/journal', '/journal/some-entry-id', '/settings/data', '/practices/diversifying-belonging/done', '/practices/reframing/done']) {
    const html = await (await page.request.get(address)).text();
    const charset = html.indexOf('<meta charset="UTF-8" />');
    expect(charset, address).toBeGreaterThan(0);
    expect(charset + '<meta charset="UTF-8" />'.length, address).toBeLessThanOrEqual(1024);
  }
});
