// Runs axe-core inside the page and returns its violations as readable lines.
// Pages using it need `test.use({ bypassCSP: true })`: the app's CSP (rightly)
// blocks injected scripts, and axe is our own test code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Axe = { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };

export async function axeViolations(page: Page): Promise<string[]> {
  // Once a page: axe loaded a second time into the same page never answers.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (values) => {
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, RULES);
}

const BACKGROUND = { light: 'rgb(247, 245, 242)', dark: 'rgb(19, 24, 27)' };

/**
 * axe's findings on the page as it is now, in the dark theme and then the light
 * (the system's, emulated: the page is left light), each marked with its theme.
 * One load checked both ways costs half of loading the page in each.
 */
export async function axeInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[scheme]);
    // Buttons ease into the new colours; axe measures them once they are there.
    // (Only transitions: the breathing step's animation never ends.)
    await page.evaluate(() =>
      Promise.all(document.getAnimations().filter((motion) => motion instanceof CSSTransition).map((motion) => motion.finished)),
    );
    found.push(...(await axeViolations(page)).map((violation) => `${scheme}: ${violation}`));
  }
  return found;
}
