import { createContext, use, useEffect } from 'react';

/**
 * Loads the code of the screen at an address ahead of its first render. The app
 * provides it (src/app/routes.tsx); with none (a piece drawn on its own), it does nothing.
 */
export const ScreenPreload = createContext<(pathname: string) => unknown>(() => undefined);

/**
 * Starts loading a screen's code while this is shown: for a link someone may need
 * at once, and may tap with the connection gone (the safety plan).
 */
export function usePreloadScreen(pathname: string): void {
  const preload = use(ScreenPreload);
  useEffect(() => {
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
