import { readAhead } from '../storage/read-ahead';
import { matchesPattern, SCREEN_PATHS } from './screen-paths';

/** Begins reading what the screen at this address loads whole (see screen-paths.ts). */
export function readAheadFor(pathname: string): void {
  // In list order, so /journal/new is the new-entry screen, not an entry with id "new".
  const screen = SCREEN_PATHS.find(({ path }) => matchesPattern(path, pathname));
  if (screen && 'reads' in screen) for (const collection of screen.reads) readAhead(collection);
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
