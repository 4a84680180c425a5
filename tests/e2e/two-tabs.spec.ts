// Two tabs of one browser editing the same words at once (they share IndexedDB
// and the BroadcastChannel): nothing either writes is lost or silently
// overwritten. A version shown as kept stays stored until the person chooses.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

import { stored, whileHeld } from './two-tabs-helpers';

const twoVersions = (page: Page, what: string) =>
  page.getByRole('alert').filter({ hasText: `This ${what} was changed in two places` });

test('a goal saved in two tabs keeps both versions across a reload until the person chooses', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/goals/new');
  await first.getByRole('textbox', { name: /Your goal/ }).fill('Walk on Sundays');
  await first.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Find a route');
  await first.getByRole('button', { name: 'Save goal' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Walk on Sundays' })).toBeVisible();
  const address = first.url();

  const second = await context.newPage();
  await first.goto(`${address}/edit`);
  await second.goto(`${address}/edit`);
  await first.getByRole('textbox', { name: /Your goal/ }).fill('Walk on Saturdays');
  await second.getByRole('textbox', { name: /Your goal/ }).fill('Walk every Sunday morning');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Walk on Saturdays' })).toBeVisible();
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(twoVersions(second, 'goal')).toBeVisible();

  await second.reload();
  const choice = twoVersions(second, 'goal');
  await expect(choice).toBeVisible();
  await expect(choice.getByText(/Walk on Saturdays/)).toBeVisible();
  await expect(second.getByRole('heading', { level: 1, name: 'Walk every Sunday morning' })).toBeVisible();

  await choice.getByRole('button', { name: 'Keep my version' }).click();
  await expect.poll(async () => (await stored(second, 'goals')).map((goal) => goal.title)).toEqual([
    'Walk every Sunday morning',
  ]);
  await expect.poll(async () => (await stored(second, 'drafts')).filter((d) => d.kind === 'kept-version')).toEqual([]);
  await expect(first.getByRole('heading', { level: 1, name: 'Walk every Sunday morning' })).toBeVisible();
});

test('a practice answer written in two tabs keeps the other tab’s words after it moves away', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/practices/reconnection/steps/3');
  // The run exists before the second tab opens it: both write to one run.
  await expect.poll(async () => (await stored(first, 'progress')).length).toBe(1);
  const second = await context.newPage();
  await second.goto('/practices/reconnection/steps/3');
  const answer = (page: Page) => page.getByRole('textbox', { name: /What kindness, recent or long ago/ });
  await whileHeld(first, async () => {
    await answer(first).fill('Written in the first tab.');
    await answer(second).fill('Written in the second tab.');
    await expect.poll(async () => (await stored(second, 'journal')).map((entry) => entry.text)).toEqual([
      'Written in the second tab.',
    ]);
  });
  await expect(twoVersions(first, 'answer')).toBeVisible();

  // Away by the address bar, and back.
  await first.goto('/journal');
  await first.goto('/practices/reconnection/steps/3');
  const choice = twoVersions(first, 'answer');
  await expect(choice).toBeVisible();
  await expect(choice.getByText('Written in the second tab.')).toBeVisible();
  await expect(answer(first)).toHaveValue('Written in the first tab.');
  await choice.getByRole('button', { name: 'Keep both' }).click();
  await expect
    .poll(async () => (await stored(first, 'journal')).map((entry) => entry.text).sort())
    .toEqual(['Written in the first tab.', 'Written in the second tab.']);
});

test('a practice list answered in two tabs keeps every added item, and each tab’s own unadded words', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/practices/first-aid/steps/5');
  await expect.poll(async () => (await stored(first, 'progress')).length).toBe(1);
  const second = await context.newPage();
  await second.goto('/practices/first-aid/steps/5');
  const box = (page: Page) => page.getByRole('textbox', { name: 'Add a person or place' });
  const add = (page: Page) => page.getByRole('button', { name: 'Add', exact: true });

  await box(first).fill('LIST-A');
  await box(second).fill('LIST-B');
  await add(first).click();
  await add(second).click();
  await box(first).fill('TYPED-A');
  await box(second).fill('TYPED-B');
  const items = async () => {
    const run = (await stored(first, 'progress'))[0] as { answers?: Record<string, { items?: string[] }> } | undefined;
    return Object.values(run?.answers ?? {}).flatMap((a) => a.items ?? []).sort();
  };
  await expect.poll(items).toEqual(['LIST-A', 'LIST-B']);
  // Each tab's box still holds its own words, whatever the other typed.
  await expect(box(first)).toHaveValue('TYPED-A');
  await expect(box(second)).toHaveValue('TYPED-B');
  await second.reload();
  await expect(box(second)).toHaveValue('TYPED-B');

  await first.getByRole('button', { name: 'Finish' }).click();
  await second.getByRole('button', { name: 'Finish' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'You did it' })).toBeVisible();
  await expect
    .poll(async () => {
      const done = (await stored(first, 'completions')) as { answers?: Record<string, { items?: string[] }> }[];
      return done.flatMap((c) => Object.values(c.answers ?? {}).flatMap((a) => a.items ?? [])).sort();
    })
    .toEqual(expect.arrayContaining(['LIST-A', 'LIST-B', 'TYPED-A', 'TYPED-B']));
});

