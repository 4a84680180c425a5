// Besides records, a collection's object store holds two kinds of marker, each
// under its own key prefix and with a field no record has. Both formats are
// frozen: older backups and later versions must recognise them.
//  - A tombstone: a record was deleted, and when. An older backup, or later a
//    sync, must not quietly bring it back.
//  - A set-aside value: something that could not be read, moved off the key it
//    was found at so that key can be used again. Nothing is ever dropped.
import type { StoredKey } from './backend';
import { isObject } from './record-reader';
import { keyLabel } from './storage-status';

const TOMBSTONE_PREFIX = '~deleted~';
const SET_ASIDE_PREFIX = '~set-aside~';

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
  return typeof key === 'string' && (key.startsWith(TOMBSTONE_PREFIX) || key.startsWith(SET_ASIDE_PREFIX));
}

export function tombstoneKey(id: string): string {
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

export function setAsideEntry(from: StoredKey, reason: string, raw: unknown, at = new Date()) {
  const value: SetAsideValue = { setAside: true, from: keyLabel(from), reason, at: at.toISOString(), raw };
  // The time keeps two values set aside from one key apart.
  return { key: `${SET_ASIDE_PREFIX}${keyLabel(from)}~${at.getTime()}`, value };
}

export function isSetAsideValue(value: unknown): value is SetAsideValue {
  return isObject(value) && value.setAside === true && typeof value.reason === 'string';
}
