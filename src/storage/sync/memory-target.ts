// A sync folder held in memory, for tests on both sides of the seam: several
// "devices" share one, and a read can be made to return a file cut short once,
// as a file-sync service caught mid-write would hand it over.
import type { SyncFileInfo, SyncTarget } from './sync-target';

export type MemoryTarget = SyncTarget & {
  /** The stored files, by name (read them, or put any bytes in by hand). */
  files: Map<string, { bytes: Uint8Array; modifiedAt: number }>;
  /** The next read of this file returns only its first `keep` bytes (by default half). */
  truncateNextRead(name: string, keep?: number): void;
};

export function createMemoryTarget(): MemoryTarget {
  const files = new Map<string, { bytes: Uint8Array; modifiedAt: number }>();
  const cutShort = new Map<string, number | undefined>();
  let clock = 0;
  return {
    files,
    truncateNextRead(name, keep) {
      cutShort.set(name, keep);
    },
    list(): Promise<SyncFileInfo[]> {
      return Promise.resolve(
        [...files].map(([name, file]) => ({ name, size: file.bytes.length, modifiedAt: file.modifiedAt })),
      );
    },
    read(name) {
      const file = files.get(name);
      if (!file) return Promise.reject(new DOMException(`${name} is not in the folder`, 'NotFoundError'));
      if (cutShort.has(name)) {
        const keep = cutShort.get(name) ?? Math.floor(file.bytes.length / 2);
        cutShort.delete(name);
        return Promise.resolve(file.bytes.slice(0, keep));
      }
      return Promise.resolve(file.bytes.slice());
    },
    write(name, bytes) {
      // Times that always move forward, even within one millisecond.
      clock = Math.max(clock + 1, Date.now());
      files.set(name, { bytes: bytes.slice(), modifiedAt: clock });
      return Promise.resolve();
    },
    remove(name) {
      files.delete(name);
      return Promise.resolve();
    },
  };
}
