// Safe on the worst night: help is first and tappable, first aid is one tap from
// home, and a rating at the hard end of a scale brings the calm care card.
import type { Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';

const careCard = (page: Page) =>
  page.getByRole('region', { name: "You don't have to carry this alone" });

test('the help page opens with what to do in danger, and numbers you can call or text in one tap', async ({
  page,
}) => {
  await page.goto('/help');
  const firstSection = page.getByRole('heading', { level: 2 }).first();
  await expect(firstSection).toHaveText("If it's urgent");
  // The first links in the page's own text dial emergency numbers.
  const firstLink = page.locator('main a[href^="tel:"], main a[href^="sms:"], main a[href^="http"]').first();
  await expect(firstLink).toHaveAttribute('href', 'tel:911');
  await expect(page.getByText("Mend can't check on you.")).toBeVisible();

  await expect(page.getByRole('link', { name: 'Text SHOUT to 85258' })).toHaveAttribute('href', 'sms:85258');
  await expect(page.getByRole('link', { name: 'Text HOME to 741741' })).toHaveAttribute('href', 'sms:741741');
  await expect(page.getByRole('link', { name: 'text 1737' })).toHaveAttribute('href', 'sms:1737');
  await expect(page.getByRole('link', { name: 'Text HELLO to 50808' })).toHaveAttribute('href', 'sms:50808');
  await expect(page.getByRole('link', { name: '0808 2000 247' })).toHaveAttribute('href', 'tel:08082000247');
  await expect(page.getByText('These numbers were last checked on 4 December 2026.')).toBeVisible();

  // Named in the urgent section, and again at the end of the full list.
  const directory = page.getByRole('link', { name: 'Find A Helpline' }).first();
  await expect(directory).toHaveAttribute('href', 'https://findahelpline.com');
  await expect(directory).toHaveAttribute('target', '_blank');
  await expect(directory).toHaveAttribute('rel', 'noopener noreferrer');
});

// The first screenful, concretely: the viewport of a phone at the default text size,
// before any scrolling. Issue 26: immediate danger goes to an emergency number,
// thoughts of suicide straight to a crisis line, and both show at once.
test('on a small phone, the help page shows an emergency number and a crisis line before any scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/help');
  for (const href of ['tel:911', 'tel:988']) {
    await expect(page.locator(`main a[href="${href}"]`).first(), href).toBeInViewport({ ratio: 1 });
  }
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText("If it's urgent");
});

test("on a common phone, every country's emergency number and crisis line show before any scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/help');
  const firstOfEach = ['tel:911', 'tel:988', 'tel:999', 'tel:116123', 'tel:000', 'tel:131114', 'tel:111', 'tel:1737'];
  for (const href of firstOfEach) {
    await expect(page.locator(`main a[href="${href}"]`).first(), href).toBeInViewport({ ratio: 1 });
  }
});

test('"It just happened" opens first aid in one tap, with help one tap away, through to the end', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'It just happened' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slow your breathing' })).toBeVisible();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'find help now' })).toHaveAttribute('href', '/help');

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Name what you feel' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hurt' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox').fill('This hurts, and I will get through this hour.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Make a warm drink' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Know who you can turn to' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the lines you can reach' })).toHaveAttribute('href', '/help');
  await page.getByRole('button', { name: 'Finish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect(page.getByText('This hurts, and I will get through this hour.')).toBeVisible();
});

test('first aid is one tap from the home screen, and first in the list of practices', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'It just happened' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(7);
  await expect(page.getByRole('article').first().getByRole('heading')).toHaveText('First aid for the first hour');
});

test('an urge to hide of 9 brings the care card, which leads to help and to reaching out small', async ({
  page,
}) => {
  await page.goto('/practices/reconnection/steps/5');
  await expect(page.getByRole('heading', { level: 1, name: 'Notice the pull to hide' })).toBeVisible();
  await page.getByRole('radio', { name: '8' }).check({ force: true });
  await expect(careCard(page)).toHaveCount(0);
  await page.getByRole('radio', { name: '9' }).check({ force: true });
  await expect(careCard(page)).toBeVisible();
  await expect(careCard(page).getByRole('link', { name: 'here is where to find more help' })).toHaveAttribute(
    'href',
    '/help',
  );
  await careCard(page).getByRole('link', { name: 'send one small message to someone safe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send something small' })).toBeVisible();
});

test('the harsh story is rated again after the kinder version, and the change is shown plainly', async ({
  page,
}) => {
  await page.goto('/practices/reframing/steps/1');
  await page.getByRole('textbox').fill('They left me out, so nobody wants me around.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: '8' }).check({ force: true });
  for (const n of [3, 4, 5]) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`Step ${n} of 6`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notice how true it feels now' })).toBeVisible();
  await page.getByRole('radio', { name: '5' }).check({ force: true });
  await expect(page.getByText('Before: 8. Now: 5.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Before: 8. Now: 5.')).toBeVisible();
});

test.describe('with axe', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });

  test(`the care card, first aid and the home entry pass axe in either theme`, async ({ page }) => {
    await page.goto('/practices/reconnection/steps/5');
    await page.getByRole('radio', { name: '10, Very strong' }).check({ force: true });
    await expect(careCard(page)).toBeVisible();
    expect(await axeInBothThemes(page), 'care card').toEqual([]);

    for (const n of [1, 2, 5]) {
      await page.goto(`/practices/first-aid/steps/${n}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeInBothThemes(page), `first aid step ${n}`).toEqual([]);
    }

    await page.goto('/');
    await expect(page.getByRole('link', { name: 'It just happened' })).toBeVisible();
    expect(await axeInBothThemes(page), 'home').toEqual([]);
  });
});

test.describe('before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  test('"It just happened" is already on the prerendered home screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'It just happened' })).toHaveAttribute(
      'href',
      '/practices/first-aid/steps/1',
    );
  });
});
