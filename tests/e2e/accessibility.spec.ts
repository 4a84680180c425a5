import { axeViolations } from './axe';
import { EVERY_ROUTE } from './every-route';
import { expect, test } from './fixtures';

// The page's CSP (rightly) blocks injected scripts; axe is our own test code.
test.use({ bypassCSP: true });

for (const scheme of ['light', 'dark'] as const) {
  for (const textSize of ['standard', 'largest'] as const) {
    test(`every screen passes axe in the ${scheme} theme at the ${textSize} text size`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((size) => localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, textSize: size, hasSeenWelcome: true })), textSize);
      for (const route of EVERY_ROUTE) {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await axeViolations(page), `${route} (${scheme}, ${textSize})`).toEqual([]);
      }
    });
  }
}
