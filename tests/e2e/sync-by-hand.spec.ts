// Sync by hand, as on a browser that can't keep a folder (Safari, Firefox,
// iOS): two devices, each its own storage, carry their sealed files both ways
// until both show the same journal, goals and map; with the lock on both; and a
// file sealed with another passphrase is refused with nothing changed.
import { axeInBothThemes } from './axe';
import { expect, test } from './fixtures';
import { PASSPHRASE, setLock, unlock } from './lock-helpers';
import { bringIn, expectThingsFrom, go, openDevice, saveSyncFile, turnOnSync, writeThings, type Device } from './sync-helpers';

// Two devices, each turning sync on (a key derived 600,000 times) and writing three things: longer than one page's test.
test.describe.configure({ timeout: 120_000 });

const devices: Device[] = [];

test.afterEach(async () => {
  for (const device of devices.splice(0)) {
    expect(device.problems, `console errors or foreign requests on the ${device.name}`).toEqual([]);
    await device.context.close();
  }
});

async function twoDevices(browser: Parameters<typeof openDevice>[0], baseURL: string) {
  const phone = await openDevice(browser, baseURL, 'Phone');
  const laptop = await openDevice(browser, baseURL, 'Laptop', { bypassCSP: true });
  devices.push(phone, laptop);
  return { phone, laptop };
}

test('two devices carry their files by hand both ways until both show the same entries, goals and people', async ({ browser, baseURL }) => {
  const { phone, laptop } = await twoDevices(browser, baseURL!);
  await go(phone.page, '/settings/devices');
  await expect(phone.page.getByText(/This browser can't keep a folder, so it can't sync on its own/)).toBeVisible();
  await turnOnSync(phone);
  await turnOnSync(laptop);
  await writeThings(phone);
  await writeThings(laptop);

  await bringIn(laptop, [await saveSyncFile(phone)], { firstMeeting: true });
  await expect(laptop.page.getByRole('status').filter({ hasText: /Brought in .+ from Phone\./ })).toBeVisible();
  // The laptop's file is sealed now with the key both know (the phone's, the first): no passphrase asked.
  await bringIn(phone, [await saveSyncFile(laptop)]);

  await expectThingsFrom(phone, ['Phone', 'Laptop']);
  await expectThingsFrom(laptop, ['Phone', 'Laptop']);
  // Each device lists the other, and what the last sync brought from it.
  await go(laptop.page, '/settings/devices');
  await expect(laptop.page.getByRole('heading', { name: 'Phone', exact: true })).toBeVisible();
  await expect(laptop.page.getByRole('heading', { name: 'Laptop (this device)' })).toBeVisible();
  expect(await axeInBothThemes(laptop.page)).toEqual([]);
});

test('with the lock on both devices, the lock passphrase seals the files and both end up the same', async ({ browser, baseURL }) => {
  const { phone, laptop } = await twoDevices(browser, baseURL!);
  for (const device of [phone, laptop]) {
    await go(device.page, '/');
    await setLock(device.page);
    device.hasLock = true;
    await turnOnSync(device, { useLock: true, passphrase: PASSPHRASE });
    await writeThings(device);
  }

  await bringIn(laptop, [await saveSyncFile(phone)], { firstMeeting: true, passphrase: PASSPHRASE });
  await bringIn(phone, [await saveSyncFile(laptop)]);

  await expectThingsFrom(phone, ['Phone', 'Laptop']);
  await expectThingsFrom(laptop, ['Phone', 'Laptop']);
  // After a reload the lock asks again, and what sync brought is there behind it.
  await laptop.page.reload();
  await unlock(laptop.page);
  await expectThingsFrom(laptop, ['Phone']);
});

test('a file sealed with another passphrase is refused in one sentence, and nothing stored changes', async ({ browser, baseURL }) => {
  const { phone, laptop } = await twoDevices(browser, baseURL!);
  await turnOnSync(phone, { passphrase: 'the phone has its own words' });
  await turnOnSync(laptop);
  await writeThings(phone);
  await writeThings(laptop);
  const before = await recordsOf(laptop);

  // The laptop hasn't met the phone: it asks for its passphrase, then finds the phone's file sealed with other words.
  await bringIn(laptop, [await saveSyncFile(phone)], { firstMeeting: true });

  await expect(laptop.page.getByRole('status').getByRole('listitem')).toHaveCount(1);
  await expect(laptop.page.getByRole('status').getByRole('listitem')).toContainText(/passphrase/);
  expect(await recordsOf(laptop)).toEqual(before);
  await go(laptop.page, '/journal');
  await expect(laptop.page.getByText('Written on the Phone.')).toHaveCount(0);
});

/** Every record in every collection's database (sync's own bookkeeping aside), as JSON. */
async function recordsOf(device: Device): Promise<string> {
  return device.page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name!).filter((n) => n.startsWith('mend-') && !n.includes('sync') && n !== 'mend-probe').sort();
    const dump: Record<string, unknown> = {};
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const request = db.transaction(store).objectStore(store).getAll();
        dump[`${name}/${store}`] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}
