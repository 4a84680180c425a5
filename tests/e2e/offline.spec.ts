import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { expect, test, waitForSave } from './fixtures';

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
    ['/plan', 'My safety plan'],
    ['/plan?view=steps&step=1', 'My safety plan'],
    ['/learn/why-it-hurts', /./],
    ['/about', 'About Mend'],
    ['/settings', 'Settings'],
    ['/settings/data', 'Your data'],
    ['/insights/summary', 'Make a summary'],
    ['/settings/devices', 'Your devices'],
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

/**
 * The app as served, through a proxy that can serve a next version of the offline
 * copy: the service worker's script with one line more, as a new deploy would.
 */
async function servedWithANextVersion(target: string) {
  let added = '';
  const server = createServer((request, response) => {
    const isWorker = request.url?.startsWith('/service-worker.js') ?? false;
    const headers: Record<string, string | string[] | undefined> = { ...request.headers, host: new URL(target).host };
    // The whole script, uncompressed, never "not modified": the line is added to it.
    if (isWorker) for (const name of ['if-none-match', 'if-modified-since', 'accept-encoding']) delete headers[name];
    const upstream = httpRequest(new URL(request.url ?? '/', target), { method: request.method, headers }, (answer) => {
      if (!isWorker || added === '') {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat([...chunks, Buffer.from(added)]);
        const { etag: _etag, 'last-modified': _modified, ...rest } = answer.headers;
        response.writeHead(answer.statusCode ?? 502, { ...rest, 'content-length': String(body.length) });
        response.end(body);
      });
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deployNextVersion: () => {
      added = '\n// the next version\n';
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('a new version waits for the person: a quiet note, no reload under their typing, and Reload brings it in', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const served = await servedWithANextVersion(baseURL!);
  const context = await browser.newContext({ baseURL: served.origin, serviceWorkers: 'allow' });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.addInitScript(() => localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, hasSeenWelcome: true })));
    const words = page.getByRole('textbox', { name: "What's on your mind?" });
    await page.goto('/journal/new');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // From the second load on, the offline copy runs the page: a new version then waits.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(words).toBeEditable();

    await words.fill('Half a thought, still');
    await page.evaluate(() => Object.assign(window, { isSameLoad: true }));
    served.deployNextVersion();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));

    const notice = page.getByRole('complementary', { name: 'A new version' });
    await expect(notice.getByText('A new version of Mend is ready.')).toBeVisible({ timeout: 30_000 });
    // Nothing reloads under someone's typing.
    await words.pressSequentially(' going', { delay: 50 });
    // The typing is stored and the new version still waits: nothing has taken over the page.
    await waitForSave(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => Boolean(registration?.waiting)))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { isSameLoad?: boolean }).isSameLoad)).toBe(true);
    await expect(words).toHaveValue('Half a thought, still going');

    // The person asks: the new version takes over, and the words are offered back.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { isSameLoad?: boolean }).isSameLoad)).toBeUndefined();
    await expect(page.getByRole('complementary', { name: 'A new version' })).toHaveCount(0);
    const versions = await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((registration) => ({ waiting: registration?.waiting ?? null, active: registration?.active !== null })),
    );
    expect(versions).toEqual({ waiting: null, active: true });
    await expect(page.getByText('You were writing something here, and we kept it for you.')).toBeVisible();
    await page.getByRole('button', { name: 'Keep going' }).click();
    await expect(words).toHaveValue('Half a thought, still going');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await served.close();
  }
});
