// "Let me open my plan without my passphrase": a choice kept on this device, in
// localStorage, so the first screen can read it before anything is unlocked
// (the lock gate ships with it, so this file stays tiny, and sits in lock/ to
// stay out of the records chunk: see vite.config.ts). What the choice does
// to the stored plan is in plan-sealing.ts. Off by default;
// deleting everything clears it.
import { registerDeviceStore } from '../signals/registry';

const CHOICE_KEY = 'mend-plan-open-while-locked';

/** The plan's collections (their names are frozen in collections/plan.ts). */
export const PLAN_COLLECTIONS: readonly string[] = ['plan', 'plan-settings'];

/** Whether this collection is kept readable by the choice. */
export function isKeptPlainByChoice(collection: string): boolean {
  return PLAN_COLLECTIONS.includes(collection) && isPlanOpenWhileLocked();
}
const listeners = new Set<() => void>();

export function isPlanOpenWhileLocked(): boolean {
  try {
    return localStorage.getItem(CHOICE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** For useSyncExternalStore: told when the choice changes in this tab. */
export function onPlanOpenWhileLockedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps the choice (only the choice: plan-sealing.ts brings the stored plan to it). */
export function writePlanChoice(isOn: boolean): void {
  if (isOn) localStorage.setItem(CHOICE_KEY, 'on');
  else localStorage.removeItem(CHOICE_KEY);
  listeners.forEach((listener) => listener());
}

registerDeviceStore({
  name: 'the choice to open the safety plan without the passphrase',
  clear: () => writePlanChoice(false),
});
