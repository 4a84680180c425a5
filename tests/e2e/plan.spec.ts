// My safety plan in a real browser: written, reached in one tap from where it
// matters, and printed whole on one page.
import type { Page } from '@playwright/test';
import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';

/** The texts of the plan's lines as stored, read straight from IndexedDB. */
function storedPlanTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const opening = indexedDB.open('mend-plan');
        opening.onupgradeneeded = () => opening.result.createObjectStore('records');
        opening.onsuccess = () => {
          const request = opening.result.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => {
            opening.result.close();
            resolve((request.result as { text?: string }[]).flatMap((r) => (typeof r.text === 'string' ? [r.text] : [])).sort());
          };
        };
      }),
  );
}

const PLAN = {
  'Add a sign': ['Not answering messages for a day', 'Going over what they said, again and again', 'Skipping meals'],
  'Add something to do': ['A long hot shower', 'Walk to the river and back', 'Put on the album from summer'],
  'Add a person or place': ['The library on Park Street', 'Board games at the café on Friday'],
  'Add a person': ['Sam', 'Aunt Rosa'],
  'Add a professional': ['Dr Okafor at the health centre'],
  'Add what I will do': ['Ask Sam to keep my medicines for now', 'Go to the library if I feel unsafe at home'],
  'Add a reason': ['My nephew Theo', 'Seeing the sea again', 'Finishing the bookshelf I started', 'My cat, Pepper'],
} as const;

async function writeWholePlan(page: Page) {
  await page.goto('/plan');
  for (const [box, lines] of Object.entries(PLAN)) {
    const field = page.getByRole('textbox', { name: box, exact: true });
    for (const line of lines) {
      await field.fill(line);
      await field.press('Enter');
      await expect(field).toHaveValue('');
    }
  }
  await page.getByRole('textbox', { name: 'Sam’s number' }).fill('+44 7700 900123');
  await page.getByRole('textbox', { name: 'Aunt Rosa’s number' }).fill('07700 900456');
  await page.getByRole('textbox', { name: 'Dr Okafor at the health centre’s number' }).fill('020 7946 0000');
  await page.getByRole('combobox', { name: 'Crisis lines for' }).selectOption('uk');
  const all = Object.values(PLAN).flat();
  await expect.poll(() => storedPlanTexts(page)).toEqual([...all].sort());
  return all;
}

test('a plan written once is one tap away from the help page, first aid and a care card', async ({ page }) => {
  await writeWholePlan(page);

  await page.goto('/help');
  await page.getByRole('link', { name: 'Open my safety plan' }).click();
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Signs a hard time is starting' })).toContainText('Not answering messages for a day');

  await page.goto('/practices/first-aid');
  await page.getByRole('link', { name: 'open your safety plan' }).click();
  await expect(page.getByText('Step 1 of 7')).toBeVisible();

  await page.goto('/');
  await page.getByRole('button', { name: 'Check in' }).click();
  await page
    .getByRole('group', { name: 'How are you feeling right now?' })
    .getByRole('radio', { name: '1', exact: true })
    .check({ force: true });
  const card = page.getByRole('region', { name: "You don't have to carry this alone" });
  await card.getByRole('link', { name: 'open your safety plan' }).click();
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
  // Step 4, the people: a tap calls or texts them.
  for (let step = 2; step <= 4; step++) await page.getByRole('button', { name: `Next: step ${step}` }).click();
  await expect(page.getByRole('link', { name: 'Call Sam' })).toHaveAttribute('href', 'tel:+447700900123');
  await expect(page.getByRole('link', { name: 'Text Aunt Rosa' })).toHaveAttribute('href', 'sms:07700900456');
});

test('with a plan, a small phone shows the plan beside an emergency number and a crisis line, before any scrolling', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Add “A hot shower”' }).click();
  await expect.poll(() => storedPlanTexts(page)).toEqual(['A hot shower']);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/help');
  await expect(page.getByRole('link', { name: 'Open my safety plan' })).toBeInViewport({ ratio: 1 });
  for (const href of ['tel:911', 'tel:988']) {
    await expect(page.locator(`main a[href="${href}"]`).first(), href).toBeInViewport({ ratio: 1 });
  }
});

