import { afterFirstPaint } from '../lib/after-first-paint';
import { preloadAllScreens } from './routes';

/** With no tap or key by then, the other screens' code loads anyway. */
const PRELOAD_AFTER_MS = 8000;

/**
 * What the first screen doesn't need, kept off the main thread while it is being
 * read (each piece would otherwise add to the blocking time of a slow phone):
 * - the other screens' code loads after the first tap or key press (a navigation
 *   needs one), or after a few quiet seconds, one screen per idle moment (the
 *   safety plan's first), pausing while the network is gone;
 * - the offline copy registers once the page has loaded and painted (and, on a
 *   first visit with the network gone, once it is back);
 * - appearance changed in another tab is followed (this tab's own was applied
 *   by first-paint.js), with the code for it loaded only when one happens;
 * - the page starts saying whether everything typed is stored (saving-signal.ts).
 * Code that fails to arrive is asked for once more (see loadQuietly).
 */
export function startQuietWork(): void {
  const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart'] as const;
  let isPreloading = false;
  const preload = () => {
    if (isPreloading) return;
    isPreloading = true;
    clearTimeout(timer);
    for (const type of INTERACTIONS) window.removeEventListener(type, preload, true);
    // One screen at a time, in idle moments: the tap's own screen (and a search
    // typed straight after) never waits behind twenty others being evaluated.
    void preloadAllScreens(idleTurn);
  };
  for (const type of INTERACTIONS) window.addEventListener(type, preload, { capture: true, passive: true });
  const timer = setTimeout(preload, PRELOAD_AFTER_MS);

  // Offline on a first visit, the registration's own file can't arrive (nor the
  // offline copy's): it waits for the network.
  afterFirstPaint(() => {
    loadQuietly(
      () => filesCanArrive().then(() => import('./service-worker-registration')),
      ({ registerServiceWorker }) => registerServiceWorker(),
    );
  });

  loadQuietly(() => import('./saving-signal'), ({ showSavingOnPage }) => showSavingOnPage());

  window.addEventListener('storage', () => {
    loadQuietly(() => import('../features/settings/appearance-apply'), ({ followAppearance }) => followAppearance());
  }, { once: true });
}

/**
 * Resolves now, or, with the network gone and no offline copy running the page
 * (a first visit), once the network is back: any fetch would only fail meanwhile.
 */
function filesCanArrive(): Promise<void> {
  if (navigator.onLine || navigator.serviceWorker?.controller) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
}

/**
 * Loads a piece of this work's code and runs it. Code can fail to arrive (a
 * connection dropped for a moment): it is asked for once more on the next idle
 * turn, then let be, quietly; the screens work without it.
 */
function loadQuietly<Code>(load: () => Promise<Code>, run: (code: Code) => void, isRetry = false): void {
  void load().then(run, () => {
    if (!isRetry) void idleTurn().then(() => loadQuietly(load, run, true));
  });
}

/**
 * Resolves when the browser next has nothing to do (or after a few seconds at
 * most), and a screen's file can arrive: with the network gone, loading pauses.
 */
function idleTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 50);
  }).then(filesCanArrive);
}
