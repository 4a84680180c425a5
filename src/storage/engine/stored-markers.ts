// Besides records, a collection's object store holds two kinds of marker, each
// under its own key prefix and with a field no record has. Both formats are
// frozen: older backups and later versions must recognise them.
//  - A tombstone: a record was deleted, and when. An older backup, or later a
//    sync, must not quietly bring it back.
//  - A set-aside value: something that could not be read, moved off the key it
//    was found at so that key can be used again. Nothing is ever dropped.
import type { StoredKey } from '../backends/backend';
import { isObject } from './record-reader';
import { isPossibleTime, isUsableId, RESERVED_KEY_PREFIXES } from './record-fields';
import { keyLabel } from '../signals/storage-status';

const [TOMBSTONE_PREFIX, SET_ASIDE_PREFIX] = RESERVED_KEY_PREFIXES;

export type Tombstone = { tombstone: true; id: string; deletedAt: string };
export type SetAsideValue = {
  setAside: true;
  /** The key it was found at. */
  from: string;
  reason: string;
  at: string;
  raw: unknown;
};

/** True for a key that holds a marker (a tombstone or a value set aside), not a record. */
export function isMarkerKey(key: unknown): boolean {
  return typeof key === 'string' && RESERVED_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** The key of a record's tombstone. An id that is itself a marker's key is never a record's. */
export function tombstoneKey(id: string): string {
  if (!isUsableId(id)) throw new Error(`"${id.slice(0, 80)}" can't be a record's id`);
  return `${TOMBSTONE_PREFIX}${id}`;
}

export function tombstone(id: string, deletedAt: string): Tombstone {
  return { tombstone: true, id, deletedAt };
}

export function isTombstone(value: unknown): value is Tombstone {
  return (
    isObject(value) &&
    value.tombstone === true &&
    typeof value.id === 'string' &&
    typeof value.deletedAt === 'string'
  );
}

/** A tombstone that could have been written by Mend: a usable id, a possible time. */
export function isPossibleTombstone(value: Tombstone): boolean {
  return isUsableId(value.id) && isPossibleTime(value.deletedAt);
}

export function setAsideEntry(from: StoredKey, reason: string, raw: unknown, at = new Date()) {
  const value: SetAsideValue = { setAside: true, from: keyLabel(from), reason, at: at.toISOString(), raw };
  // The time keeps two values set aside from one key apart.
  return { key: `${SET_ASIDE_PREFIX}${keyLabel(from)}~${at.getTime()}`, value };
}

export function isSetAsideValue(value: unknown): value is SetAsideValue {
  return isObject(value) && value.setAside === true && typeof value.reason === 'string';
}
