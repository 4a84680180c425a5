// Registers the offline copy (service-worker.ts). Loaded after the first paint,
// so neither it nor workbox-window is in the first load.
import { registerSW } from 'virtual:pwa-register';
import { useAppUpdate } from './app-update';

export function registerServiceWorker(): void {
  let isAsked = false;
  let registration: ServiceWorkerRegistration | undefined;
  const update = registerSW({
    immediate: true,
    onRegisteredSW: (_url, found) => {
      registration = found;
    },
    onNeedRefresh: () => useAppUpdate.setState({ isReady: true, reload }),
    // The new version took over: reload only if this person asked, here. Another
    // tab's tap must never reload this one under someone's typing; the notice stays.
    onNeedReload: () => {
      if (isAsked) window.location.reload();
    },
  });
  function reload() {
    isAsked = true;
    // Already active (another tab asked first): nothing is waiting; just reload.
    if (registration?.waiting) void update(true);
    else window.location.reload();
  }
}
