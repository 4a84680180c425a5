/**
 * Debounces work per key (one timer per record), and can run everything still
 * waiting at once: what we call when the page is being hidden or closed.
 */
export function createKeyedDebounce(defaultDelayMs: number) {
  const waiting = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; run: () => Promise<unknown> | unknown }
  >();

  const runNow = async (key: string) => {
    const job = waiting.get(key);
    if (!job) return;
    clearTimeout(job.timer);
    waiting.delete(key);
    await job.run();
  };

  return {
    schedule(key: string, run: () => Promise<unknown> | unknown, delayMs = defaultDelayMs): void {
      const existing = waiting.get(key);
      if (existing) clearTimeout(existing.timer);
      waiting.set(key, { run, timer: setTimeout(() => void runNow(key), delayMs) });
    },
    flush(key: string): Promise<void> {
      return runNow(key);
    },
    async flushAll(): Promise<void> {
      await Promise.all([...waiting.keys()].map((key) => runNow(key)));
    },
    cancel(key: string): void {
      const job = waiting.get(key);
      if (job) clearTimeout(job.timer);
      waiting.delete(key);
    },
    cancelAll(): void {
      for (const job of waiting.values()) clearTimeout(job.timer);
      waiting.clear();
    },
    isWaiting(key: string): boolean {
      return waiting.has(key);
    },
  };
}
