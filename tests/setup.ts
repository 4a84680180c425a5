import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetBackendsForTests } from '../src/storage/backends/backends';
// As the app's start does (src/main.tsx): the lock plugs into sealing first.
import '../src/storage/lock/lock-watch';
import { freshPage } from './support/stored';

let consoleErrors: string[] = [];

// Screens suspend while their code and data arrive, and navigations are React
// transitions, as in the browser. Wrapping each user event in a synchronous act()
// would strand those suspensions, so events run as a browser runs them and tests
// wait with findBy/waitFor. render() still uses act (see tests/support/render-app.tsx).
// findBy/waitFor wait up to 5 s (not 1 s): on a busy 2-core machine a lazy screen's
// first import can take longer than a second, and a slow machine is not a failure.
configure({ eventWrapper: (dispatch) => dispatch(), asyncUtilTimeout: 5000 });

// jsdom does not scroll; screens scroll to the top on navigation.
window.scrollTo = () => {};

// jsdom has <dialog> but not its modal methods; these behave as a browser's do for our use.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
};

beforeEach(() => {
  // A fresh, empty IndexedDB for every test: no test sees another's records.
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  sessionStorage.clear();
  resetBackendsForTests();
  // Every store back to a fresh page's: nothing read, nothing waiting.
  freshPage();
  consoleErrors = [];
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  // React reports render loops, bad hooks and act() problems here: any of them fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
});

afterEach(() => {
  cleanup();
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]!.slice(0, 500);
    consoleErrors = [];
    throw new Error(`console.error was called during the test: ${first}`);
  }
});
