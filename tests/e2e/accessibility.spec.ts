import type { Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { EVERY_ROUTE } from './every-route';
import { expect, test } from './fixtures';

// The page's CSP (rightly) blocks injected scripts; axe is our own test code.
test.use({ bypassCSP: true });

// Each screen is opened once and checked four ways: the theme follows the system's
// as it changes, and the text size follows a choice made in another tab, as the
// app does for a person with two tabs open. (Opening every screen four times made
// this the slowest file of the suite; a fresh load at the largest text size is
// held by reflow.spec.ts and appearance.spec.ts.)
const ROOT_SIZE = { standard: '16px', largest: '32px' };

// Four tests, to share the work between the workers; each keeps its two tabs.
const GROUPS = 4;
const perGroup = Math.ceil(EVERY_ROUTE.length / GROUPS);

for (let group = 0; group < GROUPS; group++) {
  const routes = EVERY_ROUTE.slice(group * perGroup, (group + 1) * perGroup);
  test(`${routes.join(', ')}: axe finds nothing in either theme, at the standard or the largest text size`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const otherTab = await context.newPage();
    await otherTab.goto('/robots.txt');
    // A tab behind another runs its animations on a slow clock.
    await page.bringToFront();

    for (const route of routes) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const textSize of ['standard', 'largest'] as const) {
        await chooseTextSizeIn(otherTab, textSize);
        await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(ROOT_SIZE[textSize]);
        expect(await axeInBothThemes(page), `${route} (${textSize} text)`).toEqual([]);
      }
    }
  });
}

async function chooseTextSizeIn(tab: Page, textSize: 'standard' | 'largest'): Promise<void> {
  await tab.evaluate(
    (size) => localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, textSize: size, hasSeenWelcome: true })),
    textSize,
  );
}
