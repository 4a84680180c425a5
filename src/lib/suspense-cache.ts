type Settled<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Keeps one promise per key so React's use() can suspend on it across renders
 * (a new promise each render would suspend forever). Each promise says when it
 * has settled, as React reads it: a value loaded ahead of the first render
 * (see preloadScreenFor) is used at once, with no suspended render thrown away.
 */
export function createSuspenseCache<T>(load: (key: string) => Promise<T>) {
  const cache = new Map<string, Settled<T>>();
  return {
    get(key: string): Promise<T> {
      let promise = cache.get(key);
      if (!promise) {
        const loading: Settled<T> = load(key);
        loading.status = 'pending';
        loading.then(
          (value) => {
            loading.status = 'fulfilled';
            loading.value = value;
          },
          (reason: unknown) => {
            // Kept, failed: the render React retries then throws to the error
            // boundary. A new try there would suspend again, and with the network
            // gone the page would ask for the file again and again, never saying why.
            loading.status = 'rejected';
            loading.reason = reason;
          },
        );
        cache.set(key, loading);
        promise = loading;
      }
      return promise;
    },
    /** As get, but a load that failed is tried again: for a new visit, never from a render. */
    retry(key: string): Promise<T> {
      if (cache.get(key)?.status === 'rejected') cache.delete(key);
      return this.get(key);
    },
    clear(): void {
      cache.clear();
    },
  };
}
