// Where the lock plugs into the engine (see sealing.ts). Kept apart and tiny:
// the lock plugs in as every page starts, and the sealing itself loads with the
// first record read, not with the first paint.

/** What the engine asks of the lock before the lock's own code has loaded. */
export type LockPlug = {
  /** Whether a lock is set on this device, known synchronously from the first moment. */
  isSet(): boolean;
  /** Whether this collection is stored plain by the person's choice, lock or no lock (the safety plan). */
  isKeptPlain(collection: string): boolean;
};

let lock: LockPlug | null = null;

/** The lock plugs in as the app starts (src/storage/lock/lock-watch.ts). */
export function plugLock(plug: LockPlug): void {
  lock = plug;
}

/** The lock, once plugged in. */
export function pluggedLock(): LockPlug | null {
  return lock;
}
