// Where device files meet: a folder now (folder-target.ts); a protocol later
// (see docs/decisions/019). The merge never knows which: it only lists, reads,
// writes and removes `*.mendsync` files through this.
export type SyncFileInfo = { name: string; size: number; modifiedAt: number };
/** A place device files meet: a folder now; a protocol later. Only `*.mendsync` names. */
export interface SyncTarget {
  list(): Promise<SyncFileInfo[]>;
  read(name: string): Promise<Uint8Array>;
  /** Atomic from a reader's point of view: a new file, then replace. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}
