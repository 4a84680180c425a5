// Sync through a kept folder: the folder is a folder in each device's origin
// private file system, handed to the page as the picker's answer; the test
// carries files between the two devices' folders as a file-sync service would.
// Also: a change is written to the folder a few seconds later by itself, and
// after a restart one calm line and one tap give the folder back.
import { expect, test } from './fixtures';
import { SYNC_PASSPHRASE, deliverFiles, expectThingsFrom, folderFiles, go, openDevice, syncRuns, turnOnSync, writeThings, type Device } from './sync-helpers';

// Two devices, each turning sync on (a key derived 600,000 times) and writing three things: longer than one page's test.
test.describe.configure({ timeout: 120_000 });

const devices: Device[] = [];

test.afterEach(async () => {
  for (const device of devices.splice(0)) {
    expect(device.problems, `console errors or foreign requests on the ${device.name}`).toEqual([]);
    await device.context.close();
  }
});

/** Waits for the next sync on this page to end. */
async function nextSync(device: Device, before: number) {
  await device.page.waitForFunction((runs) => Number(document.documentElement.dataset.syncRuns ?? 0) > runs, before, { timeout: 20_000 });
}

test('two devices sync through their folders until both show the same records, with nothing readable in the folder', async ({ browser, baseURL }) => {
  const laptop = await openDevice(browser, baseURL!, 'Laptop', { hasFolder: true });
  const desktop = await openDevice(browser, baseURL!, 'Desktop', { hasFolder: true });
  devices.push(laptop, desktop);
  for (const device of [laptop, desktop]) {
    await turnOnSync(device, { chooseFolder: true });
    await writeThings(device);
    await go(device.page, '/settings/devices');
    const runs = await syncRuns(device.page);
    await device.page.getByRole('button', { name: 'Sync now' }).click();
    await nextSync(device, runs);
  }
  const fromLaptop = await folderFiles(laptop.page);
  const fromDesktop = await folderFiles(desktop.page);
  expect(fromLaptop).toHaveLength(1);
  for (const file of [...fromLaptop, ...fromDesktop]) {
    const text = Buffer.from(file.base64, 'base64').toString('latin1');
    expect(text).not.toContain('Written on the');
    expect(text).not.toContain('Laptop');
  }

  await deliverFiles(desktop.page, fromLaptop);
  await deliverFiles(laptop.page, fromDesktop);
  for (const device of [laptop, desktop]) {
    // Mend reads the folder as it opens, and finds a device it hasn't met: its file opens once the passphrase is typed again.
    await go(device.page, '/settings/devices');
    await expect(device.page.getByText('To carry on syncing, Mend needs your sync passphrase once more.')).toBeVisible({ timeout: 20_000 });
    const before = await syncRuns(device.page);
    await device.page.getByLabel('Sync passphrase').fill(SYNC_PASSPHRASE);
    await device.page.getByRole('button', { name: 'Sync', exact: true }).click();
    await nextSync(device, before);
  }

  await expectThingsFrom(laptop, ['Laptop', 'Desktop']);
  await expectThingsFrom(desktop, ['Laptop', 'Desktop']);
});

test('a change is written to the folder a few seconds later without being asked', async ({ browser, baseURL }) => {
  const laptop = await openDevice(browser, baseURL!, 'Laptop', { hasFolder: true });
  devices.push(laptop);
  await turnOnSync(laptop, { chooseFolder: true });
  await expect.poll(async () => (await folderFiles(laptop.page)).length, { timeout: 20_000 }).toBe(1);
  const [first] = await folderFiles(laptop.page);

  await writeThings(laptop);

  await expect
    .poll(async () => (await folderFiles(laptop.page))[0]!.base64 !== first!.base64, { timeout: 20_000 })
    .toBe(true);
});

test('after a restart, one calm line and one tap let Mend use the folder again', async ({ browser, baseURL }) => {
  const laptop = await openDevice(browser, baseURL!, 'Laptop', { hasFolder: true });
  devices.push(laptop);
  await turnOnSync(laptop, { chooseFolder: true });
  await expect.poll(async () => (await folderFiles(laptop.page)).length, { timeout: 20_000 }).toBe(1);
  const [before] = await folderFiles(laptop.page);

  // The browser forgets its permission, as after a restart.
  await laptop.page.evaluate(() => sessionStorage.setItem('e2e-folder-permission', 'prompt'));
  await go(laptop.page, '/journal');
  await laptop.page.waitForFunction(() => document.documentElement.dataset.syncState === 'needs-permission', null, { timeout: 20_000 });
  const line = laptop.page.getByRole('status').filter({ hasText: 'the browser asks for your permission again' });
  await expect(line).toBeVisible();
  // Nothing is in the way meanwhile: an entry written now is kept, and goes to the folder once allowed.
  await go(laptop.page, '/journal/new');
  await laptop.page.getByRole('textbox', { name: "What's on your mind?" }).fill('Written while the folder waited.');
  await laptop.page.getByRole('button', { name: 'Save entry' }).click();
  await expect(laptop.page.getByText('Written while the folder waited.')).toBeVisible();
  await expect(line).toBeVisible();

  const runs = await syncRuns(laptop.page);
  await line.getByRole('button', { name: 'Allow the folder' }).click();
  await nextSync(laptop, runs);
  await expect(line).toHaveCount(0);
  expect(await laptop.page.evaluate(() => document.documentElement.dataset.syncState)).toBe('idle');
  const [after] = await folderFiles(laptop.page);
  expect(after!.modified).toBeGreaterThan(before!.modified);
});
