import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes, preloadAllScreens, preloadScreenFor } from './app/routes';
import { afterFirstPaint } from './lib/after-first-paint';
import { startStorage } from './storage/backends';
import './ui/tokens.css';
import './ui/base.css';

startStorage();

// The first screen's code arrives before the first render, so it paints whole, at once.
void preloadScreenFor(window.location.pathname).then(() => {
  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>
  );
  // index.html carries the home screen, prerendered at build time: on the home
  // address React takes it over; anywhere else it is replaced.
  if (window.location.pathname === '/' && root.firstElementChild) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
    document.documentElement.removeAttribute('data-other-screen');
  }
  // Then the other screens' code, quietly, so moving around never waits for a download.
  afterFirstPaint(() => void preloadAllScreens());
});
