import { expect, it, vi } from 'vitest';
import { startQuietWork } from '../../src/app/quiet-work';

const showSavingOnPage = vi.fn();
const registerServiceWorker = vi.fn();
const loads = { saving: 0, serviceWorker: 0 };
const failedFetch = () => new TypeError('Failed to fetch dynamically imported module');

// Each piece's code fails to arrive the first time (a dropped connection), then arrives.
vi.mock('../../src/app/saving-signal', () => {
  loads.saving += 1;
  if (loads.saving === 1) throw failedFetch();
  return { showSavingOnPage };
});
vi.mock('../../src/app/service-worker-registration', () => {
  loads.serviceWorker += 1;
  if (loads.serviceWorker === 1) throw failedFetch();
  return { registerServiceWorker };
});
// The other screens' code is not what this is about.
vi.mock('../../src/app/routes', () => ({ preloadAllScreens: () => Promise.resolve() }));

it('asks again for background code that failed to load, without an unhandled rejection, so the page still says whether everything is saved', async () => {
  // Vitest fails the run on any unhandled rejection; this names it here too.
  const unhandled: unknown[] = [];
  const hear = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', hear);

  startQuietWork();

  await expect.poll(() => showSavingOnPage.mock.calls.length).toBe(1);
  await expect.poll(() => registerServiceWorker.mock.calls.length, { timeout: 5000 }).toBe(1);
  expect(loads).toEqual({ saving: 2, serviceWorker: 2 });
  process.off('unhandledRejection', hear);
  expect(unhandled).toEqual([]);
});
