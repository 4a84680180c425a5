// What storage asks of the stores above it (src/state/), without importing
// them: write what waits to be written (before a backup or the lock closing),
// and forget what was read (the lock closing or opening). Stores answer by
// registering here; storage speaks in promises and notices, never in stores.
const flushers = new Set<() => Promise<void>>();
const forgetters = new Set<() => void>();

/** A store says how to write what it holds unwritten. */
export function onFlushAsked(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Every change waiting in any store, written now. */
export async function askStoresToFlush(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}

/** A store says how to forget what it read (changes not yet stored stay). */
export function onForgetAsked(forget: () => void): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

/** Every store forgets what it read, and reads again when next asked. */
export function askStoresToForget(): void {
  for (const forget of forgetters) forget();
}
