// Turns a value storage watches (src/lib/watched.ts) into a hook screens
// subscribe to, keeping its getState/setState/subscribe beside the hook.
import { useStore } from 'zustand';
import type { Watched } from '../lib/watched';

export function watchedHook<T>(value: Watched<T>) {
  const useWatched = <U>(selector: (state: T) => U): U => useStore(value, selector);
  return Object.assign(useWatched, value);
}
