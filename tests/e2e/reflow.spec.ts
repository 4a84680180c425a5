import { addEntryAndGoal, EVERY_ROUTE } from './every-route';
import { expect, test } from './fixtures';

// WCAG 1.4.10 and 1.4.4: at 320 CSS pixels wide, with text twice its size,
// nothing needs sideways scrolling and nothing is cut off.
test.use({ viewport: { width: 320, height: 640 } });

test('at 320 px wide and the largest text size, no screen scrolls sideways', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() =>
    localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, textSize: 'largest', hasSeenWelcome: true })),
  );
  const routes = [...EVERY_ROUTE, ...(await addEntryAndGoal(page))];
  for (const route of routes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), route).toBe('32px');
    const widths = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !element.closest('.visually-hidden') && getComputedStyle(element).visibility !== 'hidden')
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').slice(0, 30)}"`);
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, wide };
    });
    expect(widths.scroll, `${route}: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(widths.client);
  }
});
