// The lock under stress: a tab closed right after typing, the lock turned on
// while another tab types, a tab closed in the middle of the sealing pass, and
// leaving the page just after "Set passphrase". Each must keep every word, and
// never leave a word readable on the device once the lock says it is on.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpEverything, setLock, unlock } from './lock-helpers';

type Place = { name: string; url: string; box: (page: Page) => ReturnType<Page['getByRole']> };

const PLACES: Place[] = [
  { name: 'journal', url: '/journal/new', box: (page) => page.getByRole('textbox', { name: "What's on your mind?" }) },
  { name: 'practice answer', url: '/practices/self-worth/steps/4', box: (page) => page.getByRole('textbox') },
  { name: 'Add a strength', url: '/strengths', box: (page) => page.getByRole('textbox', { name: 'Add a strength' }) },
];

async function openUnlocked(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await unlock(page);
  return page;
}

test('with the lock on, words typed just before a tab closes are back in the next tab, and never stored readable', async ({ page, context }) => {
  test.setTimeout(240_000);
  await setLock(page);
  // A loss one time in four fails this nine times out of ten.
  for (let round = 1; round <= 3; round++) {
    for (const place of PLACES) {
      const words = `Round ${round} ${place.name}: the kettle sang and I let it`;
      const typing = await openUnlocked(context, place.url);
      await place.box(typing).fill(words.slice(0, -6));
      await place.box(typing).pressSequentially(words.slice(-6));
      await typing.close({ runBeforeUnload: true });

      const next = await context.newPage();
      await next.goto(place.url);
      // What the closed tab left (a copy kept as it closed, or its write) holds no readable word.
      expect(await dumpEverything(next), `${place.name}, round ${round}`).not.toContain('the kettle sang');
      await unlock(next);
      await expect(place.box(next), `${place.name}, round ${round}`).toHaveValue(words);
      expect(await dumpEverything(next), `${place.name}, round ${round}`).not.toContain('the kettle sang');
      await next.close({ runBeforeUnload: true });
    }
  }
});
