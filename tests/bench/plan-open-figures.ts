// QUALITY.md: "Opening the safety plan, from any screen: <= 100 ms after the tap,
// offline too" (issue 26). A whole plan (every section filled, numbers for its
// people, a country's crisis lines) is seeded through the app's own storage. Each
// run is a fresh page opened by its address (nothing loaded ahead by an earlier
// tap), whose link to the plan is tapped as soon as the app has taken the page
// over, as someone in crisis would; timed from the tap's click event to the frame
// that paints the plan's first line having run. A screen with no link to the plan
// of its own is measured the way it has: its "Need help now?" link first, then the
// help page's "Open my safety plan", the second tap timed (the one that opens the
// plan; the help page's own figure is the same tap with the help page opened by
// its address). Online: the app served over the network, no offline copy.
// Offline: the same after one visit installed the offline copy (the service
// worker), with the network cut before the page is opened. CPU not slowed, as the
// other screen figures; the same runs with the CPU slowed 4x (Chromium's
// throttling) are printed beside them.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { BENCH_PORT } from './bench.config';
import { openBenchPage } from './open-bench-page';
import { median, type Figure } from './stats';

const BASE = `http://localhost:${BENCH_PORT}`;
const RUNS = Number(process.env.PLAN_OPEN_RUNS ?? 7);
/** The plan's first line, as each view draws it: its steps, one at a time, or its sections to change. */
const FIRST_STEP_LINE = 'main section[aria-labelledby="plan-step-heading"] li';
const FIRST_SECTION_LINE = 'main section[aria-labelledby="plan-warning-signs"] li';
export const PLAN_OPEN_TARGET_MS = 100;

/** One way into the plan: the page opened by its address, an untimed tap on the way, the timed tap. */
export type WayIn = { name: string; from: string; through?: string; link: string; firstLine: string };

export const WAYS_IN: readonly WayIn[] = [
  { name: 'the help page', from: '/help', link: 'Open my safety plan', firstLine: FIRST_STEP_LINE },
  { name: 'the home screen', from: '/', link: 'My safety plan', firstLine: FIRST_SECTION_LINE },
  // The practice's warning, in its content: "open your safety plan".
  { name: 'the first-aid practice', from: '/practices/first-aid', link: 'open your safety plan', firstLine: FIRST_STEP_LINE },
  { name: 'a practice step, through help', from: '/practices/first-aid/steps/1', through: 'Need help now?', link: 'Open my safety plan', firstLine: FIRST_STEP_LINE },
  { name: 'the journal, through help', from: '/journal', through: 'Need help now?', link: 'Open my safety plan', firstLine: FIRST_STEP_LINE },
];

type BenchWindow = { mendBench: { seedPlan(): Promise<{ lines: number; settings: number }> } };
type TapWindow = { mendTapAt?: number };

type Opening = { ms: number; isCodeIn: boolean };

/** The app has taken the page over: the live screen, no longer the one prerendered for the address (main.tsx). */
const isLive = (page: Page) => page.waitForFunction(() => !document.documentElement.hasAttribute('data-screen-for'));

/** One opening: a fresh page, the tap(s), the plan's first line painted; milliseconds, and whether its code had arrived by the tap. */
async function tapToPlan(page: Page, way: WayIn): Promise<Opening> {
  await page.goto(`${BASE}${way.from}`);
  await isLive(page);
  if (way.through) {
    const first = page.getByRole('link', { name: way.through, exact: true });
    await first.click();
    await page.waitForURL((url) => url.pathname !== way.from);
  }
  const link = page.getByRole('link', { name: way.link, exact: true });
  // Some are drawn by the app once it has read the plan (the prerendered page has no such link).
  await link.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as TapWindow;
    delete w.mendTapAt;
    // Capture, on the document: before the app's own handlers see the click.
    document.addEventListener('click', (event) => (w.mendTapAt = event.timeStamp), { capture: true, once: true });
  });
  const painted = page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        // Found in a frame's callbacks: that frame paints it; a task queued now runs once it has.
        const check = () => (document.querySelector(selector) ? setTimeout(() => resolve(performance.now()), 0) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      }),
    way.firstLine,
  );
  await link.click();
  const paintedAt = await painted;
  const { tapAt, codeAt } = await page.evaluate(() => ({
    tapAt: (window as unknown as TapWindow).mendTapAt,
    // The plan screen's own file, as resource timing saw it arrive.
    codeAt: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => /\/plan-screen-[^/]*\.js$/.test(entry.name))?.responseEnd,
  }));
  if (tapAt === undefined) throw new Error(`The tap on "${way.link}" from ${way.from} was never seen.`);
  if (new URL(page.url()).pathname !== '/plan') throw new Error(`The tap on "${way.link}" from ${way.from} led to ${page.url()}, not the plan.`);
  return { ms: paintedAt - tapAt, isCodeIn: codeAt !== undefined && codeAt <= tapAt };
}

