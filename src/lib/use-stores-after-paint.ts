import { useEffect, useState } from 'react';
import { afterFirstPaint } from './after-first-paint';

/** What a hook below needs of a store: to be loaded and to say when it changes. */
type Watched = { load: () => Promise<unknown>; subscribe: (listener: () => void) => () => void };

/**
 * A value read from stores whose code is imported only after the first paint,
 * so a screen shows `initial` at once and fills in the person's own a moment
 * later. `read` sees the loaded stores on every change; undefined keeps what is
 * shown. Pass functions that keep their identity (module-level ones).
 */
export function useStoresAfterPaint<S, T>(
  initial: T,
  loadStores: () => Promise<S>,
  watched: (stores: S) => Watched[],
  read: (stores: S) => T | undefined,
  delayMs: number,
): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    let isCurrent = true;
    const stops: (() => void)[] = [];
    stops.push(
      afterFirstPaint(() => {
        void loadStores().then((stores) => {
          if (!isCurrent) return;
          const refresh = () => {
            const next = read(stores);
            if (next !== undefined) setValue(next);
          };
          const each = watched(stores);
          stops.push(...each.map((store) => store.subscribe(refresh)));
          void Promise.all(each.map((store) => store.load())).then(refresh);
        });
      }, delayMs),
    );
    return () => {
      isCurrent = false;
      for (const stop of stops) stop();
    };
  }, [loadStores, watched, read, delayMs]);
  return value;
}
