// Runs save functions when the page is hidden or closed: the last chance to keep
// what someone typed. IndexedDB writes started here usually complete, because the
// browser lets a transaction begun during pagehide finish.
type Flush = () => void | Promise<void>;

const flushers = new Set<Flush>();
let isListening = false;

function flushAll(): void {
  for (const flush of flushers) void flush();
}

/** Runs every save function now and waits for them: the screens are going away (the lock closing). */
export async function flushLeaveNow(): Promise<void> {
  await Promise.all([...flushers].map(async (flush) => flush()));
}

export function flushOnLeave(flush: Flush): () => void {
  if (!isListening && typeof window !== 'undefined') {
    isListening = true;
    window.addEventListener('pagehide', flushAll);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushAll();
    });
  }
  flushers.add(flush);
  return () => flushers.delete(flush);
}
