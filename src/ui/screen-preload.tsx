import { createContext, use, useEffect } from 'react';

/**
 * Loads the code of the screen at an address ahead of its first render. The app
 * provides it (src/app/routes.tsx); with none (a piece drawn on its own), it does nothing.
 */
export const ScreenPreload = createContext<(pathname: string) => unknown>(() => undefined);

/**
 * Starts loading a screen's code while this is shown: for a link someone may need
 * at once, and may tap with the connection gone (the safety plan). Null: nothing.
 */
export function usePreloadScreen(pathname: string | null): void {
  const preload = use(ScreenPreload);
  useEffect(() => {
    if (pathname === null) return;
    void Promise.resolve(preload(pathname)).then((isReady) => {
      if (isReady === true) markReady(pathname);
    });
  }, [preload, pathname]);
}

/** Says on the page which screens' code has arrived ahead (<html data-screens-ready>), for tests to wait on. */
function markReady(pathname: string): void {
  const root = document.documentElement;
  const ready = new Set((root.dataset.screensReady ?? '').split(' ').filter(Boolean));
  ready.add(pathname);
  root.dataset.screensReady = [...ready].join(' ');
}

/** The safety plan: opened from any screen within 100 ms of the tap, offline too. */
export const PLAN_PATH = '/plan';

/** Whether HTML (content made at build) holds a link to the plan, with or without a query. */
export function linksToPlan(html: string): boolean {
  return /href="\/plan(?:[?#"/])/.test(html);
}
