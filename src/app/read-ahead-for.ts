import { isLockSet } from '../storage/lock/lock-flag';
import { readAhead } from '../storage/backends/read-ahead';
import { matchesPattern, SCREEN_PATHS } from './screen-paths';

/** Past this, the first render goes ahead without the records (the screen says it is loading). */
const MOST_WAIT_FOR_RECORDS_MS = 1000;

/** The collections the screen at this address loads whole (see screen-paths.ts). */
function readsAt(pathname: string): readonly string[] {
  // In list order, so /journal/new is the new-entry screen, not an entry with id "new".
  const screen = SCREEN_PATHS.find(({ path }) => matchesPattern(path, pathname));
  return screen && 'reads' in screen ? screen.reads : [];
}

/** Begins reading what the screen at this address loads whole. */
export function readAheadFor(pathname: string): void {
  for (const collection of readsAt(pathname)) readAhead(collection);
}

/**
 * Once the screen's code is in, fills its stores before the first render. The
 * screen then renders once, with its records, as one transition React can
 * slice; a store filled during the render would redraw the list again, in one
 * piece (a store's update is never sliced), the longest task of a slow phone's
 * first second. With the lock on, the records can't be opened before the
 * passphrase: the lock screen comes first, and the read begun at start-up is
 * left for the load that follows the unlock.
 */
export async function loadRecordsFor(pathname: string): Promise<void> {
  const reads = readsAt(pathname);
  if (reads.length === 0 || isLockSet()) return;
  const { loadStoresOf } = await import('../state/record-store');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const givingUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, MOST_WAIT_FOR_RECORDS_MS)));
  await Promise.race([loadStoresOf(reads), givingUp]);
  clearTimeout(timer);
}

/**
 * As an in-app link is followed, its screen's records start being read while
 * its code loads. A link opening elsewhere (a new tab, another site) is left be.
 */
export function readAheadOnLinks(): void {
  document.addEventListener(
    'click',
    (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || link.target) return;
      readAheadFor(link.pathname);
    },
    { capture: true },
  );
}
