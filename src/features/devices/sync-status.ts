// Where sync stands on this page, for the "Your devices" screen and the one
// line the app shows when the folder needs a tap: small and free of the sync
// engine, so the app's first load can carry it.
import { create } from 'zustand';
import type { FolderHandle } from '../../storage/sync/folder-target';

/**
 * - `off`: sync isn't set up on this device (or not known yet).
 * - `idle`: set up, nothing under way.
 * - `syncing`: reading the other devices' files and writing this one's.
 * - `needs-permission`: the browser asks again before Mend may use the folder (after a restart).
 * - `needs-passphrase`: the key isn't known in this session.
 * - `failed`: the last try didn't work; nothing was lost, and it tries again later.
 */
export type SyncState = 'off' | 'idle' | 'syncing' | 'needs-permission' | 'needs-passphrase' | 'failed';

export type SyncStatus = {
  state: SyncState;
  /** The folder kept on this device, if any. */
  folder: FolderHandle | null;
  /** One sentence about the last sync: what it brought, or what went wrong. */
  message: string | null;
  /** The message says what a sync on this visit brought (a quiet sync after it leaves it up). */
  hasNews: boolean;
  /** Sentences for each file that couldn't be used, from the last sync. */
  skipped: string[];
  /** When the last sync ended well (ms). */
  lastSyncedAt: number | null;
  /** How many syncs have ended on this page, well or not (tests wait for the next one). */
  runs: number;
};

export const useSyncStatus = create<SyncStatus>(() => ({
  state: 'off',
  folder: null,
  message: null,
  hasNews: false,
  skipped: [],
  lastSyncedAt: null,
  runs: 0,
}));

// Said on the page itself, so the app's state can be seen from outside it (the end-to-end tests wait on it).
useSyncStatus.subscribe(({ state, runs }) => {
  document.documentElement.dataset.syncState = state;
  document.documentElement.dataset.syncRuns = String(runs);
});
