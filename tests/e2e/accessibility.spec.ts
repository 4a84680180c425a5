import { axeViolations } from './axe';
import { expect, test } from './fixtures';

const ROUTES = [
  '/',
  '/practices/reconnection',
  '/practices/reconnection/steps/1',
  '/practices/reconnection/steps/2',
  '/practices/reconnection/steps/3',
  '/practices/reconnection/steps/5',
  '/practices/diversifying-belonging/steps/4',
  '/practices/boundaries/steps/5',
  '/practices/reconnection/done',
  '/journal',
  '/journal/new',
  '/goals',
  '/goals/new',
  '/help',
  '/learn/why-it-hurts',
  '/about',
  '/settings/data',
  '/no-such-page',
];

// The page's CSP (rightly) blocks injected scripts; axe is our own test code.
test.use({ bypassCSP: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${scheme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ROUTES) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page), `${route} (${scheme})`).toEqual([]);
    }
  });
}
