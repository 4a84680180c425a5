type Waiter<R> = { resolve: (result: R) => void; reject: (error: unknown) => void };
type Job<R> = { timer: ReturnType<typeof setTimeout>; run: () => Promise<R> | R; waiters: Waiter<R>[] };

/**
 * Debounces work per key (one timer per record), and can run everything still
 * waiting at once: what we call when the page is being hidden or closed.
 * A job replaced by a later one for its key is never run, but its caller is
 * not left waiting: the later job carries its change, and every caller it
 * carries settles with that job's result.
 */
export function createKeyedDebounce<R = unknown>(defaultDelayMs: number) {
  const waiting = new Map<string, Job<R>>();

  /** Takes the key's waiting job off its timer, handing back the callers it carried. */
  const take = (key: string): Waiter<R>[] => {
    const job = waiting.get(key);
    if (!job) return [];
    clearTimeout(job.timer);
    waiting.delete(key);
    return job.waiters;
  };

  const settle = async (run: () => Promise<R> | R, waiters: Waiter<R>[]): Promise<R> => {
    try {
      const result = await run();
      for (const waiter of waiters) waiter.resolve(result);
      return result;
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
      throw error;
    }
  };

  const cancel = (key: string, result: R) => {
    for (const waiter of take(key)) waiter.resolve(result);
  };

  const fire = async (key: string): Promise<void> => {
    const job = waiting.get(key);
    if (!job) return;
    take(key);
    // Callers hear of a failure through their own promises.
    await settle(job.run, job.waiters).catch(() => undefined);
  };

  return {
    /** Runs `run` after `delayMs`, unless another job for the key replaces it first. */
    schedule(key: string, run: () => Promise<R> | R, delayMs = defaultDelayMs): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        const waiters = [...take(key), { resolve, reject }];
        waiting.set(key, { run, waiters, timer: setTimeout(() => void fire(key), delayMs) });
      });
    },
    /** Runs `run` now in place of the key's waiting job; that job's callers settle with it. */
    runNow(key: string, run: () => Promise<R> | R): Promise<R> {
      return settle(run, take(key));
    },
    flush(key: string): Promise<void> {
      return fire(key);
    },
    async flushAll(): Promise<void> {
      await Promise.all([...waiting.keys()].map((key) => fire(key)));
    },
    /** Drops the key's waiting job unrun; its callers settle with `result`. */
    cancel,
    /** Drops every waiting job unrun; their callers settle with `result`. */
    cancelAll(result: R): void {
      for (const key of [...waiting.keys()]) cancel(key, result);
    },
    isWaiting(key: string): boolean {
      return waiting.has(key);
    },
  };
}
