import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';

function isoDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('accept the goal the goals practice proposes, tick a step with a note, reload, export it to a calendar', async ({
  page,
}) => {
  await page.goto('/practices/goals');
  await page.getByRole('link', { name: 'Start practice' }).click();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await page.getByRole('textbox').fill('Sing again, because it makes me feel like me.');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await page.getByRole('textbox', { name: 'The goal' }).fill('Join a choir, slowly; no rush');
  await page.getByRole('button', { name: 'Add to my goals' }).click();
  await expect(page.getByText(/is in your goals now/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your goals' })).toBeVisible();
  const card = page.getByRole('article', { name: 'Join a choir, slowly; no rush' });
  await expect(card.getByRole('progressbar', { name: '0 of 6 steps done' })).toBeVisible();
  await expect(card.getByText('Write down the very first small action')).toBeVisible();
  await card.getByRole('link', { name: 'Join a choir, slowly; no rush' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Join a choir, slowly; no rush' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Set one small goal' })).toHaveAttribute(
    'href',
    '/practices/goals',
  );
  await page.getByRole('checkbox', { name: 'Write down the very first small action' }).check();
  await page
    .getByRole('textbox', { name: 'How did it go? (optional)' })
    .fill('Took five minutes, felt good');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText('“Took five minutes, felt good”').first()).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Join a choir, slowly; no rush' }),
  ).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Write down the very first small action' }),
  ).toBeChecked();
  await expect(page.getByRole('progressbar', { name: '1 of 6 steps done' })).toBeVisible();
  const history = page.getByRole('region', { name: "What you've done so far" });
  await expect(history.getByText('Done: Write down the very first small action')).toBeVisible();
  await expect(history.getByText('“Took five minutes, felt good”')).toBeVisible();

  // Dates for the calendar: a target date, and a day for the second step.
  await page.getByRole('link', { name: 'Edit goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit your goal' })).toBeVisible();
  await page.getByLabel('Target date (optional)').fill(isoDay(21));
  await page.getByLabel('Day for step 2 (optional)').fill(isoDay(3));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('in 3 weeks')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mend-goal-join-a-choir-slowly-no-rush.ics');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('\r\n');
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(
    events.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate]),
  ).toEqual([
    ['Goal: Join a choir, slowly; no rush', isoDay(21), true],
    ['Do that first action, even for ten minutes', isoDay(3), true],
  ]);
});

test('reorder steps by dragging the handle with a pointer', async ({ page }) => {
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: 'Step 1', exact: true }).fill('First');
  for (const text of ['Second', 'Third']) {
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.keyboard.type(text);
  }
  const rows = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('textbox', { name: /^Step \d$/ }) });
  const handle = rows.nth(2).locator('[title="Drag to reorder"]');
  const target = (await rows.nth(0).boundingBox())!;
  const start = (await handle.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, target.y + 5, { steps: 8 });
  await page.mouse.up();

  const values = await page
    .getByRole('textbox', { name: /^Step \d$/ })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(values).toEqual(['Third', 'First', 'Second']);
  await expect(
    page.getByRole('status').filter({ hasText: '“Third” is now step 1 of 3.' }),
  ).toBeAttached();
});

test('two tabs stay in step: a tick in one shows in the other', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/goals/new');
  await first.getByRole('textbox', { name: /Your goal/ }).fill('Walk on Sundays');
  await first.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Find a route');
  await first.getByRole('button', { name: 'Save goal' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Walk on Sundays' })).toBeVisible();

  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole('checkbox', { name: 'Find a route' })).not.toBeChecked();
  await first.getByRole('checkbox', { name: 'Find a route' }).check();
  await expect(second.getByRole('checkbox', { name: 'Find a route' })).toBeChecked({
    timeout: 1000,
  });
  await expect(second.getByRole('heading', { name: 'You did it' })).toBeVisible();
});

test.describe('goals screens with goals in them', () => {
  // The page's CSP (rightly) blocks injected scripts; axe is our own test code.
  test.use({ bypassCSP: true });

  test('pass axe in either theme: cards, a gone-by date, big-step hint, tick note, celebration', async ({ page }) => {
    await page.goto('/goals/new');
    await page.getByRole('textbox', { name: /Your goal/ }).fill('Call Gran');
    await page
      .getByRole('textbox', { name: 'Step 1', exact: true })
      .fill('Find her number and call her, then plan a visit');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.keyboard.type('Plan a visit');
    await expect(page.getByText(/might be easier in smaller pieces/)).toBeVisible();
    expect(await axeInBothThemes(page), 'editor').toEqual([]);
    await page.getByLabel('Target date (optional)').fill(isoDay(-3));
    await page.getByRole('button', { name: 'Save goal' }).click();

    await expect(page.getByText(/still here when you want it/)).toBeVisible();
    await page.getByRole('checkbox', { name: /Find her number/ }).check();
    await expect(page.getByRole('textbox', { name: 'How did it go? (optional)' })).toBeVisible();
    expect(await axeInBothThemes(page), 'goal with tick note').toEqual([]);

    await page.goto('/goals');
    await expect(page.getByRole('article')).toHaveCount(1);
    expect(await axeInBothThemes(page), 'goals list').toEqual([]);

    await page.getByRole('link', { name: 'Call Gran' }).click();
    await page.getByRole('button', { name: 'Mark goal as done' }).click();
    await expect(page.getByRole('heading', { name: 'You did it' })).toBeVisible();
    expect(await axeInBothThemes(page), 'celebration').toEqual([]);
  });
});
