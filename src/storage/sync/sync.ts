// The one door the "Your devices" screen uses for sync: turning it on and off,
// the key, syncing with a folder (or files carried by hand), the devices seen.
// Each device writes only its own sealed file and reads every other one,
// merging it in through the same write path as an import.
// See docs/decisions/018 (the file, the key, the merge) and 019 (the target).

import { isObject } from '../engine/record-reader';
import { LockedError } from '../engine/sealing';
import { lockState } from '../lock/lock-flag';
import { KDF_ITERATIONS, randomBytes, SALT_BYTES, toBase64 } from '../lock/lock-crypto';
import type { RecordBase } from '../engine/collection';
import { deviceFileName, idFromFileName, openFile, readHead, type FileHead } from './sync-file';
import { checkValue, deriveSyncBits, keyFromBits, opensCheck, type SyncKey } from './sync-key';
import { forgetSyncMemory, keepKey, keyFor, knownKey, readyKey, requireSetup, syncMemory } from './sync-keyring';
import { mergeIn } from './sync-merge';
import { buildOwnFile, noteSent, writeOwnFile } from './sync-own-file';
import { syncState, type DeviceNote, type StoredSetup } from './sync-state';
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
export { SyncNotReady, swapSyncMemoryForTests } from './sync-keyring';

/** One sync at a time on this page: a second (the page coming back as the first runs) waits for the first. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args) => {
    const run = queue.then(() => work(...args));
    queue = run.catch(() => undefined);
    return run;
  };
}

const randomId = () => [...randomBytes(10)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function syncSetup(): Promise<SyncSetup | null> {
  const setup = await syncState.setup();
  if (!setup) return null;
  const key = await knownKey(setup.salt, setup.iterations);
  return {
    deviceId: setup.deviceId,
    deviceName: setup.deviceName,
    keyFrom: setup.keyFrom,
    needsPassphrase: key === null || syncMemory().wantsPassphrase,
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
  syncMemory().passphrase = choice.passphrase;
  syncMemory().hasChanged = true;
  syncMemory().wantsPassphrase = false;
  return 'ok';
}

/** The passphrase typed again (after the key was lost, or for a device not met yet): 'wrong' changes nothing. */
export async function unlockSync(passphrase: string): Promise<'ok' | 'wrong'> {
  const setup = await requireSetup();
  const bits = await deriveSyncBits(passphrase, setup.salt, setup.iterations);
  const key: SyncKey = { salt: setup.salt, iterations: setup.iterations, key: await keyFromBits(bits) };
  if (!(await opensCheck(key, setup.check))) return 'wrong';
  await keepKey(key, bits);
  syncMemory().passphrase = passphrase;
  syncMemory().wantsPassphrase = false;
  return 'ok';
}

export async function renameDevice(name: string): Promise<void> {
  const setup = await requireSetup();
  await syncState.saveSetup({ ...setup, deviceName: name.trim() || setup.deviceName });
  syncMemory().hasChanged = true;
}

/** Sync off: the setup, the key and what was seen go; every record stays. This device's file stays in the folder for the others. */
export async function turnOffSync(): Promise<void> {
  const setup = await syncState.setup();
  const former = [...(await syncState.formerIds()), ...(setup ? [setup.deviceId] : [])];
  await syncState.clear();
  await syncState.saveFormerIds(former);
  forgetSyncMemory();
}

/** "Delete here and stop syncing": nothing of sync is left here, so nothing comes back; the others keep everything. */
export async function stopSyncingHere(): Promise<void> {
  await syncState.clear();
  forgetSyncMemory();
}

/** This device's file, to save by hand (the browser can't keep a folder). What it holds is the base of the next merge. */
export const ownSyncFile = oneAtATime(async (): Promise<{ name: string; bytes: Uint8Array }> => {
  const built = await writeOwnFile(await requireSetup(), () => Promise.resolve());
  return { name: built.name, bytes: built.bytes };
});

/** Before "delete on every device": this device's file says every record is deleted, so the others delete too. */
export const prepareDeleteEverywhere = oneAtATime(async (target?: SyncTarget): Promise<{ name: string; bytes: Uint8Array }> => {
  const setup = await requireSetup();
  const built = await buildOwnFile(setup, await readyKey(setup), true);
  if (target) await target.write(built.name, built.bytes);
  await noteSent(built);
  return { name: built.name, bytes: built.bytes };
});

type Session = {
  /** Files the person chose by hand: a spoilt one is saved again, not waited for. */
  isByHand: boolean;
  setup: StoredSetup;
  report: SyncReport;
  devices: Record<string, DeviceNote>;
  /** The base of a three-way merge, opened once, when a merge first needs it. */
  base: Promise<Map<string, unknown>> | null;
};

async function openBase(): Promise<Map<string, unknown>> {
  const byId = new Map<string, unknown>();
  const bytes = await syncState.sentFile();
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
    session.report.skipped.push({ fileName: name, deviceName: whose, reason: skipReason(why, name, whose, session.isByHand) });
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
  syncMemory().hasChanged = true;
}

async function startSession(isByHand = false): Promise<Session> {
  // While the lock is closed nothing can be read or written: the lock's screen comes first.
  if (lockState.getState().status === 'locked') throw new LockedError();
  const setup = await requireSetup();
  await readyKey(setup);
  return { isByHand, setup, report: { brought: [], skipped: [], nothingNew: true }, devices: await syncState.devices(), base: null };
}

async function endSession(session: Session): Promise<SyncReport> {
  await syncState.saveDevices(session.devices);
  // The passphrase was kept only for this: files sealed by devices this one hadn't met.
  syncMemory().passphrase = null;
  const { report } = session;
  report.nothingNew = report.brought.length === 0 && report.skipped.length === 0;
  return report;
}

/** Reads every other device's file in the folder, merges it in, then writes this device's own. Throws LockedError while the lock is closed, SyncNotReady when off or the passphrase is needed. */
export const syncWith = oneAtATime(async (target: SyncTarget): Promise<SyncReport> => {
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
      const whose = id ? (session.devices[id]?.name ?? null) : null;
      session.report.skipped.push({ fileName: file.name, deviceName: whose, reason: skipReason('unreadable', file.name, whose) });
      continue;
    }
    if (await bringIn(session, file.name, bytes)) seen[file.name] = { size: file.size, modifiedAt: file.modifiedAt };
    else delete seen[file.name];
  }
  await syncState.saveSeenFiles(seen);
  if (syncMemory().hasChanged || !files.some((file) => file.name === ownName)) {
    await writeOwnFile(session.setup, (built) => target.write(built.name, built.bytes));
  }
  return endSession(session);
});

/** Files from other devices carried by hand: the same merge as a folder's. */
export const bringInSyncFiles = oneAtATime(async (files: { name: string; bytes: Uint8Array }[]): Promise<SyncReport> => {
  const session = await startSession(true);
  for (const file of files) await bringIn(session, file.name, file.bytes);
  return endSession(session);
});

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
