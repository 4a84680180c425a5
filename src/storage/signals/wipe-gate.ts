// Once everything is being deleted (here or in another tab), this tab writes
// nothing more: what it holds in memory is dropped, and every way a write could
// still reach the device (a debounced save, the copy made as the page closes,
// a leave-save, a preference) finds the gate shut. Without it, a tab that was
// typing would write its draft back the moment it reloaded.

let isStopped = false;
const droppers = new Set<() => void>();

/** True once everything is being deleted: nothing may be written from this tab. */
export function areWritesStopped(): boolean {
  return isStopped;
}

/** Something this tab holds in memory, to let go of when everything is deleted. */
export function onDropEverything(drop: () => void): () => void {
  droppers.add(drop);
  return () => droppers.delete(drop);
}

/** Shuts the gate and drops what this tab holds; every Mend key in this tab's session goes. */
export function dropEverythingHere(): void {
  isStopped = true;
  for (const drop of droppers) {
    try {
      drop();
    } catch {
      // One part failing to let go must not keep the others holding on.
    }
  }
  forgetMendKeys(() => sessionStorage);
  // A screen still open may ask for this tab's id again before the page goes
  // (its leave-save finds the gate shut, but the id is kept by then): the last
  // thing this page does is let it go.
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => forgetMendKeys(() => sessionStorage));
}

/** The deletion failed here: this tab may write again (its stores read afresh). */
export function reopenWrites(): void {
  isStopped = false;
}

/**
 * Every key of Mend's (they all begin "mend") in localStorage or sessionStorage:
 * whatever any part of the app keeps there, registered or not.
 */
export function forgetMendKeys(storage: () => Storage): void {
  try {
    const store = storage();
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith('mend')) store.removeItem(key);
    }
  } catch {
    // No such storage here: nothing in it to forget.
  }
}

