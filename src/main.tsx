import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes, preloadAllScreens, preloadScreenFor } from './app/routes';
import { afterFirstPaint } from './lib/after-first-paint';
import { startStorage } from './storage/backends';
import './ui/tokens.css';
import './ui/base.css';

startStorage();

// The first screen's code arrives before the first render, so it paints whole, at once.
void preloadScreenFor(window.location.pathname).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>,
  );
  // Then the other screens' code, quietly, so moving around never waits for a download.
  afterFirstPaint(() => void preloadAllScreens());
});
