// Two "devices" for the sync tests: two browser contexts, each with its own
// storage, as two phones or a phone and a laptop. A device's folder, where the
// test needs one it can reach, is a folder in that context's origin private
// file system, handed to the page as the folder picker's answer. Two contexts
// don't share that file system, so the test carries files between them, as a
// file-sync service would.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { unlock } from './lock-helpers';

export const SYNC_PASSPHRASE = 'green tea on the balcony';

export type Device = {
  name: string;
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** The lock is on: every page opened asks for the passphrase first. */
  hasLock?: boolean;
};

type Options = {
  /** This browser keeps a folder (the picker answers with a folder in the private file system). */
  hasFolder?: boolean;
  /** For axe, our own script, which the app's CSP (rightly) blocks. */
  bypassCSP?: boolean;
};

export async function openDevice(browser: Browser, baseURL: string, name: string, { hasFolder = false, bypassCSP = false }: Options = {}): Promise<Device> {
  const context = await browser.newContext({ baseURL, bypassCSP, acceptDownloads: true, serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    if (localStorage.getItem('mend-preferences') === null)
      localStorage.setItem('mend-preferences', JSON.stringify({ schemaVersion: 1, hasSeenWelcome: true }));
  });
  if (hasFolder) {
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('Mend sync', { create: true });
      // The browser's permission for the folder, as the test sets it (sessionStorage lasts through a reload).
      const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
      proto.queryPermission = async () => sessionStorage.getItem('e2e-folder-permission') ?? 'granted';
      proto.requestPermission = async () => {
        sessionStorage.setItem('e2e-folder-permission', 'granted');
        return 'granted';
      };
    });
  } else {
    // As Safari, Firefox and iOS: no folder can be kept.
    await context.addInitScript(() => {
      Reflect.deleteProperty(window, 'showDirectoryPicker');
    });
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== new URL(baseURL).origin) problems.push(`request to ${url}`);
  });
  return { name, context, page, problems };
}

/** Opens an address once the live app has replaced its prerendered page (and unlocks, with the lock on). */
export async function go(page: Page, address: string, device?: Device): Promise<void> {
  await page.goto(address);
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-screen-for'));
  if (device?.hasLock) await unlock(page);
}

/** Opens an address on this device, as a person would. */
const open = (device: Device, address: string) => go(device.page, address, device);

/** On "Your devices": turns sync on with this name and passphrase (the lock's, when `useLock`). */
export async function turnOnSync(device: Device, { passphrase = SYNC_PASSPHRASE, useLock = false, chooseFolder = false } = {}) {
  const { page } = device;
  await open(device, '/settings/devices');
  if (chooseFolder) {
    await page.getByRole('button', { name: 'Choose a folder' }).click();
    await expect(page.getByText('Chosen: “Mend sync”.')).toBeVisible();
  }
  await page.getByLabel("This device's name").fill(device.name);
  if (useLock) {
    await page.getByRole('radio', { name: /My lock passphrase/ }).check();
    await page.getByLabel('Your lock passphrase').fill(passphrase);
  } else {
    await page.getByLabel('Sync passphrase').fill(passphrase);
    await page.getByLabel('Type it again').fill(passphrase);
  }
  await page.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(page.getByText(`This device is “${device.name}”.`)).toBeVisible({ timeout: 20_000 });
}

/** A journal entry, a goal and a person on the belonging map, each named for this device. */
export async function writeThings(device: Device): Promise<void> {
  const { page, name } = device;
  await open(device, '/journal/new');
  await page.getByRole('textbox', { name: "What's on your mind?" }).fill(`Written on the ${name}.`);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal' })).toBeVisible();

  await open(device, '/goals/new');
  await page.getByRole('textbox', { name: /Your goal/ }).fill(`Walk with the ${name}`);
  await page.getByRole('textbox', { name: 'Step 1', exact: true }).fill('Find a route');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Walk with the ${name}` })).toBeVisible();

  await open(device, '/belonging');
  await page.getByRole('textbox', { name: 'Add someone to Friends' }).fill(`Friend from the ${name}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: `Safe person: Friend from the ${name}` })).toBeAttached();
  await page.waitForFunction(() => document.documentElement.dataset.saving === 'stored');
}

/** Shows, on this device, everything each of `names` wrote with writeThings. */
export async function expectThingsFrom(device: Device, names: string[]): Promise<void> {
  const { page } = device;
  await open(device, '/journal');
  for (const name of names) await expect(page.getByText(`Written on the ${name}.`)).toBeVisible();
  await open(device, '/goals');
  for (const name of names) await expect(page.getByRole('article', { name: `Walk with the ${name}` })).toBeVisible();
  await open(device, '/belonging');
  for (const name of names) await expect(page.getByRole('checkbox', { name: `Safe person: Friend from the ${name}` })).toBeAttached();
}

/** By hand: saves this device's sync file (the download), and returns its name and bytes. */
export async function saveSyncFile(device: Device): Promise<{ name: string; buffer: Buffer }> {
  const { page } = device;
  await open(device, '/settings/devices');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: "Save this device's sync file" }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), buffer: Buffer.concat(chunks) };
}

/**
 * By hand: brings files in, and waits for the sync to end. A file from a device
 * not met yet asks for the sync passphrase once (each device seals with its own
 * salt): with `firstMeeting`, it is typed, and the files come in after it.
 */
export async function bringIn(
  device: Device,
  files: { name: string; buffer: Buffer }[],
  { firstMeeting = false, passphrase = SYNC_PASSPHRASE } = {},
): Promise<void> {
  const { page } = device;
  await open(device, '/settings/devices');
  let runs = await syncRuns(page);
  await page.getByLabel('Bring in files from other devices').setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
  await nextRun(page, runs);
  if (!firstMeeting) return;
  await expect(page.getByText('To carry on syncing, Mend needs your sync passphrase once more.')).toBeVisible();
  runs = await syncRuns(page);
  await page.getByLabel('Sync passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  await nextRun(page, runs);
}

/** Waits for the next sync on this page to end. */
export async function nextRun(page: Page, before: number): Promise<void> {
  await page.waitForFunction((runs) => Number(document.documentElement.dataset.syncRuns ?? 0) > runs, before, { timeout: 20_000 });
}

export async function syncRuns(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.syncRuns ?? 0));
}

/** The *.mendsync files in this device's private folder, as the test can carry them. */
export async function folderFiles(page: Page): Promise<{ name: string; base64: string; modified: number }[]> {
  return page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('Mend sync', { create: true });
    const found: { name: string; base64: string; modified: number }[] = [];
    for await (const handle of (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
      if (handle.kind !== 'file' || !handle.name.endsWith('.mendsync')) continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      const bytes = new Uint8Array(await file.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      found.push({ name: handle.name, base64: btoa(text), modified: file.lastModified });
    }
    return found;
  });
}

/** Puts files into this device's private folder, as a file-sync service delivers them. */
export async function deliverFiles(page: Page, files: { name: string; base64: string }[]): Promise<void> {
  await page.evaluate(async (incoming) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('Mend sync', { create: true });
    for (const { name, base64 } of incoming) {
      const text = atob(base64);
      const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(bytes);
      await writable.close();
    }
  }, files);
}
