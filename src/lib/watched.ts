// A value that says when it changes: how storage reports its state (saving,
// the lock) without React or zustand. The state layer turns one into a hook
// (src/state/watched-hook.ts); the method names are zustand's, so a store
// and a watched value read the same way in code and tests.
export type Watched<T> = {
  getState(): T;
  getInitialState(): T;
  /** Merges a part into the value (as zustand's setState does); nothing is told when nothing changed. */
  setState(change: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
};

export function watched<T extends object>(initial: T): Watched<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    getState: () => state,
    getInitialState: () => initial,
    setState(change) {
      const part = typeof change === 'function' ? change(state) : change;
      if (part === state) return;
      const previous = state;
      state = { ...state, ...part };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
