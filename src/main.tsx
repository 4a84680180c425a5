import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { renderWhenReady } from './app/render-when-ready';
import { startQuietWork } from './app/quiet-work';
import { loadRecordsFor, readAheadFor, readAheadOnLinks } from './app/read-ahead-for';
import { AppRoutes, preloadScreenFor } from './app/routes';
import { startStorage } from './storage/backends/backends';
// Before anything is stored: the lock plugs into sealing, so nothing is written readable on a locked device.
import './storage/lock/lock-watch';
import './ui/tokens.css';
import './ui/base.css';

startStorage();
const pathname = window.location.pathname;
// The records this address shows start being read while its code arrives.
readAheadFor(pathname);
readAheadOnLinks();

// The first screen's code and records arrive before the first render, so it paints whole, at once.
void preloadScreenFor(pathname).then(() => loadRecordsFor(pathname)).catch(() => undefined).then(() => {
  const root = document.getElementById('root');
  // The bench's seeding page shares this chunk (it imports the storage door from
  // it) but has no #root: it gets no app.
  if (!root) return;
  const html = document.documentElement;
  const app = (
    <StrictMode>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>
  );
  const whenShown = () => {
    html.removeAttribute('data-other-screen');
    // The page now holds the live screen, no longer the one prerendered for it.
    html.removeAttribute('data-screen-for');
    startQuietWork();
  };
  // Each built page holds its screen, prerendered (src/app/prerender-plugin.ts).
  // The home screen renders nothing stored at first, so React takes it over in place;
  // any other page is replaced by the live screen once that has its data.
  if (!root.firstElementChild) {
    createRoot(root).render(app);
    whenShown();
  } else if (window.location.pathname === '/' && html.dataset.screenFor === '/') {
    // As a transition, hydration runs in slices and never blocks the main thread for long.
    startTransition(() => {
      hydrateRoot(root, app);
    });
    whenShown();
  } else {
    renderWhenReady(root, app, whenShown);
  }
});
