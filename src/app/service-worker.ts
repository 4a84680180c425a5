/// <reference lib="webworker" />
// The offline copy (built by vite-plugin-pwa's injectManifest, docs/decisions/007).
// Every page, script, style and icon of this version is precached on the first
// visit, so any address opens, and reloads, with the network off. It asks nothing
// of any other origin, and never updates itself under a person: a new version
// waits until they tap "Reload" (service-worker-registration.ts).
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { shellFileFor } from './screen-paths';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST, {
  // Every precached file is named by its content or is a page: a query string
  // (/journal/new?module=…, /practices/x/done?run=…) never picks another file.
  ignoreURLParametersMatching: [/.*/],
  // /help is help.html.
  cleanURLs: true,
  urlManipulation: ({ url }) => {
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    const shell = shellFileFor(pathname);
    return [new URL(`${pathname}.html`, url.origin), ...(shell ? [new URL(`/${shell}`, url.origin)] : [])];
  },
});
cleanupOutdatedCaches();

// An address with no page of its own (a practice that doesn't exist): index.html,
// and the app shows its not-found screen.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
