// Long work on the main thread (reading ten thousand records, say) is done in
// slices, so a tap or a key pressed meanwhile is answered between two of them.

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

/** Gives the browser a turn, then carries on (ahead of other waiting tasks where it can). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // Not a timer: timers are throttled in background tabs and faked in tests.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Most time one slice may take before it gives the browser a turn. */
const SLICE_MS = 8;

/** A clock for work done in slices: `await slices.check()` every so often yields once a slice is used up. */
export function timeSlices(): { check: () => Promise<void> | undefined } {
  let sliceStart = performance.now();
  return {
    check() {
      if (performance.now() - sliceStart < SLICE_MS) return undefined;
      return yieldToMain().then(() => {
        sliceStart = performance.now();
      });
    },
  };
}
