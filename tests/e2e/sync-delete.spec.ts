// "Delete everything" on devices that sync: on every device (the deletion marks
// travel in this device's file, carried by hand here), or here only (the other
// keeps everything, and this device stops syncing, so nothing comes back).
import { expect, test } from './fixtures';
import {
  bringIn,
  deliverFiles,
  expectThingsFrom,
  folderFiles,
  go,
  nextRun,
  openDevice,
  saveSyncFile,
  syncRuns,
  SYNC_PASSPHRASE,
  turnOnSync,
  writeThings,
  type Device,
} from './sync-helpers';

// Two devices, each turning sync on (a key derived 600,000 times) and writing three things: longer than one page's test.
test.describe.configure({ timeout: 120_000 });

const devices: Device[] = [];

test.afterEach(async () => {
  for (const device of devices.splice(0)) {
    expect(device.problems, `console errors or foreign requests on the ${device.name}`).toEqual([]);
    await device.context.close();
  }
});

async function twoSyncedDevices(browser: Parameters<typeof openDevice>[0], baseURL: string) {
  const phone = await openDevice(browser, baseURL, 'Phone');
  const laptop = await openDevice(browser, baseURL, 'Laptop');
  devices.push(phone, laptop);
  for (const device of [phone, laptop]) {
    await turnOnSync(device);
    await writeThings(device);
  }
  await bringIn(laptop, [await saveSyncFile(phone)], { firstMeeting: true });
  // The laptop's file is sealed now with the key both know (the phone's, the first): no passphrase asked.
  await bringIn(phone, [await saveSyncFile(laptop)]);
  return { phone, laptop };
}

async function startDeleting(device: Device, choice: RegExp) {
  const { page } = device;
  await go(page, '/settings/data');
  await page.getByRole('radio', { name: choice }).check();
  await page.getByLabel(/type the word/).fill('delete');
  await page.getByRole('button', { name: 'Delete everything' }).click();
}

async function expectEmptyAndNotSyncing(device: Device) {
  await go(device.page, '/journal');
  await expect(device.page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
  await go(device.page, '/settings/devices');
  await expect(device.page.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
}

test('delete on every device: the other device deletes everything too once it brings in this one’s file', async ({ browser, baseURL }) => {
  const { phone, laptop } = await twoSyncedDevices(browser, baseURL!);

  await startDeleting(phone, /Delete on every device/);
  const download = phone.page.waitForEvent('download');
  await phone.page.getByRole('button', { name: 'Save the sync file and delete everything here' }).click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  await phone.page.waitForURL((url) => url.pathname === '/');
  await expectEmptyAndNotSyncing(phone);

  await bringIn(laptop, [{ name: file.suggestedFilename(), buffer: Buffer.concat(chunks) }]);
  await go(laptop.page, '/journal');
  await expect(laptop.page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible();
  await go(laptop.page, '/goals');
  await expect(laptop.page.getByRole('article')).toHaveCount(0);
  await go(laptop.page, '/belonging');
  await expect(laptop.page.getByText(/Friend from the/)).toHaveCount(0);
});

test('delete here only: the other device keeps everything, and nothing comes back here', async ({ browser, baseURL }) => {
  const { phone, laptop } = await twoSyncedDevices(browser, baseURL!);

  await startDeleting(laptop, /Delete here, and stop syncing this device/);
  await laptop.page.waitForURL((url) => url.pathname === '/');
  await expectEmptyAndNotSyncing(laptop);

  await expectThingsFrom(phone, ['Phone', 'Laptop']);
});

test('delete on every device through the folder: the deletion marks go into the folder, and the other device deletes as it reads them', async ({ browser, baseURL }) => {
  const laptop = await openDevice(browser, baseURL!, 'Laptop', { hasFolder: true });
  const desktop = await openDevice(browser, baseURL!, 'Desktop', { hasFolder: true });
  devices.push(laptop, desktop);
  await turnOnSync(laptop, { chooseFolder: true });
  await writeThings(laptop);
  await turnOnSync(desktop, { chooseFolder: true });
  // The desktop reads the laptop's file (its passphrase asked once: a device not met yet).
  await expect.poll(async () => (await folderFiles(laptop.page)).length, { timeout: 20_000 }).toBe(1);
  await go(laptop.page, '/settings/devices');
  const runs = await syncRuns(laptop.page);
  await laptop.page.getByRole('button', { name: 'Sync now' }).click();
  await nextRun(laptop.page, runs);
  await deliverFiles(desktop.page, await folderFiles(laptop.page));
  await go(desktop.page, '/settings/devices');
  await expect(desktop.page.getByText('To carry on syncing, Mend needs your sync passphrase once more.')).toBeVisible({ timeout: 20_000 });
  await desktop.page.getByLabel('Sync passphrase').fill(SYNC_PASSPHRASE);
  await desktop.page.getByRole('button', { name: 'Sync', exact: true }).click();
  await expect(desktop.page.getByText(/^Brought in .+ from Laptop\./)).toBeVisible({ timeout: 20_000 });
  await expectThingsFrom(desktop, ['Laptop']);

  await startDeleting(laptop, /Delete on every device/);
  await laptop.page.waitForURL((url) => url.pathname === '/');
  await expectEmptyAndNotSyncing(laptop);
  const marks = await folderFiles(laptop.page);
  expect(marks).toHaveLength(1);

  await deliverFiles(desktop.page, marks);
  await go(desktop.page, '/journal');
  await expect(desktop.page.getByText('Nothing here yet. Start with a practice, or just write.')).toBeVisible({ timeout: 20_000 });
});
