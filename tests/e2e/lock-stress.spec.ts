// The lock under stress: a tab closed right after typing, the lock turned on
// while another tab types, a tab closed in the middle of the sealing pass, and
// leaving the page just after "Set passphrase". Each must keep every word, and
// never leave a word readable on the device once the lock says it is on.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpEverything, PASSPHRASE, pressSetPassphrase, seedJournal, setLock, unlock, unsealedJournalCount } from './lock-helpers';

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

test('seals 10,000 entries in about a second once the passphrase is set, and says the lock is on only after', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/settings/lock');
  await seedJournal(page, 10_000);
  // Timed in the page, from the lock's flag being written (the key is made; the pass begins) to the words "The lock is on".
  const timing = page.evaluate(
    () =>
      new Promise<{ passMs: number }>((resolve) => {
        let flagAt = 0;
        const check = () => {
          if (!flagAt && localStorage.getItem('mend-lock')) flagAt = performance.now();
          if (flagAt && document.body.textContent?.includes('The lock is on. Mend will ask')) {
            resolve({ passMs: performance.now() - flagAt });
            return;
          }
          setTimeout(check, 2);
        };
        check();
      }),
  );
  await pressSetPassphrase(page);
  const { passMs } = await timing;
  expect(await unsealedJournalCount(page)).toBe(0);
  console.log(`Sealing 10,000 entries: ${Math.round(passMs)} ms`);
  // About a second on a quiet machine (several times that on a busy one); the bound only catches
  // a return to a transaction per record.
  expect(passMs).toBeLessThan(20_000);
});

test('a tab closed in the middle of sealing: the next one says how many are not sealed yet, and unlocking finishes them', async ({ context }) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  await first.goto('/settings/lock');
  await seedJournal(first, 3000);
  await pressSetPassphrase(first);
  // Closed as soon as the pass begins.
  await first.waitForFunction(() => localStorage.getItem('mend-lock') !== null, undefined, { polling: 'raf' });
  await first.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await next.goto('/journal');
  const unsealed = await unsealedJournalCount(next);
  expect(unsealed).toBeGreaterThan(0);
  await expect(next.getByRole('heading', { level: 1 })).toHaveText('Mend is not fully locked yet');
  await expect(next.getByText(`${unsealed.toLocaleString('en')} of your records are not sealed yet`)).toBeVisible();
  await expect(next.getByText(/Enter your passphrase to finish sealing them/)).toBeVisible();

  await unlock(next);
  await expect.poll(() => unsealedJournalCount(next), { timeout: 15_000 }).toBe(0);
  await next.reload();
  await expect(next.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
});

test('"Lock now" while the sealing pass runs says "locked" only once everything is sealed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/settings/lock');
  await seedJournal(page, 10_000);
  await pressSetPassphrase(page);
  await page.getByRole('main').getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible({ timeout: 15_000 });
  expect(await unsealedJournalCount(page)).toBe(0);
});

test('leaving the page just after "Set passphrase" either sets the lock or says plainly that it was not set', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill('Words from before the lock');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Entry saved.')).toBeVisible();
  await page.goto('/settings/lock');
  await pressSetPassphrase(page);
  await page.goto('/journal');

  const isLockSet = await page.evaluate(() => localStorage.getItem('mend-lock') !== null);
  if (isLockSet) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mend is (not fully )?locked/);
  } else {
    await expect(page.getByRole('status').filter({ hasText: 'The lock was not set' })).toContainText(
      'Mend was closed before it finished, so there is no passphrase',
    );
    await expect(page.getByText('Words from before the lock')).toBeVisible();
  }
});

// Each run a fresh browser profile; the tester saw the draft left readable in 3 runs of 5.
for (const run of [1, 2, 3, 4, 5]) {
  test(`turning the lock on while another tab types leaves none of its words readable, and keeps them (run ${run})`, async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/journal/new');
    const box = page.getByRole('textbox', { name: "What's on your mind?" });
    await box.fill('Lanterns ');
    const setter = await context.newPage();
    await setter.goto('/settings/lock');
    await setter.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await setter.getByLabel('Type it again').fill(PASSPHRASE);

    // Typing goes on in the first tab as the lock is set in the second.
    await box.focus();
    const typing = page.keyboard.type('along the quay, one by one, and the tide coming in slow', { delay: 15 });
    await setter.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(setter.getByText('The lock is on. Mend will ask for your passphrase each time it opens.')).toBeVisible({ timeout: 20_000 });
    await typing;
    // Said once what it wrote as it learned of the lock is sealed too.
    await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible({ timeout: 15_000 });

    // Whatever the typing tab wrote as it learned of the lock is sealed by the tab that holds the key.
    await expect.poll(async () => (await dumpEverything(setter)).includes('Lanterns'), { timeout: 10_000 }).toBe(false);

    // And the words are still there, behind the passphrase.
    await unlock(page);
    await expect(box).toHaveValue(/^Lanterns/);
    expect(await dumpEverything(setter)).not.toContain('Lanterns');
  });
}
