// A folder as the File System Access API hands one over, kept in memory: files
// by name, and writable streams that reach the file only when closed, as the
// browser's do. For tests of the folder target without a browser.
import { Blob as NodeBlob } from 'node:buffer';
import type { FolderFile, FolderHandle } from '../../src/storage/sync/folder-target';

type Stored = { bytes: Uint8Array; lastModified: number };

export type FakeFolder = FolderHandle & {
  files: Map<string, Stored>;
  /** Names of sub-folders, which Mend must pass over. */
  folders: Set<string>;
  permission: PermissionState;
  /** What the next request for permission answers. */
  answer: PermissionState;
  /** Writing fails part way (a full disk) while true. */
  isFull: boolean;
};

export function fakeFolder(name = 'Mend sync'): FakeFolder {
  const files = new Map<string, Stored>();
  let clock = 1_700_000_000_000;
  const fileHandle = (fileName: string): FolderFile => ({
    kind: 'file',
    name: fileName,
    async getFile() {
      const stored = files.get(fileName);
      if (!stored) throw new DOMException('Gone', 'NotFoundError');
      return Object.assign(new NodeBlob([new Uint8Array(stored.bytes)]) as unknown as Blob, { lastModified: stored.lastModified });
    },
    async createWritable() {
      const parts: Uint8Array[] = [];
      let isDone = false;
      return {
        async write(data: Uint8Array) {
          if (folder.isFull) throw new DOMException('The disk is full', 'QuotaExceededError');
          parts.push(new Uint8Array(data));
        },
        async close() {
          if (isDone) return;
          isDone = true;
          const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
          let at = 0;
          for (const part of parts) {
            bytes.set(part, at);
            at += part.length;
          }
          files.set(fileName, { bytes, lastModified: (clock += 1000) });
        },
        async abort() {
          isDone = true;
        },
      };
    },
  });
  const folder: FakeFolder = {
    kind: 'directory',
    name,
    files,
    folders: new Set(),
    permission: 'granted',
    answer: 'granted',
    isFull: false,
    async *values() {
      for (const sub of folder.folders) yield { kind: 'directory' as const, name: sub };
      for (const fileName of [...files.keys()]) yield fileHandle(fileName);
    },
    async getFileHandle(fileName, options) {
      if (!files.has(fileName)) {
        if (!options?.create) throw new DOMException('Not there', 'NotFoundError');
        files.set(fileName, { bytes: new Uint8Array(), lastModified: (clock += 1000) });
      }
      return fileHandle(fileName);
    },
    async removeEntry(fileName) {
      if (!files.delete(fileName)) throw new DOMException('Not there', 'NotFoundError');
    },
    async queryPermission() {
      return folder.permission;
    },
    async requestPermission() {
      folder.permission = folder.answer;
      return folder.answer;
    },
  };
  // As a real handle's, its methods are not its own enumerable fields: IndexedDB keeps it (as a plain description).
  for (const key of Object.keys(folder)) {
    if (typeof folder[key as keyof FakeFolder] === 'function') Object.defineProperty(folder, key, { enumerable: false });
  }
  for (const key of ['files', 'folders'] as const) Object.defineProperty(folder, key, { enumerable: false });
  return folder;
}
