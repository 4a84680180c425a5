// The folder this device syncs through, remembered across visits: the browser
// lets a FileSystemDirectoryHandle be kept in IndexedDB (never its contents, and
// never its permission, which the browser may ask for again after a restart).
// One value in its own store. Frozen: the store name and the key.
import { backendFor } from '../backends/backends';
import { hasDatabase } from '../backends/idb-backend';
import { registerDeviceStore } from '../signals/registry';
import type { FolderHandle } from './folder-target';

const STORE = 'sync-folder';
const KEY = 'folder';

/** The handle as this page has it: read once, not again before every sync. */
let kept: FolderHandle | null = null;

export async function rememberFolder(folder: FolderHandle): Promise<void> {
  await (await backendFor(STORE)).putMany([{ key: KEY, value: folder }]);
  kept = folder;
}

/** The folder kept on this device, or null when none is (or it can't be read). */
export async function rememberedFolder(): Promise<FolderHandle | null> {
  if (kept) return kept;
  try {
    // Looking must not make a database on every device that never synced.
    if (!(await hasDatabase(STORE))) return null;
    const value = await (await backendFor(STORE)).get(KEY);
    kept = isFolder(value) ? value : null;
    return kept;
  } catch {
    return null;
  }
}

export async function forgetFolder(): Promise<void> {
  kept = null;
  if (!(await hasDatabase(STORE))) return;
  await (await backendFor(STORE)).clear();
}

function isFolder(value: unknown): value is FolderHandle {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'directory' &&
    typeof (value as { values?: unknown }).values === 'function'
  );
}

registerDeviceStore({ name: 'sync folder', clear: forgetFolder });
