import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { renderWhenReady } from './app/render-when-ready';
import { AppRoutes, preloadAllScreens, preloadScreenFor } from './app/routes';
import { afterFirstPaint } from './lib/after-first-paint';
import { startStorage } from './storage/backends';
import './ui/tokens.css';
import './ui/base.css';

startStorage();

// The first screen's code arrives before the first render, so it paints whole, at once.
void preloadScreenFor(window.location.pathname).then(() => {
  const root = document.getElementById('root')!;
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
    // Then the other screens' code and the offline copy, quietly, so moving around
    // never waits for a download.
    afterFirstPaint(() => {
      void preloadAllScreens();
      void import('./app/service-worker-registration').then(({ registerServiceWorker }) => registerServiceWorker());
    });
  };
  // Each built page holds its screen, prerendered (src/app/prerender-plugin.ts).
  // The home screen renders nothing stored at first, so React takes it over in place;
  // any other page is replaced by the live screen once that has its data.
  if (!root.firstElementChild) {
    createRoot(root).render(app);
    whenShown();
  } else if (window.location.pathname === '/' && html.dataset.screenFor === '/') {
    hydrateRoot(root, app);
    whenShown();
  } else {
    renderWhenReady(root, app, whenShown);
  }
});
