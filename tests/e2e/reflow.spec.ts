import { addEntryAndGoal, EVERY_ROUTE } from './every-route';
import { expect, test } from './fixtures';

// WCAG 1.4.10: at 320 CSS pixels wide nothing needs sideways scrolling. WCAG 1.4.4:
// with text at 200% (the largest text size) nothing is cut off, here on a phone.
const CASES = [
  { width: 320, textSize: 'standard', rootSize: '16px' },
  { width: 390, textSize: 'largest', rootSize: '32px' },
] as const;

for (const { width, textSize, rootSize } of CASES) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 700 } });

    test(`at ${width} px wide and the ${textSize} text size, no screen scrolls sideways`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.addInitScript((size) => localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, textSize: size, hasSeenWelcome: true })), textSize);
      const routes = [...EVERY_ROUTE, ...(await addEntryAndGoal(page))];
      for (const route of routes) {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), route).toBe(rootSize);
        const widths = await page.evaluate(() => {
          const edge = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > edge && !element.closest('.visually-hidden'))
            .slice(0, 3)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').slice(0, 30)}"`);
          return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, wide };
        });
        expect(widths.scroll, `${route}: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(widths.client);
      }
    });
  });
}
