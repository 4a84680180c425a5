import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

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

async function violations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${scheme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ROUTES) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page), `${route} (${scheme})`).toEqual([]);
    }
  });
}
