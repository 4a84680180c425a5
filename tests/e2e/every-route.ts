// Every kind of screen, for the tests that walk them all (axe, reflow).
import type { Page } from '@playwright/test';

export const EVERY_ROUTE = [
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
  '/belonging',
  '/strengths',
  '/plan',
  '/plan?view=steps&step=4',
  '/insights',
  '/insights/summary',
  '/help',
  '/learn/why-it-hurts',
  '/about',
  '/settings',
  '/settings/data',
  '/settings/lock',
  '/settings/devices',
  '/no-such-page',
];

/** A journal entry and a goal with steps, so their screens have something to show; returns their addresses. */
export async function addEntryAndGoal(page: Page): Promise<string[]> {
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill('A long day, and then a kind message from an old friend that made it lighter.');
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('friends,');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.getByRole('link', { name: /^Open entry/ }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Your entry' }).waitFor();
  const entry = new URL(page.url()).pathname;

  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Join the Thursday choir, slowly');
  await page.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Look up when and where it meets');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await page.getByRole('heading', { level: 1, name: 'Join the Thursday choir, slowly' }).waitFor();
  const goal = new URL(page.url()).pathname;
  return [entry, goal, `${goal}/edit`];
}
