// The longest main-thread task while each screen opens, with a big history stored
// (issue 24, item 15): 20,000 journal entries, 2,000 goals, 5,000 check-ins and
// 300 practice completions, seeded through the app's own storage layer. Each screen
// is opened by its address (a bookmark, a reload) and by an in-app link, CPU not
// slowed; Chromium's Long Tasks API counts every task over 50 ms.
import type { Browser, Locator, Page } from '@playwright/test';
import { BENCH_PORT } from './bench.config';
import { openBenchPage } from './open-bench-page';
import { median, type Figure } from './stats';

const BASE = `http://localhost:${BENCH_PORT}`;
export const SCREEN_TASK_SEED = { journal: 20_000, goals: 2_000, checkIns: 5_000, completions: 300 };
/** docs/performance.md: no main-thread task over 100 ms. */
export const LONGEST_TASK_TARGET_MS = 100;

type Screen = {
  name: string;
  /** The address; `{entry}` stands for the id of the newest seeded entry. */
  path: string;
  /** Something only this screen shows once its records are drawn. */
  shown: string;
  /** Where the in-app link to it is followed from, and the link itself. */
  from: string;
  link: (page: Page) => Locator;
};

const nav = (name: string) => (page: Page) => page.getByRole('banner').getByRole('link', { name, exact: true });
const footer = (name: string) => (page: Page) => page.getByRole('contentinfo').getByRole('link', { name, exact: true });

export const SCREENS: Screen[] = [
  { name: 'home', path: '/', shown: 'main #today-title', from: '/journal', link: nav('Practices') },
  { name: 'journal', path: '/journal', shown: 'main section[aria-label="Your entries"] article', from: '/', link: nav('Journal') },
  {
    name: 'entry',
    path: '/journal/{entry}',
    shown: 'main textarea',
    from: '/journal',
    link: (page) => page.locator('main section[aria-label="Your entries"] article a').first(),
  },
  { name: 'goals', path: '/goals', shown: 'main #completed-goals', from: '/', link: nav('Goals') },
  // realisticGoals: goal 1 is active, with steps. The link is the first card's.
  { name: 'goal', path: '/goals/goal-00001', shown: 'main #steps-heading', from: '/goals', link: (page) => page.locator('main article h3 a').first() },
  { name: 'insights', path: '/insights', shown: 'main figcaption', from: '/', link: (page) => page.getByRole('link', { name: 'See what helps you' }) },
  { name: 'belonging', path: '/belonging', shown: 'main h1', from: '/', link: nav('Belonging') },
  { name: 'strengths', path: '/strengths', shown: 'main h1', from: '/', link: nav('Strengths') },
  { name: 'your data', path: '/settings/data', shown: 'main #facts-title', from: '/', link: footer('Your data') },
  {
    name: 'practice',
    path: '/practices/reframing',
    shown: 'main #history',
    from: '/',
    link: (page) => page.locator('main a[href="/practices/reframing"]').first(),
  },
  {
    name: 'step',
    path: '/practices/reframing/steps/2',
    shown: 'main h1',
    from: '/practices/reframing',
    link: (page) => page.getByRole('link', { name: /^(Start again|Start practice|Resume at step \d+)$/ }),
  },
  // realisticCompletions: completion 3 is of "reframing".
  {
    name: 'done',
    path: '/practices/reframing/done',
    shown: 'main h1',
    from: '/practices/reframing',
    link: (page) => page.locator('main #history ~ ul a').first(),
  },
];

type BenchWindow = {
  mendBench: { seed(counts: typeof SCREEN_TASK_SEED): Promise<{ ms: number; stored: Record<string, number> }> };
};
type TaskWindow = { mendLongTasks: { start: number; duration: number }[]; mendSameDocument?: number };

/** Collects every long task of each document from its very start, as a returning visitor's. */
const COLLECT_LONG_TASKS = () => {
  if (localStorage.getItem('mend-preferences') === null)
    localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, hasSeenWelcome: true }));
  const w = window as unknown as TaskWindow;
  w.mendLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.mendLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** Waits for the screen's records drawn, nothing left loading, then for the page to go quiet. */
async function settle(page: Page, shown: string): Promise<void> {
  await page.waitForFunction(
    (selector) => document.querySelector(selector) !== null && document.querySelector('[data-screen-loading]') === null,
    shown,
    { timeout: 60_000, polling: 'raf' },
  );
  await page.waitForLoadState('networkidle');
  // Two idle periods in a row: no task left queued, and the observer has reported.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 2000 }), { timeout: 2000 }),
      ),
  );
}

/**
 * Chromium traces from `start()` until the returned stop, which gives the most
 * CPU time one task of the page's main thread took. On a shared, busy machine
 * a task's wall time (what the Long Tasks API sees) also counts the time other
 * programs had the core; its CPU time is the work the app itself asked for.
 */
async function startCpu(page: Page): Promise<() => Promise<number>> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  return async () => {
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const isMain = new Set(
      traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = traceEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask' && isMain.has(`${e.pid}:${e.tid}`));
    return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
  };
}
type TraceEvent = { ph: string; name: string; pid: number; tid: number; tdur?: number; args?: { name?: string } };

async function longestSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (from) => Math.max(0, ...(window as unknown as TaskWindow).mendLongTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    since,
  );
}

