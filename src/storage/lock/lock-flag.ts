// Whether a passphrase lock is set on this device, known synchronously at start
// from a small flag in localStorage, so the first screen can ask for the
// passphrase before anything stored is read. This file ships with the first
// screen: it holds no crypto. The lock's parameters are in IndexedDB
// (lock-params.ts); the key lives only in memory (lock-session.ts, loaded when
// the lock is used).
// Frozen: the key 'mend-lock' and its format { v: 1, state, idleMinutes, gen }.
import { watched } from '../../lib/watched';

export const LOCK_FLAG_KEY = 'mend-lock';

export type LockFlag = {
  v: 1;
  /** 'on': records are sealed (or being sealed); 'removing': the lock is being taken off. */
  state: 'on' | 'removing';
  /** Locks itself after this many idle minutes; 0 is never. */
  idleMinutes: number;
  /** Goes up when the passphrase changes, so other open tabs lock and ask for the new one. */
  gen: number;
};

export function readLockFlag(): LockFlag | null {
  try {
    const text = localStorage.getItem(LOCK_FLAG_KEY);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    const flag = (typeof value === 'object' && value !== null ? value : {}) as Partial<LockFlag>;
    return {
      v: 1,
      state: flag.state === 'removing' ? 'removing' : 'on',
      idleMinutes: typeof flag.idleMinutes === 'number' ? flag.idleMinutes : 5,
      gen: typeof flag.gen === 'number' ? flag.gen : 0,
    };
  } catch {
    // A flag that is there but can't be read still means a lock: never show records unasked.
    return hasFlagText() ? { v: 1, state: 'on', idleMinutes: 5, gen: 0 } : null;
  }
}

function hasFlagText(): boolean {
  try {
    return localStorage.getItem(LOCK_FLAG_KEY) !== null;
  } catch {
    return false;
  }
}

export function writeLockFlag(flag: LockFlag | null): void {
  if (flag === null) localStorage.removeItem(LOCK_FLAG_KEY);
  else localStorage.setItem(LOCK_FLAG_KEY, JSON.stringify(flag));
}

// Setting a passphrase takes a moment (the key is made slowly on purpose). A
// page left meanwhile sets no lock: a mark in this tab's sessionStorage lets
// the next page here say so, rather than nothing.
const SETTING_KEY = 'mend-lock-setting';

export function markSettingLock(isSetting: boolean): void {
  try {
    if (isSetting) sessionStorage.setItem(SETTING_KEY, '1');
    else sessionStorage.removeItem(SETTING_KEY);
  } catch {
    // No sessionStorage: a page left while setting the lock goes unmentioned.
  }
}

/** True when this tab was left while a passphrase was being set, and no lock came of it. */
export function wasSettingLeft(): boolean {
  try {
    return sessionStorage.getItem(SETTING_KEY) !== null && !isLockSet();
  } catch {
    return false;
  }
}

export function isLockSet(): boolean {
  return readLockFlag() !== null;
}

/** 'open': a lock is set and its key is in memory. */
export type LockStatus = 'off' | 'locked' | 'open';

export type LockState = {
  status: LockStatus;
  /** The pass that seals or opens every record, while it runs. */
  pass: { target: 'sealed' | 'plain'; done: number; total: number } | null;
  /** The last pass stopped before the end; it goes on at the next unlock. */
  isPassUnfinished: boolean;
};

export const lockState = watched<LockState>({
  status: isLockSet() ? 'locked' : 'off',
  pass: null,
  isPassUnfinished: false,
});