export type Times = { fast: number[]; slowed: number[] };

/** `RUNS` openings at full speed, then `RUNS` with the CPU slowed 4x. */
async function runs(context: BrowserContext, page: Page, way: WayIn, label: string): Promise<Times> {
  const fast: Opening[] = [];
  const slowed: Opening[] = [];
  for (let run = 0; run < RUNS; run++) fast.push(await tapToPlan(page, way));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    for (let run = 0; run < RUNS; run++) slowed.push(await tapToPlan(page, way));
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  // "*": the plan's code was still on its way at the tap.
  const shown = (openings: Opening[]) => openings.map(({ ms, isCodeIn }) => `${ms.toFixed(0)}${isCodeIn ? '' : '*'}`).join('/');
  console.log(`Opening the plan from ${way.name} (${way.from}), ${label}: ${shown(fast)} ms; CPU 4x slower ${shown(slowed)} ms (* the plan's code still on its way at the tap)`);
  return { fast: fast.map(({ ms }) => ms), slowed: slowed.map(({ ms }) => ms) };
}

async function seededContext(browser: Browser, serviceWorkers: 'allow' | 'block'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers });
  // Nothing waits for ever: a link not found fails the run, saying which.
  context.setDefaultTimeout(30_000);
  // A returning visitor: the first-visit welcome already seen.
  await context.addInitScript(() => {
    if (localStorage.getItem('mend-preferences') === null)
      localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, hasSeenWelcome: true }));
  });
  const page = await context.newPage();
  await openBenchPage(page, `${BASE}/tests/bench/bench.html`);
  const seeded = await page.evaluate(() => (window as unknown as BenchWindow).mendBench.seedPlan());
  if (seeded.lines < 7 || seeded.settings !== 1) throw new Error(`The plan was not seeded whole: ${JSON.stringify(seeded)}`);
  return { context, page };
}

export type PlanOpenTimes = { way: WayIn; online: Times; offline: Times };

export async function measurePlanOpen(browser: Browser, ways: readonly WayIn[] = WAYS_IN): Promise<PlanOpenTimes[]> {
  const online = await seededContext(browser, 'block');
  const onlineTimes: Times[] = [];
  for (const way of ways) onlineTimes.push(await runs(online.context, online.page, way, 'online'));
  await online.context.close();

  const offline = await seededContext(browser, 'allow');
  // One visit installs the offline copy; it is complete once the service worker is active.
  await offline.page.goto(`${BASE}/help`);
  await offline.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await offline.context.setOffline(true);
  const offlineTimes: Times[] = [];
  for (const way of ways) offlineTimes.push(await runs(offline.context, offline.page, way, 'offline, through the offline copy'));
  const isFromCopy = await offline.page.evaluate(() => navigator.serviceWorker.controller !== null);
  await offline.context.close();
  if (!isFromCopy) throw new Error('The offline runs were not served by the offline copy.');
  return ways.map((way, i) => ({ way, online: onlineTimes[i]!, offline: offlineTimes[i]! }));
}

export function planOpenFigure({ way, online, offline }: PlanOpenTimes): Figure {
  const all = (values: number[]) => values.map((v) => v.toFixed(0)).join('/');
  const [onlineMs, offlineMs] = [median(online.fast), median(offline.fast)];
  const value = Math.max(onlineMs, offlineMs);
  const taps = way.through ? `"${way.through}" then "${way.link}" (the second tap timed)` : `"${way.link}"`;
  return {
    name: `Opening the plan: tap → plan lines painted, from ${way.name} (${way.from}, ${taps}), a whole plan stored, CPU not slowed`,
    value,
    unit: 'ms',
    target: `<= ${PLAN_OPEN_TARGET_MS} ms, offline too`,
    pass: value <= PLAN_OPEN_TARGET_MS,
    detail: `median of ${online.fast.length}, fresh page each: online ${onlineMs.toFixed(0)} ms (${all(online.fast)}), offline through the offline copy ${offlineMs.toFixed(0)} ms (${all(offline.fast)}); CPU 4x slower: online ${median(online.slowed).toFixed(0)} ms (${all(online.slowed)}), offline ${median(offline.slowed).toFixed(0)} ms (${all(offline.slowed)})`,
  };
}
