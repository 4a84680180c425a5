// The one door the "Your devices" screen uses for sync: turning it on and off,
// the key, syncing with a folder (or files carried by hand), the devices seen.
// Each device writes only its own sealed file and reads every other one,
// merging it in through the same write path as an import.
// See docs/decisions/018 (the file, the key, the merge) and 019 (the target).

import { allCollections } from '../collections/all-collections';
import { pluggedLock } from '../engine/lock-seam';
import { isObject } from '../engine/record-reader';
import { isSealed, LockedError, openStored, sealValueForStorage } from '../engine/sealing';
import { onChange } from '../signals/cross-tab';
import { lockState } from '../lock/lock-flag';
import { fromBase64, KDF_ITERATIONS, randomBytes, SALT_BYTES, toBase64 } from '../lock/lock-crypto';
import { timeSlices } from '../../lib/yield-to-main';
import type { RecordBase } from '../engine/collection';
import { deviceFileName, idFromFileName, openFile, readHead, sealFile, type FileContents, type FileHead } from './sync-file';
import { checkValue, deriveSyncBits, keyFromBits, opensCheck, type SyncKey } from './sync-key';
import { mergeIn, travelling } from './sync-merge';
import { SYNC_STORE, syncState, type DeviceNote, type StoredSetup } from './sync-state';
import type { SyncTarget } from './sync-target';
import { broughtWords, skipReason, type SkipWhy } from './sync-words';


/** How this device is set up to sync; null when sync is off. */
export type SyncSetup = {
  deviceId: string;
  deviceName: string;
  /** Where the key comes from: a sync passphrase of its own, or the lock's passphrase. */
  keyFrom: 'passphrase' | 'lock';
  /** The key isn't known in this session (or is kept under a closed lock): the passphrase must be typed again. */
  needsPassphrase: boolean;
};

/** Turning sync on: a passphrase of its own, or the lock's (typed once, checked against the lock). */
export type TurnOnChoice =
  | { deviceName: string; passphrase: string }
  | { deviceName: string; useLock: true; passphrase: string };

export type SyncSkipped = {
  /** The file's name in the folder (or as brought in by hand). */
  fileName: string;
  /** The device that wrote it, when known (a file that can't be opened doesn't say). */
  deviceName: string | null;
  /** One calm sentence: which file, why, and that nothing changed. */
  reason: string;
};

export type SyncReport = {
  /** What each other device's file brought, in words: "3 journal entries and 1 goal". */
  brought: { deviceName: string; words: string }[];
  skipped: SyncSkipped[];
  /** Nothing came in and nothing was skipped. */
  nothingNew: boolean;
};

export type SyncDevice = {
  id: string;
  name: string;
  /** When that device last wrote its file (this device: when it last wrote its own); null if never. */
  lastWroteAt: string | null;
  /** What the last sync brought from it, in words ("3 journal entries and 1 goal"), or null. */
  lastBrought: string | null;
  isThis: boolean;
};

