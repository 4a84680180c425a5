// What the two-tab tests share: reading a collection straight from IndexedDB,
// and holding one tab's timers so its change lands after the other tab's.
import type { Page } from '@playwright/test';

export type Stored = Record<string, unknown> & { id: string };

/** Every value stored in one collection's database, read straight from IndexedDB. */
export function stored(page: Page, collection: string): Promise<Stored[]> {
  return page.evaluate(
    (name) =>
      new Promise<Stored[]>((resolve, reject) => {
        const opening = indexedDB.open(`mend-${name}`);
        opening.onupgradeneeded = () => opening.result.createObjectStore('records');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction('records').objectStore('records').getAll();
          reading.onsuccess = () => {
            db.close();
            resolve(reading.result as Stored[]);
          };
          reading.onerror = () => reject(reading.error);
        };
      }),
    collection,
  );
}

type Held = { realSet: typeof setTimeout; realClear: typeof clearTimeout; held: Map<number, () => void> };

/**
 * Holds a tab's timers while `meanwhile` runs (a slow or busy tab): the change it
 * makes meanwhile is written after the other tab's, from the older version.
 */
export async function whileHeld(page: Page, meanwhile: () => Promise<void>) {
  await page.evaluate(() => {
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    const held = new Map<number, () => void>();
    let next = -1;
    (window as unknown as { held: Held }).held = { realSet, realClear, held };
    window.setTimeout = ((run: (...args: unknown[]) => void, _delay?: number, ...args: unknown[]) => {
      const id = next--;
      held.set(id, () => run(...args));
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((id: number) => {
      if (!held.delete(id)) realClear(id);
    }) as typeof clearTimeout;
  });
  await meanwhile();
  await page.evaluate(() => {
    const { realSet, realClear, held } = (window as unknown as { held: Held }).held;
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
    for (const run of held.values()) realSet(run, 0);
  });
}
