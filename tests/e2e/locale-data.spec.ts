// Opening a screen wakes none of the browser's locale data: the first Intl call
// on a page holds a phone's main thread for a long moment (about 40 ms here),
// so Mend writes its own dates (src/lib/date-words.ts) and sorts without
// localeCompare (src/lib/compare-words.ts).
import { store } from './early-paint-helpers';
import { addEntryAndGoal } from './every-route';
import { expect, test } from './fixtures';

const FINISHED_AT = '2026-11-20T10:00:00.000Z';
const completion = { schemaVersion: 3, id: 'run-1', createdAt: FINISHED_AT, updatedAt: FINISHED_AT, moduleId: 'reframing', runId: 'run-1', startedAt: FINISHED_AT, completedAt: FINISHED_AT, answers: {}, feelingBefore: null, feelingAfter: null };

test('opens every screen that shows a date without waking the browser’s locale data', async ({ page }) => {
  const [entry, goal] = await addEntryAndGoal(page);
  // A second of each, so every list has something to put in order.
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill('A slow walk by the river.');
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('walking,');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.getByRole('link', { name: /^Open entry/ }).first().waitFor();
  await page.goto('/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill('Walk by the river on Sundays');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await page.getByRole('heading', { level: 1, name: 'Walk by the river on Sundays' }).waitFor();
  await store(page, 'completions', [completion]);
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { localeCalls: string[] }).localeCalls = calls;
    for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator', 'RelativeTimeFormat', 'PluralRules', 'ListFormat', 'Segmenter', 'DisplayNames'] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      Object.defineProperty(Intl, name, {
        value: new Proxy(Original, {
          construct: (target, args) => (calls.push(name), new target(...args)),
          apply: (target, self, args) => (calls.push(name), Reflect.apply(target, self, args)),
        }),
      });
    }
    const methods = [
      [String.prototype, 'localeCompare'],
      [Number.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleDateString'],
      [Date.prototype, 'toLocaleTimeString'],
    ] as const;
    for (const [prototype, name] of methods) {
      const original = (prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      Object.defineProperty(prototype, name, {
        value(this: unknown, ...args: unknown[]) {
          calls.push(name);
          return original.apply(this, args);
        },
      });
    }
  });

  const screens: [string, RegExp][] = [
    ['/', /./],
    ['/practices/reframing', /November 20, 2026/],
    ['/practices/reframing/done', /on November 20, 2026/],
    ['/journal', /\d{1,2}:\d{2} [AP]M/],
    [entry!, /Written \w+day, \w+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M/],
    ['/goals', /Join the Thursday choir/],
    [goal!, /Join the Thursday choir/],
    ['/settings/data', /Kept here|kept here/],
    ['/insights', /./],
    ['/insights/summary', /Summary of my records/],
  ];
  for (const [path, dated] of screens) {
    await page.goto(path);
    await expect(page.locator('main')).toContainText(dated);
    expect(await page.evaluate(() => (window as unknown as { localeCalls: string[] }).localeCalls), path).toEqual([]);
  }
});
