// A folder the person already syncs (iCloud Drive, Dropbox, Syncthing...) as a
// SyncTarget, through the File System Access API. Mend only ever sees files
// named *.mendsync in it, never anything else there, and never a half-written
// file of its own: a writable stream is kept aside by the browser and put in
// place whole when it closes (the spec's "swap file"), so a reader, or a
// file-sync service, sees the old file or the new one, nothing between.
import type { SyncFileInfo, SyncTarget } from './sync-target';

/** Only names Mend writes: a device's file, never a path, never anyone else's file. */
const SYNC_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}\.mendsync$/;

export type FolderPermission = 'granted' | 'prompt' | 'denied';

type Mode = { mode: 'readwrite' };

/** What Mend needs of a file handle (a real FileSystemFileHandle fits). */
export interface FolderFile {
  kind: 'file';
  name: string;
  getFile(): Promise<Blob & { lastModified: number }>;
  createWritable(options?: { keepExistingData?: boolean }): Promise<{
    write(data: Uint8Array<ArrayBuffer>): Promise<void>;
    close(): Promise<void>;
    abort(reason?: unknown): Promise<void>;
  }>;
}

/** What Mend needs of a folder handle (a real FileSystemDirectoryHandle fits). */
export interface FolderHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<FolderFile | { kind: 'directory'; name: string }>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FolderFile>;
  removeEntry(name: string): Promise<void>;
  queryPermission?(descriptor: Mode): Promise<PermissionState>;
  requestPermission?(descriptor: Mode): Promise<PermissionState>;
}

type PickerWindow = { showDirectoryPicker?: (options?: { id?: string; mode?: 'readwrite' }) => Promise<FolderHandle> };

/** Whether this browser can keep a folder (Chrome and Edge on desktop, some Android Chrome). */
export function canKeepFolder(): boolean {
  return typeof window !== 'undefined' && typeof (window as PickerWindow).showDirectoryPicker === 'function';
}

/** Asks the person to choose a folder; null when they closed the picker without choosing. */
export async function chooseFolder(): Promise<FolderHandle | null> {
  const picker = (window as PickerWindow).showDirectoryPicker;
  if (!picker) throw new Error('This browser cannot keep a folder.');
  try {
    return await picker.call(window, { id: 'mend-sync', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * Whether Mend may read and write the folder now. With `ask`, the browser asks
 * the person (only from inside a tap); without, it only looks.
 */
export async function folderPermission(folder: FolderHandle, { ask = false } = {}): Promise<FolderPermission> {
  const descriptor: Mode = { mode: 'readwrite' };
  // A handle without the permission methods (the origin's private folder) is always ours.
  const look = ask ? folder.requestPermission : folder.queryPermission;
  if (!look) return 'granted';
  try {
    return await look.call(folder, descriptor);
  } catch {
    // Asking outside a tap throws in Chromium: the same as not yet granted.
    return 'prompt';
  }
}

function checkName(name: string): void {
  if (!SYNC_FILE.test(name)) throw new Error(`Mend reads and writes only its own sync files, not "${name}".`);
}

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

export function folderTarget(folder: FolderHandle): SyncTarget {
  return {
    async list(): Promise<SyncFileInfo[]> {
      const found: SyncFileInfo[] = [];
      for await (const entry of folder.values()) {
        if (entry.kind !== 'file' || !SYNC_FILE.test(entry.name)) continue;
        try {
          const file = await entry.getFile();
          // Made a moment ago by a first write still under way (creating a file makes it empty first).
          if (file.size === 0) continue;
          found.push({ name: entry.name, size: file.size, modifiedAt: file.lastModified });
        } catch (error) {
          // Removed by a sync service between listing and looking: it simply isn't there.
          if (!isNotFound(error)) throw error;
        }
      }
      return found.sort((a, b) => (a.name < b.name ? -1 : 1));
    },

    async read(name: string): Promise<Uint8Array> {
      checkName(name);
      const file = await (await folder.getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },

    async write(name: string, bytes: Uint8Array): Promise<void> {
      checkName(name);
      const handle = await folder.getFileHandle(name, { create: true });
      // Nothing reaches the file itself until close(): a reader sees the old file or the new one.
      const writable = await handle.createWritable({ keepExistingData: false });
      try {
        await writable.write(new Uint8Array(bytes));
        await writable.close();
      } catch (error) {
        await writable.abort(error).catch(() => undefined);
        throw error;
      }
    },

    async remove(name: string): Promise<void> {
      checkName(name);
      try {
        await folder.removeEntry(name);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
}