/** The longest task from the start of the page load to the screen settled. */
async function byAddress(page: Page, screen: Screen, entry: string): Promise<Longest> {
  const stopCpu = await startCpu(page);
  await page.goto(`${BASE}${screen.path.replace('{entry}', entry)}`);
  await settle(page, screen.shown);
  const cpu = await stopCpu();
  return { wall: await longestSince(page, 0), cpu };
}

type Longest = { wall: number; cpu: number };

/** The longest task from the tap on an in-app link to the screen settled. */
async function byLink(page: Page, screen: Screen): Promise<Longest> {
  const from = SCREENS.find((s) => s.path === screen.from);
  await page.goto(`${BASE}${screen.from}`);
  await settle(page, from?.shown ?? 'main h1');
  const link = screen.link(page);
  // A prerendered page is the app's only once React has drawn it anew; before, a
  // tap would load a whole new page rather than open the screen in the app. The
  // link is found afresh each frame: the prerendered one is replaced, not taken over.
  for (let frame = 0; ; frame++) {
    const isLive = await link.evaluate(
      (a) => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(Object.keys(a).some((key) => key.startsWith('__reactFiber'))))),
    );
    if (isLive) break;
    if (frame > 600) throw new Error(`The link to ${screen.name} on ${screen.from} never came alive.`);
  }
  const since = await page.evaluate(() => {
    const w = window as unknown as TaskWindow;
    w.mendSameDocument = performance.now();
    return w.mendSameDocument;
  });
  const stopCpu = await startCpu(page);
  await link.click({ timeout: 15_000 });
  await settle(page, screen.shown);
  const cpu = await stopCpu();
  const isSameDocument = await page.evaluate((mark) => (window as unknown as TaskWindow).mendSameDocument === mark, since);
  if (!isSameDocument) throw new Error(`The link to ${screen.name} loaded a new page instead of opening the screen in the app.`);
  return { wall: await longestSince(page, since), cpu };
}

/** Per opening: the longest task's wall time (Long Tasks API) and the most CPU time one task took. */
export type ScreenTasks = { name: string; address: number[]; link: number[]; addressCpu: number[]; linkCpu: number[] };

/**
 * Seeds once, then opens every screen (or those named in `only`) both ways,
 * `runs` times; returns the longest task of each opening.
 */
export async function measureScreenTasks(browser: Browser, runs: number, only?: readonly string[]): Promise<ScreenTasks[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  // Nothing waits for ever: a link not found fails the run, saying which.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await openBenchPage(page, `${BASE}/tests/bench/bench.html`);
  const seeded = await page.evaluate((counts) => (window as unknown as BenchWindow).mendBench.seed(counts), SCREEN_TASK_SEED);
  console.log(`Seeded through src/storage in ${(seeded.ms / 1000).toFixed(1)} s: ${JSON.stringify(seeded.stored)}`);
  const entry = await newestEntryId(page);
  await context.addInitScript(COLLECT_LONG_TASKS);

  const screens = only ? SCREENS.filter((screen) => only.includes(screen.name)) : SCREENS;
  const results: ScreenTasks[] = screens.map((screen) => ({ name: screen.name, address: [], link: [], addressCpu: [], linkCpu: [] }));
  for (let run = 0; run < runs; run++) {
    for (const [i, screen] of screens.entries()) {
      const result = results[i]!;
      const t0 = Date.now();
      const address = await byAddress(page, screen, entry);
      const link = await byLink(page, screen);
      result.address.push(address.wall);
      result.addressCpu.push(address.cpu);
      result.link.push(link.wall);
      result.linkCpu.push(link.cpu);
      console.log(
        `run ${run + 1}, ${screen.name}: by address ${address.wall.toFixed(0)} ms (CPU ${address.cpu.toFixed(0)}), by link ${link.wall.toFixed(0)} ms (CPU ${link.cpu.toFixed(0)}) (measured in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }
  }
  await context.close();
  return results;
}

/** The id of the newest journal entry stored on the page's origin. */
export async function newestEntryId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('mend-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('records').objectStore('records').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const records = all.result as { id?: string; createdAt?: string }[];
            const newest = records.filter((r) => r.id && r.createdAt).sort((a, b) => b.createdAt!.localeCompare(a.createdAt!))[0];
            request.result.close();
            resolve(newest?.id ?? '');
          };
        };
      }),
  );
}

/** One figure per screen: the worse of its two ways in, each the median of the runs. */
export function screenTaskFigures(results: ScreenTasks[]): Figure[] {
  const seed = SCREEN_TASK_SEED;
  return results.map(({ name, address, link, addressCpu, linkCpu }) => {
    const [byAddressMs, byLinkMs] = [median(address), median(link)];
    const value = Math.max(byAddressMs, byLinkMs);
    const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join('/');
    return {
      name: `Longest main-thread task opening ${name}, ${seed.journal} entries, ${seed.goals} goals, ${seed.checkIns} check-ins`,
      value,
      unit: 'ms',
      target: `<= ${LONGEST_TASK_TARGET_MS} ms`,
      pass: value <= LONGEST_TASK_TARGET_MS,
      detail: `by address ${byAddressMs.toFixed(0)} ms (${runs(address)}), by an in-app link ${byLinkMs.toFixed(0)} ms (${runs(link)}); 0 means no task over 50 ms; the most CPU one task took, by address ${runs(addressCpu)} ms, by link ${runs(linkCpu)} ms`,
    };
  });
}