export { SYNC_PASSPHRASE_WORDS } from './sync-words';

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
type Memory = { keys: Map<string, SyncKey>; passphrase: string | null; hasChanged: boolean; wantsPassphrase: boolean };
const freshMemory = (): Memory => ({ keys: new Map(), passphrase: null, hasChanged: true, wantsPassphrase: false });
let memory = freshMemory();

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
const randomId = () => [...randomBytes(10)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Keeps a key for later visits: with no lock, as a key that can't be read back; with a lock set, its bits sealed by the lock. */
async function keepKey(key: SyncKey, bits: Uint8Array<ArrayBuffer>): Promise<void> {
  memory.keys.set(key.salt, key);
  const id = `key:${key.salt}`;
  await syncState.saveKey(key.salt, isLockSet() ? await sealValueForStorage(SYNC_STORE, { id, updatedAt: '' }, toBase64(bits)) : { key: key.key });
}

/** A key known for this salt: in memory, or kept on this device (while a lock is set, only while it is open). */
async function knownKey(salt: string, iterations: number): Promise<SyncKey | null> {
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

async function requireSetup(): Promise<StoredSetup> {
  const setup = await syncState.setup();
  if (!setup) throw new SyncNotReady('off');
  return setup;
}

export async function syncSetup(): Promise<SyncSetup | null> {
  const setup = await syncState.setup();
  if (!setup) return null;
  const key = await knownKey(setup.salt, setup.iterations);
  return {
    deviceId: setup.deviceId,
    deviceName: setup.deviceName,
    keyFrom: setup.keyFrom,
    needsPassphrase: key === null || memory.wantsPassphrase,
  };
}

/** Turns sync on: 'wrong' when "use the lock's passphrase" was chosen and these aren't its words (nothing changes). */
export async function turnOnSync(choice: TurnOnChoice): Promise<'ok' | 'wrong'> {
  const useLock = 'useLock' in choice;
  if (useLock) {
    const { isLockPassphrase } = await import('../lock/lock-session');
    if (!(await isLockPassphrase(choice.passphrase))) return 'wrong';
  }
  const before = await syncState.setup();
  const salt = toBase64(randomBytes(SALT_BYTES));
  const bits = await deriveSyncBits(choice.passphrase, salt, KDF_ITERATIONS);
  const key: SyncKey = { salt, iterations: KDF_ITERATIONS, key: await keyFromBits(bits) };
  const setup: StoredSetup = {
    format: 1,
    deviceId: before?.deviceId ?? `d${randomId()}`,
    deviceName: choice.deviceName.trim() || 'This device',
    keyFrom: useLock ? 'lock' : 'passphrase',
    salt,
    iterations: KDF_ITERATIONS,
    keySince: new Date().toISOString(),
    check: await checkValue(key),
  };
  await keepKey(key, bits);
  await syncState.saveSetup(setup);
  memory.passphrase = choice.passphrase;
  memory.hasChanged = true;
  memory.wantsPassphrase = false;
  return 'ok';
}

/** The passphrase typed again (after the key was lost, or for a device not met yet): 'wrong' changes nothing. */
export async function unlockSync(passphrase: string): Promise<'ok' | 'wrong'> {
  const setup = await requireSetup();
  const bits = await deriveSyncBits(passphrase, setup.salt, setup.iterations);
  const key: SyncKey = { salt: setup.salt, iterations: setup.iterations, key: await keyFromBits(bits) };
  if (!(await opensCheck(key, setup.check))) return 'wrong';
  await keepKey(key, bits);
  memory.passphrase = passphrase;
  memory.wantsPassphrase = false;
  return 'ok';
}

export async function renameDevice(name: string): Promise<void> {
  const setup = await requireSetup();
  await syncState.saveSetup({ ...setup, deviceName: name.trim() || setup.deviceName });
  memory.hasChanged = true;
}

/** Sync off: the setup, the key and what was seen go; every record stays. This device's file stays in the folder for the others. */
export async function turnOffSync(): Promise<void> {
  const setup = await syncState.setup();
  const former = [...(await syncState.formerIds()), ...(setup ? [setup.deviceId] : [])];
  await syncState.clear();
  await syncState.saveFormerIds(former);
  memory = freshMemory();
}

/** "Delete here and stop syncing": nothing of sync is left here, so nothing comes back; the others keep everything. */
export async function stopSyncingHere(): Promise<void> {
  await syncState.clear();
  memory = freshMemory();
}

async function readyKey(setup: StoredSetup): Promise<SyncKey> {
  const key = await knownKey(setup.salt, setup.iterations);
  if (!key) throw new SyncNotReady('needs-passphrase');
  return key;
}

type Built = { name: string; bytes: Uint8Array<ArrayBuffer>; versions: Record<string, Record<string, string>>; wroteAt: string };

/**
 * This device's file: every collection's records and deletion marks, sealed.
 * With `deleteAll`, every record goes as a deletion mark instead (deleting on every device).
 */
async function buildOwnFile(setup: StoredSetup, key: SyncKey, deleteAll = false): Promise<Built> {
  const sent = await syncState.sent();
  const values: FileContents['values'] = [];
  const versions: Record<string, Record<string, string>> = {};
  const wroteAt = new Date().toISOString();
  const slices = timeSlices();
  for (const collection of allCollections()) {
    const before = sent.versions[collection.name] ?? {};
    const now: Record<string, string> = {};
    const entries = await collection.rawEntries({ inPages: true });
    for (const [i, { key: storedKey, value }] of entries.entries()) {
      if (i % 256 === 255) await slices.check();
      const id = typeof storedKey === 'string' ? storedKey : '';
      const isMark = isObject(value) && value.tombstone === true;
      const markId = isMark && typeof value.id === 'string' ? value.id : id;
      const out = travelling(storedKey, value, before[markId]);
      if (out === null) continue;
      const record = out as RecordBase;
      if (isMark) {
        if (before[markId] !== undefined) now[markId] = before[markId];
        values.push({ collection: collection.name, value: out });
      } else if (deleteAll) {
        values.push({ collection: collection.name, value: { tombstone: true, id, deletedAt: wroteAt, of: record.updatedAt } });
      } else {
        now[id] = record.updatedAt;
        values.push({ collection: collection.name, value: out });
      }
    }
    versions[collection.name] = now;
  }
  const contents: FileContents = { deviceId: setup.deviceId, deviceName: setup.deviceName, wroteAt, keySince: setup.keySince, values };
  return { name: deviceFileName(setup.deviceId), bytes: await sealFile(contents, key), versions, wroteAt };
}

async function noteSent(built: Built): Promise<void> {
  await syncState.saveSent({ versions: built.versions, bytes: built.bytes, wroteAt: built.wroteAt });
}

/**
 * Builds this device's file and hands it to `put`; only once it is put is it
 * noted as sent (the base of the next merge). A change made meanwhile, or a put
 * that fails, leaves the file to be written again at the next sync.
 */
async function writeOwnFile(setup: StoredSetup, put: (built: Built) => Promise<void>): Promise<Built> {
  const key = await readyKey(setup);
  memory.hasChanged = false;
  try {
    const built = await buildOwnFile(setup, key);
    await put(built);
    await noteSent(built);
    return built;
  } catch (error) {
    memory.hasChanged = true;
    throw error;
  }
}

/** This device's file, to save by hand (the browser can't keep a folder). What it holds is the base of the next merge. */
export async function ownSyncFile(): Promise<{ name: string; bytes: Uint8Array }> {
  const built = await writeOwnFile(await requireSetup(), () => Promise.resolve());
  return { name: built.name, bytes: built.bytes };
}

/** Before "delete on every device": this device's file says every record is deleted, so the others delete too. */
export async function prepareDeleteEverywhere(target?: SyncTarget): Promise<{ name: string; bytes: Uint8Array }> {
  const setup = await requireSetup();
  const built = await buildOwnFile(setup, await readyKey(setup), true);
  if (target) await target.write(built.name, built.bytes);
  await noteSent(built);
  return { name: built.name, bytes: built.bytes };
}

type Session = {
  setup: StoredSetup;
  report: SyncReport;
  devices: Record<string, DeviceNote>;
  /** The base of a three-way merge, opened once, when a merge first needs it. */
  base: Promise<Map<string, unknown>> | null;
};

/** Finds (or, with the passphrase typed this session, derives) the key a file's parameters name. */
async function keyFor(head: FileHead): Promise<SyncKey | null> {
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

async function openBase(): Promise<Map<string, unknown>> {
  const byId = new Map<string, unknown>();
  const { bytes } = await syncState.sent();
  if (!bytes) return byId;
  const head = readHead(bytes);
  if (!head.ok) return byId;
  const opened = await openFile(head, (h) => knownKey(h.kdf.salt, h.kdf.iterations));
  if (!opened.ok) return byId;
  for (const { collection, value } of opened.contents.values) {
    if (isObject(value) && typeof value.id === 'string') byId.set(`${collection}\n${value.id}`, value);
  }
  return byId;
}

/** One other device's file merged in; false when it must be read again next time. */
async function bringIn(session: Session, name: string, bytes: Uint8Array): Promise<boolean> {
  const byName = idFromFileName(name);
  const knownName = byName ? (session.devices[byName]?.name ?? null) : null;
  const skip = (why: SkipWhy, whose = knownName) => {
    session.report.skipped.push({ fileName: name, deviceName: whose, reason: skipReason(why, name, whose) });
    return false;
  };
  const head = readHead(bytes);
  if (!head.ok) return skip(head.problem);
  const opened = await openFile(head, keyFor);
  if (!opened.ok) return skip(opened.problem);
  const { contents } = opened;
  if (contents.deviceId === session.setup.deviceId) return skip('this-device', null);
  if (session.devices[contents.deviceId]?.isForgotten) return true;
  await adoptGroupKey(session, head.head, contents.keySince);
  const sent = await syncState.sent();
  const merged = await mergeIn(contents.values, sent.versions, async (collection, id, version) => {
    session.base ??= openBase();
    const value = (await session.base).get(`${collection}\n${id}`);
    return isObject(value) && value.updatedAt === version ? (value as RecordBase) : null;
  });
  const words = broughtWords(merged.brought, merged.removed);
  if (words) session.report.brought.push({ deviceName: contents.deviceName, words });
  session.devices[contents.deviceId] = {
    name: contents.deviceName,
    lastWroteAt: contents.wroteAt,
    lastBrought: words || (session.devices[contents.deviceId]?.lastBrought ?? null),
    isForgotten: false,
  };
  return merged.missed === 0;
}

/**
 * Devices that sync together seal with one salt, so each opens the others'
 * files with the key it keeps: a device that joined later takes the group's
 * earlier one (its own file is written with it from now on).
 */
async function adoptGroupKey(session: Session, head: FileHead, keySince: string): Promise<void> {
  const { setup } = session;
  if (head.kdf.salt === setup.salt) return;
  const isEarlier = keySince < setup.keySince || (keySince === setup.keySince && head.kdf.salt < setup.salt);
  if (!isEarlier) return;
  session.setup = { ...setup, salt: head.kdf.salt, iterations: head.kdf.iterations, keySince, check: head.check };
  await syncState.saveSetup(session.setup);
  memory.hasChanged = true;
}

async function startSession(): Promise<Session> {
  // While the lock is closed nothing can be read or written: the lock's screen comes first.
  if (lockState.getState().status === 'locked') throw new LockedError();
  const setup = await requireSetup();
  await readyKey(setup);
  return { setup, report: { brought: [], skipped: [], nothingNew: true }, devices: await syncState.devices(), base: null };
}

async function endSession(session: Session): Promise<SyncReport> {
  await syncState.saveDevices(session.devices);
  // The passphrase was kept only for this: files sealed by devices this one hadn't met.
  memory.passphrase = null;
  const { report } = session;
  report.nothingNew = report.brought.length === 0 && report.skipped.length === 0;
  return report;
}

/** Reads every other device's file in the folder, merges it in, then writes this device's own. Throws LockedError while the lock is closed, SyncNotReady when off or the passphrase is needed. */
export async function syncWith(target: SyncTarget): Promise<SyncReport> {
  const session = await startSession();
  const ownName = deviceFileName(session.setup.deviceId);
  const files = await target.list();
  const seen = await syncState.seenFiles();
  for (const file of files) {
    const id = idFromFileName(file.name);
    if (file.name === ownName || !file.name.endsWith('.mendsync') || (id && session.devices[id]?.isForgotten)) continue;
    const last = seen[file.name];
    if (last && last.size === file.size && last.modifiedAt === file.modifiedAt) continue;
    let bytes: Uint8Array;
    try {
      bytes = await target.read(file.name);
    } catch {
      session.report.skipped.push({ fileName: file.name, deviceName: null, reason: skipReason('unreadable', file.name, id ? (session.devices[id]?.name ?? null) : null) });
      continue;
    }
    if (await bringIn(session, file.name, bytes)) seen[file.name] = { size: file.size, modifiedAt: file.modifiedAt };
    else delete seen[file.name];
  }
  await syncState.saveSeenFiles(seen);
  if (memory.hasChanged || !files.some((file) => file.name === ownName)) {
    await writeOwnFile(session.setup, (built) => target.write(built.name, built.bytes));
  }
  return endSession(session);
}

/** Files from other devices carried by hand: the same merge as a folder's. */
export async function bringInSyncFiles(files: { name: string; bytes: Uint8Array }[]): Promise<SyncReport> {
  const session = await startSession();
  for (const file of files) await bringIn(session, file.name, file.bytes);
  return endSession(session);
}

/** Every device seen, this one first. */
export async function knownDevices(): Promise<SyncDevice[]> {
  const setup = await syncState.setup();
  if (!setup) return [];
  const sent = await syncState.sent();
  const others = Object.entries(await syncState.devices())
    .filter(([, note]) => !note.isForgotten)
    .map(([id, note]) => ({ id, name: note.name, lastWroteAt: note.lastWroteAt, lastBrought: note.lastBrought, isThis: false }));
  return [{ id: setup.deviceId, name: setup.deviceName, lastWroteAt: sent.wroteAt ?? null, lastBrought: null, isThis: true }, ...others];
}

/** Forgets a device: its file is ignored from now on, and removed from the folder only if this device wrote it (before sync was last turned off here). */
export async function forgetDevice(id: string, target?: SyncTarget): Promise<void> {
  const setup = await requireSetup();
  if (id === setup.deviceId) throw new Error('This device can’t forget itself; turn sync off instead.');
  const devices = await syncState.devices();
  devices[id] = { name: devices[id]?.name ?? id, lastWroteAt: devices[id]?.lastWroteAt ?? null, lastBrought: null, isForgotten: true };
  await syncState.saveDevices(devices);
  if (target && (await syncState.formerIds()).includes(id)) await target.remove(deviceFileName(id));
}
