// Stands between the shell and every screen that shows what a person wrote:
// while a lock is set and closed, those screens show the unlock screen instead.
// Pages that hold none of their words (help, the reading pages, about) stay
// open. Ships with the first screen, so it is small: the unlock screen and the
// crypto load only when a lock is set.
import { useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { isPlanOpenWhileLocked } from '../../storage/lock/plan-choice';
import { useLockState } from '../../state/lock-state';
import { lazyScreen } from '../../ui/lazy-screen';
import { SettingLeftNotice } from './setting-left-notice';

/** Addresses that show none of the person's words (help, reading, appearance): reachable while locked. */
const OPEN_WHILE_LOCKED = /^\/(help|about|learn)(\/|$)|^\/settings\/?$/;

const UnlockScreen = lazyScreen(() => import('./unlock-screen').then((m) => m.UnlockScreen));
// Locked at start: its code comes alongside the first screen's.
if (useLockState.getState().status === 'locked') void UnlockScreen.preload().catch(() => undefined);

const subscribe = (onChange: () => void) => useLockState.subscribe(onChange);
const isLocked = () => useLockState.getState().status === 'locked';
// The home screen is prerendered without a lock: hydration matches it, and the
// unlock screen follows in the next render.
const isLockedInPrerender = () => false;

export function LockGate({ children }: { children: ReactNode }) {
  const locked = useSyncExternalStore(subscribe, isLocked, isLockedInPrerender);
  const { pathname } = useLocation();
  // The safety plan too, if the person chose to keep it open without the passphrase.
  const isOpen = OPEN_WHILE_LOCKED.test(pathname) || (/^\/plan\/?$/.test(pathname) && isPlanOpenWhileLocked());
  if (locked && !isOpen) return <UnlockScreen />;
  return (
    <>
      <SettingLeftNotice />
      {children}
    </>
  );
}
