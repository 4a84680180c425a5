// The sync key on this device: what this page holds in memory, and the keys
// kept between visits (see docs/decisions/018): with no lock, a key that can't be
// read back; with a lock set, its bits sealed by the lock, known only while it is
// open. A file sealed under a salt not met yet opens with the passphrase typed
// this session, and its key is kept from then on.
import { isObject } from '../engine/record-reader';
import { pluggedLock } from '../engine/lock-seam';
import { isSealed, openStored, sealValueForStorage } from '../engine/sealing';
import { onChange } from '../signals/cross-tab';
import { lockState } from '../lock/lock-flag';
import { fromBase64, toBase64 } from '../lock/lock-crypto';
import type { FileHead } from './sync-file';
import { deriveSyncBits, keyFromBits, opensCheck, type SyncKey } from './sync-key';
import { SYNC_STORE, syncState, type StoredSetup } from './sync-state';

/** Sync can't run: it is off, or the key isn't known in this session (syncSetup says which). */
export class SyncNotReady extends Error {
  constructor(readonly why: 'off' | 'needs-passphrase') {
    super(why === 'off' ? 'Sync is not turned on on this device.' : 'The sync passphrase is needed again on this device.');
    this.name = 'SyncNotReady';
  }
}

/**
 * What this page holds in memory only: keys opened this session, the
 * passphrase just typed (kept only until the next sync ends, to open a file
 * sealed by a device this one hasn't met), and whether anything changed here
 * since this device last wrote its file.
 */
export type Memory = { keys: Map<string, SyncKey>; passphrase: string | null; hasChanged: boolean; wantsPassphrase: boolean };
const freshMemory = (): Memory => ({ keys: new Map(), passphrase: null, hasChanged: true, wantsPassphrase: false });
let memory = freshMemory();

/** What this page holds now (swapped whole in tests, cleared when sync goes off). */
export const syncMemory = () => memory;

export function forgetSyncMemory(): void {
  memory = freshMemory();
}

// Any change to a record, in this tab or another, means this device's file is behind.
onChange(() => {
  memory.hasChanged = true;
});

/** Tests only: swaps what this page holds in memory (several "devices" in one test). */
export function swapSyncMemoryForTests(next: unknown): unknown {
  const previous = memory;
  memory = (next as Memory | undefined) ?? freshMemory();
  return previous;
}

const isLockSet = () => pluggedLock()?.isSet() ?? false;

/** Keeps a key for later visits: with no lock, as a key that can't be read back; with a lock set, its bits sealed by the lock. */
export async function keepKey(key: SyncKey, bits: Uint8Array<ArrayBuffer>): Promise<void> {
  memory.keys.set(key.salt, key);
  const id = `key:${key.salt}`;
  await syncState.saveKey(key.salt, isLockSet() ? await sealValueForStorage(SYNC_STORE, { id, updatedAt: '' }, toBase64(bits)) : { key: key.key });
}

/** A key known for this salt: in memory, or kept on this device (while a lock is set, only while it is open). */
export async function knownKey(salt: string, iterations: number): Promise<SyncKey | null> {
  // While the lock is closed no key is known, not even one opened earlier on this page.
  if (lockState.getState().status === 'locked') {
    memory.keys.clear();
    return null;
  }
  const inMemory = memory.keys.get(salt);
  if (inMemory) return inMemory;
  const stored = await syncState.storedKey(salt);
  let key: CryptoKey | null = null;
  if (isSealed(stored)) {
    try {
      const bits = await openStored(SYNC_STORE, stored);
      if (typeof bits === 'string') key = await keyFromBits(fromBase64(bits));
    } catch {
      return null; // locked, or sealed by a lock no longer set: the passphrase is asked again
    }
  } else if (!isLockSet() && isObject(stored) && Object.prototype.toString.call(stored.key) === '[object CryptoKey]') {
    // Kept before a lock was set: not used while one is, since it would open files while the lock is closed.
    key = stored.key as CryptoKey;
  }
  if (!key) return null;
  const found = { salt, iterations, key };
  memory.keys.set(salt, found);
  return found;
}

export async function requireSetup(): Promise<StoredSetup> {
  const setup = await syncState.setup();
  if (!setup) throw new SyncNotReady('off');
  return setup;
}

export async function readyKey(setup: StoredSetup): Promise<SyncKey> {
  const key = await knownKey(setup.salt, setup.iterations);
  if (!key) throw new SyncNotReady('needs-passphrase');
  return key;
}

/** Finds (or, with the passphrase typed this session, derives) the key a file's parameters name. */
export async function keyFor(head: FileHead): Promise<SyncKey | null> {
  const known = await knownKey(head.kdf.salt, head.kdf.iterations);
  if (known) return known;
  const passphrase = memory.passphrase;
  if (passphrase === null) {
    memory.wantsPassphrase = true;
    return null;
  }
  const bits = await deriveSyncBits(passphrase, head.kdf.salt, head.kdf.iterations);
  const key: SyncKey = { salt: head.kdf.salt, iterations: head.kdf.iterations, key: await keyFromBits(bits) };
  // Kept only if it is the right one: a wrong passphrase leaves nothing behind.
  if (await opensCheck(key, head.check)) await keepKey(key, bits);
  return key;
}
