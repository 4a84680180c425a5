// Running sync for this page: one at a time (a sync asked for while one runs
// happens once more after it), with where it stands told to sync-status.ts.
// A sync that fails changes nothing stored and says so in one sentence.
import { lockState } from '../../storage/lock/lock-flag';
import { forgetFolder, rememberedFolder, rememberFolder } from '../../storage/sync/folder-handle';
import { folderPermission, folderTarget, type FolderHandle } from '../../storage/sync/folder-target';
import { bringInSyncFiles, ownSyncFile, syncSetup, syncWith, SyncNotReady, unlockSync, type SyncReport } from '../../storage/sync/sync';
import { useSyncStatus, type SyncState } from './sync-status';
import { reportWords, FAILED_WORDS } from './sync-words';

let running: Promise<void> | null = null;
let isAskedAgain = false;
/** Files brought in by hand that waited for the passphrase: brought in again once it is typed. */
let waiting: { name: string; bytes: Uint8Array }[] = [];

/** Every sync on this page, by folder or by hand, one after another: a passphrase typed again serves the next one only. */
let turns: Promise<unknown> = Promise.resolve();
let inTurnCount = 0;

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  inTurnCount += 1;
  const next = turns.then(work, work).finally(() => {
    inTurnCount -= 1;
  });
  turns = next.catch(() => undefined);
  return next;
}

/** True while a sync runs in this page (changes it makes are not new changes to sync). */
export function isSyncing(): boolean {
  return inTurnCount > 0;
}

function set(state: SyncState, change: Partial<ReturnType<typeof useSyncStatus.getState>> = {}): void {
  useSyncStatus.setState({ state, ...change });
}

/** Reads where sync stands (set up, the folder, its permission) without asking anything of the person. */
export async function readSyncStatus(): Promise<void> {
  const setup = await syncSetup();
  const folder = setup ? await rememberedFolder() : null;
  useSyncStatus.setState({ folder });
  if (!setup) return set('off');
  if (setup.needsPassphrase) return set('needs-passphrase');
  if (folder && (await folderPermission(folder)) !== 'granted') return set('needs-permission');
  const { state } = useSyncStatus.getState();
  if (state !== 'syncing' && state !== 'failed') set('idle');
}

/** Syncs with the folder kept on this device, if there is one Mend may use now. */
export function syncNow(): Promise<void> {
  if (running) {
    isAskedAgain = true;
    return running;
  }
  running = inTurn(syncWithFolder).finally(() => {
    running = null;
    if (isAskedAgain) {
      isAskedAgain = false;
      void syncNow();
    }
  });
  return running;
}

async function syncWithFolder(): Promise<void> {
  // Behind a closed lock nothing can be read or merged; the next unlock brings the page back.
  if (lockState.getState().status === 'locked') return;
  try {
    await readSyncStatus();
    const { state, folder } = useSyncStatus.getState();
    if (!folder || state === 'off' || state === 'needs-passphrase' || state === 'needs-permission') return;
    set('syncing');
    const report = await syncWith(folderTarget(folder));
    finish(report);
    // A file from a device not met yet may need the passphrase typed once more.
    await readSyncStatus();
  } catch (error) {
    fail(error);
  }
}

function finish(report: SyncReport): void {
  const current = useSyncStatus.getState();
  // A quiet sync straight after one that brought something leaves its words up, so they can be read.
  const keepsNews = report.nothingNew && current.hasNews;
  set('idle', {
    message: keepsNews ? current.message : reportWords(report),
    hasNews: keepsNews || report.brought.length > 0,
    skipped: report.skipped.map((file) => file.reason),
    lastSyncedAt: Date.now(),
    runs: current.runs + 1,
  });
}

function fail(error: unknown): void {
  // The lock closed while it ran: nothing was merged, and the next unlock syncs again (background-sync.ts).
  if (lockState.getState().status === 'locked') return set('idle', { runs: useSyncStatus.getState().runs + 1 });
  // Turned off, or the passphrase is needed again, since this sync began.
  if (error instanceof SyncNotReady) {
    return set(error.why === 'off' ? 'off' : 'needs-passphrase', { runs: useSyncStatus.getState().runs + 1 });
  }
  // The browser took the folder's permission back (a restart, or the person in site settings).
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return set('needs-permission', { runs: useSyncStatus.getState().runs + 1 });
  }
  set('failed', { message: FAILED_WORDS, runs: useSyncStatus.getState().runs + 1 });
}

/** From inside a tap: asks the browser to let Mend use the folder again, then syncs. */
export async function allowFolderAgain(): Promise<boolean> {
  const { folder } = useSyncStatus.getState();
  if (!folder) return false;
  const answer = await folderPermission(folder, { ask: true });
  if (answer !== 'granted') return false;
  set('idle');
  await syncNow();
  return true;
}

/** Keeps a newly chosen folder (from inside a tap, so permission is asked there too), then syncs with it. */
export async function keepFolder(folder: FolderHandle): Promise<boolean> {
  if ((await folderPermission(folder, { ask: true })) !== 'granted') return false;
  await rememberFolder(folder);
  useSyncStatus.setState({ folder });
  await syncNow();
  return true;
}

export async function stopUsingFolder(): Promise<void> {
  await forgetFolder();
  useSyncStatus.setState({ folder: null });
}

/** By hand: this device's sealed file, to save or share. */
export async function ownFileForSaving(): Promise<File> {
  const { name, bytes } = await ownSyncFile();
  return new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' });
}

/** By hand: files from other devices, merged in as the folder's would be. */
export async function bringInFiles(files: File[]): Promise<SyncReport> {
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  return bringIn(read);
}

/**
 * After the passphrase was typed again: what waited for it comes in now, by
 * hand and from the folder. The sync engine keeps the words for its next sync
 * only (any sync, a background one too), so each sync here is handed them at
 * its start, inside its own turn.
 */
export async function syncAfterPassphrase(passphrase: string): Promise<void> {
  const files = waiting;
  waiting = [];
  const withWords = <T>(work: () => Promise<T>) =>
    inTurn(async () => {
      await unlockSync(passphrase);
      return work();
    });
  if (files.length > 0) await withWords(() => bringInNow(files)).catch(() => undefined);
  if (useSyncStatus.getState().folder) await withWords(syncWithFolder);
}

function bringIn(read: { name: string; bytes: Uint8Array }[]): Promise<SyncReport> {
  return inTurn(() => bringInNow(read));
}

async function bringInNow(read: { name: string; bytes: Uint8Array }[]): Promise<SyncReport> {
  set('syncing');
  try {
    const report = await bringInSyncFiles(read);
    finish(report);
    await readSyncStatus();
    waiting = useSyncStatus.getState().state === 'needs-passphrase' ? read : [];
    return report;
  } catch (error) {
    fail(error);
    throw error;
  }
}