test('prints the whole plan on one page, to fold into a pocket or save as a PDF', async ({ page }) => {
  const lines = await writeWholePlan(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('region', { name: 'My whole safety plan' });
  await expect(sheet).toBeVisible();
  for (const line of lines) await expect(sheet).toContainText(line);
  await expect(sheet).toContainText('+44 7700 900123');
  await expect(sheet).toContainText('Samaritans call 116123');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages, format).toHaveLength(1);
  }
});

test.describe('with axe', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });

  test('a written plan passes axe in either theme: to change, one step at a time, and all at once', async ({ page }) => {
    await writeWholePlan(page);
    for (const address of ['/plan', '/plan?view=steps&step=4', '/plan?view=steps&step=5', '/plan?view=all']) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
      await expect(page.getByText('Opening your safety plan…')).toHaveCount(0);
      expect(await axeInBothThemes(page), address).toEqual([]);
    }
  });
});

test('prints the whole plan as a wallet card: 85 mm wide, and no taller than a card folded once', async ({ page }) => {
  const lines = await writeWholePlan(page);
  // The box follows the address, which the router changes in a transition: on a busy
  // machine it is ticked a moment after the click, so wait for both rather than check().
  const card = page.getByRole('checkbox', { name: 'Print it as a small wallet card' });
  await card.click();
  await expect(page).toHaveURL(/print=card/);
  await expect(card).toBeChecked();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('region', { name: 'My whole safety plan' });
  for (const line of lines) await expect(sheet).toContainText(line);
  const mm = 96 / 25.4;
  const box = (await sheet.boundingBox())!;
  expect(Math.round(box.width / mm)).toBe(85);
  // A card is about 54 mm tall; folded once it holds two faces.
  expect(box.height / mm).toBeLessThanOrEqual(108);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
});

test('a written plan needs no sideways scrolling at 320 px wide, nor at 390 px with the largest text', async ({ page }) => {
  test.setTimeout(90_000);
  await writeWholePlan(page);
  for (const { width, textSize } of [
    { width: 320, textSize: 'standard' },
    { width: 390, textSize: 'largest' },
  ]) {
    await page.evaluate((size) => localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, textSize: size, hasSeenWelcome: true })), textSize);
    await page.setViewportSize({ width, height: 700 });
    for (const address of ['/plan', '/plan?view=steps&step=4', '/plan?view=steps&step=5', '/plan?view=all']) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
      await expect(page.getByText('Opening your safety plan…')).toHaveCount(0);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, `${address} at ${width} px, ${textSize} text`).toBeLessThanOrEqual(widths.client);
    }
  }
});

const PASSPHRASE = 'a quiet harbour at dusk';

test('while locked, the plan opens from the unlock screen only when the person chose that', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Add “A hot shower”' }).click();
  await expect.poll(() => storedPlanTexts(page)).toEqual(['A hot shower']);

  await page.goto('/settings/lock');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByText('The lock is on. Mend will ask for your passphrase each time it opens.')).toBeVisible({ timeout: 15_000 });
  // Sealed like everything else: the stored plan holds no words in plain sight.
  await expect.poll(() => storedPlanTexts(page)).toEqual([]);

  // Not chosen (the default): the plan waits for the passphrase, and the unlock screen doesn't offer it.
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Crisis lines and where to find more help' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open my safety plan' })).toHaveCount(0);

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const choice = page.getByRole('checkbox', { name: 'Let me open my plan without my passphrase' });
  await expect(choice).not.toBeChecked();
  await expect(page.getByText(/your plan is stored unsealed on this device/)).toBeVisible();
  await choice.check();
  await expect.poll(() => storedPlanTexts(page)).toEqual(['A hot shower']);

  // A fresh page is locked again; now the plan is a tap away, and only the plan.
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  await page.getByRole('link', { name: 'Open my safety plan' }).click();
  await expect(page.getByText('Step 1 of 7')).toBeVisible();
  await page.getByRole('button', { name: 'Next: step 2' }).click();
  await expect(page.getByRole('region', { name: 'Things I can do on my own' })).toContainText('A hot shower');
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
});
