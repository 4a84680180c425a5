// What "Let me open my plan without my passphrase" does to what is stored: while
// it is on, the safety plan's two collections are stored plain, lock or no lock
// (the rule is plugged into the engine with the lock, in lock-watch.ts, so it
// is in force before any plan record is written; the lock's pass honours it),
// and nothing else is.
import { isSame } from '../../lib/merge';
import type { StoredEntry, Write } from '../backends/backend';
import { backendFor } from '../backends/backends';
import { isPlanOpenWhileLocked, PLAN_COLLECTIONS, writePlanChoice } from './plan-choice';
import { isSealed, openStored, sealValueForStorage, storedUpdatedAt } from '../engine/sealing';
import { isSetAsideValue, isTombstone } from '../engine/stored-markers';

/**
 * Turns the choice on or off, and brings the plan's stored values to it: opened
 * (which takes the key, so the lock must be open) or sealed again. A value
 * changed meanwhile is left as that change wrote it, already in the new form.
 */
export async function setPlanOpenWhileLocked(isOn: boolean): Promise<void> {
  writePlanChoice(isOn);
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
      (currents) =>
        currents.flatMap((current, i) => (current !== undefined && isSame(current, work[i]!.entry.value) ? [work[i]!.write] : [])),
    );
  }
}
