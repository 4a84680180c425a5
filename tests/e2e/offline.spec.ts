import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { expect, test } from './fixtures';

// The suite blocks service workers (playwright.config.ts); these tests are about one.
test.use({ serviceWorkers: 'allow' });

test('after one visit, every kind of address opens and reloads with the network off', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  // The page's and the service worker's requests alike.
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
  });

  await page.goto('/practices/reframing/steps/1');
  await page.getByRole('textbox').fill('They went quiet, so I decided it was me.');
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('They went quiet, so I decided it was me.')).toBeVisible();
  await page.getByRole('link', { name: /^Open entry/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your entry' })).toBeVisible();
  const entryAddress = new URL(page.url()).pathname;
  // The offline copy is complete once the service worker is active.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  const addresses: [string, string | RegExp][] = [
    ['/', "Something hurt. Let's take one small step."],
    ['/practices/boundaries', 'Protect your energy'],
    ['/practices/reframing/steps/1', /./],
    ['/practices/self-worth/steps/4', /./],
    ['/practices/reframing/done', /./],
    ['/journal', 'Your journal'],
    [entryAddress, 'Your entry'],
    ['/journal/new?module=reframing&step=story', 'New entry'],
    ['/goals', 'Your goals'],
    ['/goals/new', /./],
    ['/help', 'Need help now'],
    ['/learn/why-it-hurts', /./],
    ['/about', 'About Mend'],
    ['/settings', 'Settings'],
    ['/settings/data', 'Your data'],
    ['/no-such-page', "We couldn't find that page"],
  ];
  for (const [address, heading] of addresses) {
    const response = await page.goto(address);
    expect(response?.fromServiceWorker(), `${address} from the offline copy`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }), `${address} reloaded`).toHaveText(heading);
  }
  // What was written before going offline is there, and the app still works.
  await page.goto('/practices/reframing/steps/1');
  await expect(page.getByRole('textbox')).toHaveValue('They went quiet, so I decided it was me.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await context.setOffline(false);
  expect(elsewhere, 'requests to other origins').toEqual([]);
});

test('the app is installable: a manifest with name, colours and icons, and no installability errors', async ({ baseURL }) => {
  // A real profile: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), 'mend-install-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(manifestHref!)).json();
    expect(manifest).toMatchObject({ name: expect.stringContaining('Mend'), short_name: 'Mend', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const png = await page.request.get(icon.src);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      // PNG width and height are in the IHDR chunk, bytes 16 to 24.
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    // The check Lighthouse's installability audit used, straight from Chromium.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
