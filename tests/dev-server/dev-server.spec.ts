// `npm start` must show the real app: styled, with hot reload connected, and not
// one console error (the shipped Content-Security-Policy would block the dev
// server's injected styles; it is added at build only).
import { expect, test } from '@playwright/test';

const SCREENS = [
  ['/', "Something hurt. Let's take one small step."],
  ['/practices/reframing', 'Look at the story again'],
  ['/practices/reframing/steps/1', undefined],
  ['/journal', 'Your journal'],
  ['/goals', 'Your goals'],
  ['/help', 'Need help now'],
  ['/settings', 'Settings'],
  ['/about', 'About Mend'],
] as const;

test('the dev server shows every main screen styled, with hot reload connected and no console errors', async ({ page }) => {
  const errors: string[] = [];
  const logs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    else logs.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  for (const [address, heading] of SCREENS) {
    await page.goto(address);
    const h1 = page.getByRole('heading', { level: 1 });
    if (heading) await expect(h1).toHaveText(heading);
    else await expect(h1).toBeVisible();
    // Our stylesheet, not the browser's defaults: our font stack, our background,
    // and the header laid out as a row.
    const look = await page.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      background: getComputedStyle(document.body).backgroundColor,
      header: getComputedStyle(document.querySelector('header > div')!).display,
    }));
    expect(look.font, `${address} body font`).toContain('system-ui');
    expect(look.background, `${address} background`).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.header, `${address} header layout`).toBe('flex');
  }
  expect(logs.some((text) => text.includes('[vite] connected')), 'hot reload connected').toBe(true);
  expect(errors, 'console errors').toEqual([]);
});

test('moving to a screen whose code is still arriving, by its link, logs no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The journal screen's code arrives late, as on a slow connection, so the tap
  // on "Journal" renders it before its code is here (and React waits for it).
  await page.route('**/src/features/journal/journal-screen.tsx*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Something hurt. Let's take one small step.");
  await page.getByRole('banner').getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your journal');
  expect(errors, 'console errors').toEqual([]);
});
