// The safety plan is needed most when everything else is hard (issue 26): its
// first screen opens from the help page and from a care card with the network
// gone, whether or not the offline copy (the service worker) is running the page.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIRST_SIGN = 'Not answering messages for a day';

/** Writes a line of the plan on its screen and waits until it is stored. */
async function writeAPlan(page: Page) {
  await page.goto('/plan');
  const field = page.getByRole('textbox', { name: 'Add a sign', exact: true });
  await field.fill(FIRST_SIGN);
  await field.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const opening = indexedDB.open('mend-plan');
            opening.onsuccess = () => {
              const request = opening.result.transaction('records').objectStore('records').count();
              request.onsuccess = () => {
                opening.result.close();
                resolve(request.result);
              };
            };
          }),
      ),
    )
    .toBe(1);
}

/**
 * Empties the browser's cache: whatever the plan screen needs offline must come
 * from what the app itself loaded while the page was shown, not from a visit before.
 */
async function forgetCachedFiles(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/**
 * Serves the tab's icon from the test: the browser itself asks for it again as the
 * address changes (not the app, and the offline copy has it), which offline would
 * print a failed load to the console.
 */
async function keepTabIcon(page: Page) {
  const icon = await (await page.request.get('/favicon.svg')).body();
  await page.route('**/favicon.svg', (route) => route.fulfill({ body: icon, contentType: 'image/svg+xml' }));
}

/**
 * With the network gone, other screens' code that the app was fetching in the
 * background fails to arrive (asked for again later), and the browser prints
 * each failed fetch: those, and only those, are expected here.
 */
function allowFailedBackgroundFetches(consoleErrors: string[]) {
  const others = consoleErrors.filter((text) => !/ERR_INTERNET_DISCONNECTED/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}

async function expectFirstStep(page: Page) {
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Signs a hard time is starting' })).toContainText(
    FIRST_SIGN,
  );
}

/**
 * Once the plan's code has arrived ahead of the tap (the page says so), the
 * network goes; the tap opens the plan all the same.
 */
async function tapWithTheNetworkGone(
  { page, context, guard }: { page: Page; context: BrowserContext; guard: { consoleErrors: string[] } },
  open: Locator,
  planShown = () => expectFirstStep(page),
) {
  await expect(open).toBeVisible();
  await expect(page.locator('html[data-screens-ready~="/plan"]')).toBeAttached();
  await context.setOffline(true);
  await open.click();
  await planShown();
  await context.setOffline(false);
  allowFailedBackgroundFetches(guard.consoleErrors);
}

test.describe('without the offline copy', () => {
  test.beforeEach(async ({ page, context }) => {
    await writeAPlan(page);
    await forgetCachedFiles(context, page);
    await keepTabIcon(page);
  });

  test('the plan opens from the help page when the connection drops once the page has loaded', async ({ page, context, guard }) => {
    await page.goto('/help');
    await tapWithTheNetworkGone({ page, context, guard }, page.getByRole('link', { name: 'Open my safety plan' }));
  });

  test('the plan opens from a care card when the connection drops once the card is shown', async ({ page, context, guard }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Check in' }).click();
    await page
      .getByRole('group', { name: 'How are you feeling right now?' })
      .getByRole('radio', { name: '1', exact: true })
      .check({ force: true });
    const card = page.getByRole('region', { name: "You don't have to carry this alone" });
    await tapWithTheNetworkGone({ page, context, guard }, card.getByRole('link', { name: 'open your safety plan' }));
  });

  test("the plan opens from the home screen's link when the connection drops once the page has loaded", async ({ page, context, guard }) => {
    await page.goto('/');
    await tapWithTheNetworkGone({ page, context, guard }, page.getByRole('link', { name: 'My safety plan', exact: true }), () =>
      expect(page.getByRole('textbox', { name: 'A sign 1' })).toHaveValue(FIRST_SIGN),
    );
  });

  test("the plan opens from first aid's warning when the connection drops once the page has loaded", async ({ page, context, guard }) => {
    await page.goto('/practices/first-aid');
    await tapWithTheNetworkGone({ page, context, guard }, page.getByRole('link', { name: 'open your safety plan', exact: true }));
  });
});

test.describe('through the offline copy', () => {
  // The suite blocks service workers (playwright.config.ts); these tests are about one.
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the help page and the plan it opens work with the network off', async ({
    page,
    context,
  }) => {
    await writeAPlan(page);
    // The offline copy is complete once the service worker is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await forgetCachedFiles(context, page);
    await context.setOffline(true);
    const response = await page.goto('/help');
    expect(response?.fromServiceWorker(), '/help from the offline copy').toBe(true);
    // Tapped as soon as it is there, as someone in crisis would.
    await page.getByRole('link', { name: 'Open my safety plan' }).click();
    await expectFirstStep(page);
    expect(new URL(page.url()).pathname).toBe('/plan');
    await context.setOffline(false);
  });

  test('on the visit that installs the offline copy, the plan still opens once the network drops', async ({ page, context }) => {
    await writeAPlan(page);
    await forgetCachedFiles(context, page);
    await keepTabIcon(page);
    // Writing the plan may have installed the offline copy already: this visit is its first.
    await page.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((registration) => registration.unregister()))),
    );
    // A first visit's page is not run by the offline copy it installs (it claims no open page).
    await page.goto('/help');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await expect(page.locator('html[data-screens-ready~="/plan"]')).toBeAttached();
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Open my safety plan' }).click();
    await expectFirstStep(page);
    await context.setOffline(false);
  });
});
