// "Delete everything" with a second tab open in the middle of typing: nothing of
// Mend's stays on the device (IndexedDB, localStorage, sessionStorage), and the
// other tab drops what it holds rather than writing it back as it reloads or closes.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The appearance and "welcome seen" must go too: no stand-in preferences from the test.
test.use({ isFirstVisit: true });

/** What Mend keeps in this browser profile: each database's keys, and every storage key. */
function whatIsStored(page: Page) {
  return page.evaluate(async () => {
    const databases: Record<string, unknown[]> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('mend-') || name === 'mend-probe') continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const keys = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAllKeys();
          request.onsuccess = () => resolve(request.result);
        });
        if (keys.length > 0) databases[`${name}/${store}`] = keys;
      }
      db.close();
    }
    const keysOf = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i));
    return { databases, localStorage: keysOf(localStorage), sessionStorage: keysOf(sessionStorage) };
  });
}

/** Every journal draft's words stored in IndexedDB. */
function draftWords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('mend-drafts');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            resolve([]);
            return;
          }
          const reading = db.transaction('records').objectStore('records').getAll();
          reading.onsuccess = () => {
            db.close();
            resolve((reading.result as { text?: unknown }[]).map((value) => String(value.text ?? '')));
          };
        };
      }),
  );
}

test("deleting everything while another tab types leaves nothing of Mend's on the device, and that tab never writes back", async ({
  context,
  baseURL,
}) => {
  const typing = await context.newPage();
  const deleting = await context.newPage();

  // Something the person set: the welcome, then a theme.
  await deleting.goto('/');
  await deleting.getByRole('dialog').getByRole('button', { name: 'Skip' }).click();
  await deleting.goto('/settings');
  await deleting.getByRole('radio', { name: 'Dark' }).check();
  await expect
    .poll(() => deleting.evaluate(() => localStorage.getItem('mend-preferences')))
    .toContain('"theme":"dark"');

  // Something written: an entry saved, then words being typed in the other tab.
  await typing.goto('/journal/new');
  const text = typing.getByRole('textbox', { name: "What's on your mind?" });
  await text.fill('Saved before everything was deleted.');
  await typing.getByRole('button', { name: 'Save entry' }).click();
  await expect(typing.getByText('Entry saved.')).toBeVisible();
  await typing.goto('/journal/new');
  await text.fill('Typed in the other tab');
  await expect.poll(() => draftWords(typing)).toContain('Typed in the other tab');
  // Still waiting to be written as everything is deleted.
  await text.fill('Typed in the other tab, and a few more words');

  await deleting.goto('/settings/data');
  await deleting.getByLabel(/type the word “delete”/).fill('delete');
  await deleting.getByRole('button', { name: 'Delete everything' }).click();
  await expect(deleting).toHaveURL(`${baseURL}/`);

  // The typing tab starts again as new; its reload and its closing write nothing back.
  await expect(typing).toHaveURL(`${baseURL}/`);
  await typing.reload();
  const typingSession = await typing.evaluate(() => Object.keys(sessionStorage));
  await typing.close();

  // A page opened now reads after every write the closed tab began.
  const later = await context.newPage();
  await later.goto('/journal');
  expect({ ...(await whatIsStored(later)), typingSession }).toEqual({
    databases: {},
    localStorage: [],
    sessionStorage: [],
    typingSession: [],
  });
  await expect(later.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
  await expect(later.getByRole('region', { name: 'Unfinished writing' })).toHaveCount(0);
  // Everything the person set went too: a first visit's welcome again.
  await later.goto('/');
  await expect(later.getByRole('dialog', { name: 'Self-help, not treatment' })).toBeVisible();
});
