// A whole collection can start being read before the screen that shows it has
// its code: at start-up for the address opened, and as an in-app link is
// followed. The screen's first load takes that read instead of starting its own,
// so the wait for the code and the wait for the records overlap.
import { backendFor, writesTo } from './backends';
import { onChange } from '../signals/cross-tab';

/** A read not taken by then is let go (it was for a screen that never loaded). */
const KEPT_MS = 3000;

type Ahead = { values: Promise<unknown[]>; writesBefore: number; stop: () => void };
const started = new Map<string, Ahead>();

export function readAhead(collection: string): void {
  if (started.has(collection)) return;
  const writesBefore = writesTo(collection);
  const values = backendFor(collection).then((backend) => backend.values());
  // A failed read is the taker's to report, through its own load.
  values.catch(() => undefined);
  const forget = () => {
    started.get(collection)?.stop();
    started.delete(collection);
  };
  // A change announced since the read began (here or in another tab) may be missing from it.
  const stopListening = onChange((notice) => {
    if (notice.collection === collection) forget();
  });
  const timer = setTimeout(forget, KEPT_MS);
  started.set(collection, {
    values,
    writesBefore,
    stop: () => {
      stopListening();
      clearTimeout(timer);
    },
  });
}

/** The read begun ahead for this collection, if one is waiting and nothing was written since. */
export function takeReadAhead(collection: string): Promise<unknown[]> | undefined {
  const ahead = started.get(collection);
  if (!ahead) return undefined;
  ahead.stop();
  started.delete(collection);
  return ahead.writesBefore === writesTo(collection) ? ahead.values : undefined;
}
