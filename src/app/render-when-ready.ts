import { startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { SCREEN_LOADING_ATTRIBUTE } from '../ui/screen-loading';

/** Past this, the live screen replaces the page even if it is still loading. */
const MOST_WAIT_MS = 4000;

/**
 * Renders the app off-page and puts it in place of the prerendered page only once
 * its screen has what it waits for (code, module text, stored data). Until then
 * the prerendered page stays on screen, so nothing flashes to "Loading…" and back,
 * and the swap is one change. The off-page container becomes #root; React listens
 * for events on it, so it works the same once in the page.
 */
export function renderWhenReady(placeholder: HTMLElement, app: ReactNode, onShown: () => void): void {
  const container = document.createElement('div');
  container.id = placeholder.id;
  const root = createRoot(container);
  // A transition: React renders in small slices, so a slow phone's main thread
  // is never blocked for long while the live screen is built.
  startTransition(() => root.render(app));
  let isShown = false;
  const show = () => {
    if (isShown) return;
    isShown = true;
    observer.disconnect();
    clearTimeout(timer);
    placeholder.replaceWith(container);
    onShown();
  };
  const isReady = () => container.firstElementChild !== null && !container.querySelector(`[${SCREEN_LOADING_ATTRIBUTE}]`);
  const observer = new MutationObserver(() => {
    if (isReady()) show();
  });
  observer.observe(container, { childList: true, subtree: true });
  // Never swap in an empty container: the page stays until there is something to show.
  const timer = setTimeout(() => container.firstElementChild && show(), MOST_WAIT_MS);
}
