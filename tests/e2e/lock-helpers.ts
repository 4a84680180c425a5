// What the lock's end-to-end tests share: setting the lock and unlocking as a
// person does, and everything this origin stores, read as one text, so words
// stored in the clear anywhere are found.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const PASSPHRASE = 'a quiet harbour at dusk';

/**
 * Every value of every store of every database this page's origin holds, and
 * all of localStorage, as one text. Bytes (sealed data, IVs) are decoded as
 * UTF-8 too, so words stored in the clear inside a buffer would still be found.
 */
export async function dumpEverything(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const asText = (value: unknown): string =>
      JSON.stringify(value, (_key, v: unknown) => {
        if (v instanceof ArrayBuffer) return new TextDecoder().decode(v);
        if (ArrayBuffer.isView(v)) return new TextDecoder().decode(v);
        return v;
      });
    const parts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of [...db.objectStoreNames]) {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        const values = await new Promise<unknown[]>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        parts.push(`${name}/${storeName}: ${values.map(asText).join('\n')}`);
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      parts.push(`localStorage ${key}: ${localStorage.getItem(key)}`);
    }
    return parts.join('\n');
  });
}

/** On the lock's settings, fills in the passphrase twice and presses "Set passphrase" (waits for nothing). */
export async function pressSetPassphrase(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
}

export async function setLock(page: Page): Promise<void> {
  await page.goto('/settings/lock');
  await pressSetPassphrase(page);
  await expect(page.getByText('The lock is on. Mend will ask for your passphrase each time it opens.')).toBeVisible({ timeout: 20_000 });
}

/** Unlocks from the unlock screen, and waits for it to go. */
export async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveCount(0, { timeout: 15_000 });
}

/** How many values of the journal are stored as they are, not sealed (tombstones aside). */
export async function unsealedJournalCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mend-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const request = db.transaction('records').objectStore('records').getAll();
    const values = await new Promise<unknown[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return values.filter((v) => typeof v === 'object' && v !== null && (v as { sealed?: unknown }).sealed !== 1 && 'text' in v).length;
  });
}

/** Stores `count` plain journal entries straight into IndexedDB, as an earlier visit would have. */
export async function seedJournal(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mend-journal');
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const at = new Date(Date.UTC(2026, 0, 1)).getTime();
    for (let i = 0; i < n; i++) {
      const time = new Date(at + i * 60_000).toISOString();
      const id = `seeded-${String(i).padStart(5, '0')}`;
      const text = `Seeded entry ${i}: a walk by the river, and a call with a friend who listened for a long while.`;
      store.put({ schemaVersion: 1, id, createdAt: time, updatedAt: time, text, mood: i % 11, tags: ['seeded'], link: null }, id);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