const LONG_WORDS =
  'Written after the other tab had the entry open: a long paragraph, longer than eighty characters, and every word of it matters to the end.';

async function entryToDelete(context: BrowserContext) {
  const setup = await context.newPage();
  await setup.goto('/journal/new');
  await setup.getByRole('textbox', { name: "What's on your mind?" }).fill('The words as they were.');
  await setup.getByRole('button', { name: 'Save entry' }).click();
  await setup.getByRole('link', { name: /^Open entry/ }).click();
  const address = setup.url();
  await setup.close();
  return address;
}

/** Deletes the entry in a tab that opened it before, and waits until storage holds it no more. */
async function deleteIn(deleter: Page) {
  await deleter.getByRole('button', { name: 'Delete entry' }).click();
  await expect(deleter.getByText('Entry deleted.')).toBeVisible();
  // Leaving inside the undo window carries the delete out.
  await deleter.goto('/journal');
  await expect.poll(async () => (await stored(deleter, 'journal')).filter((e) => e.schemaVersion !== undefined)).toEqual([]);
}

test('an entry edited in one tab while another deletes it comes back when saved', async ({ context }) => {
  const address = await entryToDelete(context);
  const deleter = await context.newPage();
  await deleter.goto(address);
  const editor = await context.newPage();
  await editor.goto(address);
  await editor.getByRole('textbox', { name: "What's on your mind?" }).fill(LONG_WORDS);
  await expect.poll(async () => (await stored(editor, 'drafts')).map((d) => d.text)).toContain(LONG_WORDS);

  await deleteIn(deleter);
  await expect(editor.getByText('This entry was deleted in another tab or window.')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(LONG_WORDS);
  await editor.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(async () => (await stored(editor, 'journal')).map((e) => e.text)).toContain(LONG_WORDS);
});

test('words left in an entry another tab deleted open again, every one, from Unfinished writing', async ({
  context,
}) => {
  const address = await entryToDelete(context);
  const deleter = await context.newPage();
  await deleter.goto(address);
  const editor = await context.newPage();
  await editor.goto(address);
  await editor.getByRole('textbox', { name: "What's on your mind?" }).fill(LONG_WORDS);
  await expect.poll(async () => (await stored(editor, 'drafts')).map((d) => d.text)).toContain(LONG_WORDS);
  await editor.close();

  await deleteIn(deleter);
  const unfinished = deleter.getByRole('region', { name: 'Unfinished writing' });
  await unfinished.getByRole('link', { name: 'Keep writing' }).click();
  await expect(deleter.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(LONG_WORDS);
  await deleter.getByRole('button', { name: 'Save entry' }).click();
  await expect.poll(async () => (await stored(deleter, 'journal')).map((e) => e.text)).toContain(LONG_WORDS);
});

test('the same person renamed in two tabs: both names kept, and the person chooses', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/belonging');
  await first.getByRole('textbox', { name: 'Add someone to Friends' }).fill('Sam');
  await first.getByRole('button', { name: 'Add to Friends' }).click();
  await expect.poll(async () => (await stored(first, 'belonging-people')).map((p) => p.name)).toEqual(['Sam']);

  const second = await context.newPage();
  await second.goto('/belonging');
  const rename = async (page: Page) => {
    const row = page.getByRole('region', { name: 'Friends' }).getByRole('listitem').filter({ hasText: 'Sam' });
    await row.getByText('Change or remove').click();
    return row.getByRole('textbox', { name: 'Name' });
  };
  const firstName = await rename(first);
  const secondName = await rename(second);
  await whileHeld(first, async () => {
    await firstName.fill('Sam from football');
    await secondName.fill('Samira');
    await expect.poll(async () => (await stored(second, 'belonging-people')).map((p) => p.name)).toEqual(['Samira']);
  });

  const choice = twoVersions(first, 'person');
  await expect(choice).toBeVisible();
  await expect(choice.getByText('Samira')).toBeVisible();
  await first.reload();
  await expect(twoVersions(first, 'person')).toBeVisible();
  await twoVersions(first, 'person').getByRole('button', { name: 'Keep my version' }).click();
  await expect
    .poll(async () => (await stored(first, 'belonging-people')).map((p) => p.name))
    .toEqual(['Sam from football']);
});
