// This device's own sync file: built from every collection, sealed, handed to
// where it goes (a folder, or the person saving it by hand), and only then
// noted as sent, the base of the next three-way merge (decision 018).
import { allCollections } from '../collections/all-collections';
import type { RecordBase } from '../engine/collection';
import { isObject } from '../engine/record-reader';
import { timeSlices } from '../../lib/yield-to-main';
import { deviceFileName, sealFile, type FileContents } from './sync-file';
import type { SyncKey } from './sync-key';
import { readyKey, syncMemory } from './sync-keyring';
import { travelling } from './sync-merge';
import { syncState, type StoredSetup } from './sync-state';

export type Built = { name: string; bytes: Uint8Array<ArrayBuffer>; versions: Record<string, Record<string, string>>; wroteAt: string };

/**
 * This device's file: every collection's records and deletion marks, sealed.
 * With `deleteAll`, every record goes as a deletion mark instead (deleting on every device).
 */
export async function buildOwnFile(setup: StoredSetup, key: SyncKey, deleteAll = false): Promise<Built> {
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

export async function noteSent(built: Built): Promise<void> {
  await syncState.saveSent({ versions: built.versions, bytes: built.bytes, wroteAt: built.wroteAt });
}

/**
 * Builds this device's file and hands it to `put`; only once it is put is it
 * noted as sent (the base of the next merge). A change made meanwhile, or a put
 * that fails, leaves the file to be written again at the next sync.
 */
export async function writeOwnFile(setup: StoredSetup, put: (built: Built) => Promise<void>): Promise<Built> {
  const key = await readyKey(setup);
  syncMemory().hasChanged = false;
  try {
    const built = await buildOwnFile(setup, key);
    await put(built);
    await noteSent(built);
    return built;
  } catch (error) {
    syncMemory().hasChanged = true;
    throw error;
  }
}
