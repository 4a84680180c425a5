// Syncing with the kept folder without being asked: as Mend opens, when the page
// comes back to the front, a few seconds after a change here, and as the page
// is hidden (the last moment a phone gives). Never in the way of typing: every
// sync runs after the change is stored, one at a time, and a failed one only
// says so on "Your devices".
import { lockState } from '../../storage/lock/lock-flag';
import { onChange } from '../../storage/signals/cross-tab';
import { isSyncing, syncNow } from './sync-runner';

/** Long enough that a burst of typing is one sync, short enough to feel at once. */
export const AFTER_CHANGE_MS = 4000;

let stopRunning: (() => void) | null = null;

/** Starts syncing in the background (once per page); returns how to stop. */
export function startBackgroundSync(): () => void {
  if (stopRunning) return stopRunning;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), AFTER_CHANGE_MS);
  };
  const onVisibility = () => {
    clearTimeout(timer);
    void syncNow();
  };
  const onPageHide = () => {
    clearTimeout(timer);
    void syncNow();
  };
  // Changes made here (not those sync itself brings in, nor another tab's: that tab syncs them).
  const stopListening = onChange((notice) => {
    if (notice.origin !== 'this-tab' || notice.op === 'wiped' || isSyncing()) return;
    soon();
  });
  // Behind a closed lock nothing syncs; opening it is like coming back to the page.
  const stopWatchingLock = lockState.subscribe((state, previous) => {
    if (state.status === 'open' && previous.status !== 'open') void syncNow();
  });
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  void syncNow();
  stopRunning = () => {
    clearTimeout(timer);
    stopListening();
    stopWatchingLock();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
    stopRunning = null;
  };
  return stopRunning;
}
