// Lighthouse (v12, which runs on Node 20) against the built app, in the system Chromium.
import { chromium, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { openBenchPage } from './open-bench-page';

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** What Lighthouse took as the largest contentful paint, for reading a slow run. */
  lcpElement: string;
};

/** Stored data to put in place before the run, through the bench page on the same origin. */
export type Seeding = {
  benchPage: string;
  /** Runs in the bench page; returns values for the address (such as `{entry}`). */
  seed: (page: Page) => Promise<Record<string, string>>;
};

export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop', seeding?: Seeding): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    let address = url;
    if (seeding) {
      // Seeded in this browser's profile, then the HTTP cache emptied, so the run
      // is a cold load of the app by a person who has data stored.
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const page = await browser.contexts()[0]!.newPage();
      await openBenchPage(page, seeding.benchPage);
      const values = await seeding.seed(page);
      for (const [name, value] of Object.entries(values)) address = address.replace(`{${name}}`, value);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await page.close();
      await browser.close();
    }
    const result = await lighthouse(
      address,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: Boolean(seeding),
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const lcpItems = (audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      lcpElement: lcpItems?.[0]?.items?.[0]?.node?.snippet ?? '',
    };
  } finally {
    await chrome.kill();
  }
}
