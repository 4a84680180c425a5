/**
 * Keeps one promise per key so React's use() can suspend on it across renders
 * (a new promise each render would suspend forever).
 */
export function createSuspenseCache<T>(load: (key: string) => Promise<T>) {
  const cache = new Map<string, Promise<T>>();
  return {
    get(key: string): Promise<T> {
      let promise = cache.get(key);
      if (!promise) {
        promise = load(key);
        cache.set(key, promise);
        // A failed load can be tried again on the next visit.
        promise.catch(() => cache.delete(key));
      }
      return promise;
    },
    clear(): void {
      cache.clear();
    },
  };
}
