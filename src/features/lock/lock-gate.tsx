// Stands between the shell and every screen that shows what a person wrote:
// while a lock is set and closed, those screens show the unlock screen instead.
// Pages that hold none of their words (help, the reading pages, about) stay
// open. Ships with the first screen, so it is small: the unlock screen and the
// crypto load only when a lock is set.
import { use, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { createSuspenseCache } from '../../lib/suspense-cache';
import { useLockState } from '../../storage/lock/lock-flag';

/** Addresses that show none of the person's words (help, reading, appearance): reachable while locked. */
const OPEN_WHILE_LOCKED = /^\/(help|about|learn)(\/|$)|^\/settings\/?$/;

// The cache's promise says when it has settled, so use() returns arrived code at
// once; a failed download is tried again on the next render.
const unlockScreenCode = createSuspenseCache(() => import('./unlock-screen').then((m): ComponentType => m.UnlockScreen));
const loadUnlockScreen = () => unlockScreenCode.get('unlock');
// Locked at start: its code comes alongside the first screen's.
if (useLockState.getState().status === 'locked') void loadUnlockScreen().catch(() => undefined);

function UnlockScreen() {
  // Always through use(): a render that suspended on the code is replayed once it
  // arrives, and React expects the same use() call then.
  const Screen = use(loadUnlockScreen());
  return <Screen />;
}

const subscribe = (onChange: () => void) => useLockState.subscribe(onChange);
const isLocked = () => useLockState.getState().status === 'locked';
// The home screen is prerendered without a lock: hydration matches it, and the
// unlock screen follows in the next render.
const isLockedInPrerender = () => false;

export function LockGate({ children }: { children: ReactNode }) {
  const locked = useSyncExternalStore(subscribe, isLocked, isLockedInPrerender);
  const { pathname } = useLocation();
  return locked && !OPEN_WHILE_LOCKED.test(pathname) ? <UnlockScreen /> : children;
}
