// What this device keeps about sync, in a database of its own (mend-sync,
// through the same backend as the collections), never in a backup and never in
// the sync file: how it is set up, the key (see decision 018), the devices it has
// seen, and what it last sent (the base a three-way merge starts from).
// Deleting everything clears it. Frozen: the store name and format 1.
import { backendFor } from '../backends/backends';
import { registerDeviceStore } from '../signals/registry';
import type { Sealed } from './sync-key';

export const SYNC_STORE = 'sync';

export type StoredSetup = {
  format: 1;
  deviceId: string;
  deviceName: string;
  keyFrom: 'passphrase' | 'lock';
  /** The salt and iterations this device seals its file with: the group's (see decision 018). */
  salt: string;
  iterations: number;
  /** When the group's salt was first chosen: a device that joins later takes the earlier one. */
  keySince: string;
  /** Opens with the key: how unlockSync knows a wrong passphrase. */
  check: Sealed;
};

export type DeviceNote = {
  name: string;
  lastWroteAt: string | null;
  lastBrought: string | null;
  /** Its file is ignored from now on. */
  isForgotten: boolean;
};

/**
 * What this device last wrote in its own file: the version of each record sent
 * (kept after a record is deleted, so a deletion mark can say which version it
 * deleted), and the file itself, sealed, for the base of a three-way merge.
 */
export type Sent = { versions: Record<string, Record<string, string>>; bytes: Uint8Array<ArrayBuffer> | null; wroteAt: string | null };

/** A file seen and merged whole: unchanged since, it needn't be read again. */
export type SeenFile = { size: number; modifiedAt: number };

const store = () => backendFor(SYNC_STORE);

async function read<T>(key: string): Promise<T | undefined> {
  return (await (await store()).get(key)) as T | undefined;
}

async function write(key: string, value: unknown): Promise<void> {
  await (await store()).putMany([{ key, value }]);
}

export const syncState = {
  setup: () => read<StoredSetup>('setup'),
  saveSetup: (setup: StoredSetup) => write('setup', setup),
  /** A key as kept: a CryptoKey that can't be read back (no lock), or its bits sealed by the lock. */
  storedKey: (salt: string) => read<unknown>(`key:${salt}`),
  saveKey: (salt: string, value: unknown) => write(`key:${salt}`, value),
  devices: async () => (await read<Record<string, DeviceNote>>('devices')) ?? {},
  saveDevices: (devices: Record<string, DeviceNote>) => write('devices', devices),
  seenFiles: async () => (await read<Record<string, SeenFile>>('seen')) ?? {},
  saveSeenFiles: (seen: Record<string, SeenFile>) => write('seen', seen),
  sent: async (): Promise<Sent> => (await read<Sent>('sent')) ?? { versions: {}, bytes: null, wroteAt: null },
  saveSent: (sent: Sent) => write('sent', sent),
  /** The ids this device synced under before sync was last turned off here: their files are its own to remove. */
  formerIds: async () => (await read<string[]>('former-ids')) ?? [],
  saveFormerIds: (ids: string[]) => write('former-ids', ids),
  /** Sync off: everything above goes; the records stay. */
  async clear(): Promise<void> {
    await (await store()).clear();
  },
};

registerDeviceStore({ name: 'sync', clear: () => syncState.clear() });
