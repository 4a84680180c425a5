// "Let me open my plan without my passphrase": a choice kept on this device, in
// localStorage, so it can be read before anything is unlocked. While it is on,
// the safety plan's two collections are stored plain, lock or no lock (the seam
// is keepPlainWhen in sealing.ts; the lock's pass honours it), and nothing else
// is. Off by default. Deleting everything clears it.
import { isSame } from '../../lib/merge';
import type { StoredEntry, Write } from '../backend';
import { backendFor } from '../backends';
import { registerDeviceStore } from '../registry';
import { isSealed, keepPlainWhen, openStored, sealValueForStorage, storedUpdatedAt } from '../sealing';
import { isSetAsideValue, isTombstone } from '../stored-markers';

/** The plan's collections (their names are frozen in collections/plan.ts). */
export const PLAN_COLLECTIONS: readonly string[] = ['plan', 'plan-settings'];

const CHOICE_KEY = 'mend-plan-open-while-locked';
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

keepPlainWhen((collection) => PLAN_COLLECTIONS.includes(collection) && isPlanOpenWhileLocked());
registerDeviceStore({
  name: 'the choice to open the safety plan without the passphrase',
  clear: () => {
    localStorage.removeItem(CHOICE_KEY);
    listeners.forEach((listener) => listener());
  },
});

/**
 * Turns the choice on or off, and brings the plan's stored values to it: opened
 * (which takes the key, so the lock must be open) or sealed again. A value
 * changed meanwhile is left as that change wrote it, already in the new form.
 */
export async function setPlanOpenWhileLocked(isOn: boolean): Promise<void> {
  if (isOn) localStorage.setItem(CHOICE_KEY, 'on');
  else localStorage.removeItem(CHOICE_KEY);
  listeners.forEach((listener) => listener());
  await bringPlanToChoice();
}

/** Brings every stored value of the plan to the choice (again after a pass was cut short by a closed tab). */
export async function bringPlanToChoice(): Promise<void> {
  const isOn = isPlanOpenWhileLocked();
  for (const name of PLAN_COLLECTIONS) {
    const backend = await backendFor(name);
    const work: { entry: StoredEntry; write: Write }[] = [];
    for (const entry of await backend.entries()) {
      const { key, value } = entry;
      if (value === undefined || isTombstone(value) || isSetAsideValue(value)) continue;
      if (isOn && isSealed(value)) {
        work.push({ entry, write: { key, value: await openStored(name, value) } });
      } else if (!isOn && !isSealed(value)) {
        const updatedAt = storedUpdatedAt(value);
        if (updatedAt === undefined) continue;
        const sealed = await sealValueForStorage(name, { id: String(key), updatedAt }, value);
        if (sealed !== value) work.push({ entry, write: { key, value: sealed } });
      }
    }
    if (work.length === 0) continue;
    await backend.transactKeys(
      work.map((w) => w.entry.key),
      (currents) => currents.flatMap((current, i) => (isSame(current, work[i]!.entry.value) && current !== undefined ? [work[i]!.write] : [])),
    );
  }
}
