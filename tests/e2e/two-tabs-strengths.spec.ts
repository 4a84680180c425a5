// The strengths lists in two tabs of one browser (they share IndexedDB and the
// BroadcastChannel): the same line retyped differently in each keeps both
// texts until the person chooses, as in the journal and on the belonging map.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

import { stored, whileHeld } from './two-tabs-helpers';

const storedTexts = async (page: Page) => (await stored(page, 'strengths')).flatMap((s) => (s.text ? [s.text] : []));

/** Every text a person could still get back: the stored ones and the versions kept for a choice. */
const everyText = async (page: Page) => {
  const kept = (await stored(page, 'drafts')).flatMap((d) =>
    d.kind === 'kept-version' && d.collection === 'strengths' ? [(d.record as { text: string }).text] : [],
  );
  return [...(await storedTexts(page)), ...kept].sort();
};

const twoVersions = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This strength was changed in two places' });

const line = (page: Page) => page.getByRole('textbox', { name: 'A strength 1', exact: true });

test('the same strength retyped in two tabs: both texts kept across a reload, and the person chooses', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/strengths');
  await first.getByRole('textbox', { name: 'Add a strength' }).fill('I listen well');
  await first.getByRole('button', { name: 'Add to your strengths' }).click();
  await expect.poll(() => storedTexts(first)).toEqual(['I listen well']);

  const second = await context.newPage();
  await second.goto('/strengths');
  await expect(line(second)).toHaveValue('I listen well');
  await whileHeld(first, async () => {
    await line(first).fill('I listen well to friends');
    await line(second).fill('I listen without judging');
    await expect.poll(() => storedTexts(second)).toEqual(['I listen without judging']);
  });

  // Neither text is lost: one stored, the other kept until the person chooses.
  await expect.poll(() => everyText(first)).toEqual(['I listen well to friends', 'I listen without judging']);
  const choice = twoVersions(first);
  await expect(choice).toBeVisible();
  await expect(choice.getByText('I listen without judging')).toBeVisible();
  await expect(line(first)).toHaveValue('I listen well to friends');

  await first.reload();
  await expect(twoVersions(first)).toBeVisible();
  await expect(line(first)).toHaveValue('I listen well to friends');
  await twoVersions(first).getByRole('button', { name: 'Keep my version' }).click();
  await expect.poll(() => storedTexts(first)).toEqual(['I listen well to friends']);
  await expect
    .poll(async () => (await stored(first, 'drafts')).filter((d) => d.kind === 'kept-version'))
    .toEqual([]);
});
