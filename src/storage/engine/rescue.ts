// A synchronous last-chance copy of changes being written as the page closes.
// IndexedDB transactions begun in pagehide can be cut off when a tab closes;
// localStorage writes finish before the handler returns. The next read of the
// collection applies each rescued change through the normal write path (its
// base version checked, unreadable ones set aside) and then forgets it.
// With the lock on, nothing readable may sit in localStorage, and WebCrypto
// can't seal synchronously: each change is sealed as it is made (sealAhead),
// and the page closing writes the latest sealed copy, with nothing async left.
// The key prefix is frozen, and so is each format: version 1 copies were the
// bare record; version 2 wraps it with the version it was based on; version 3
// holds it sealed ({ rescue: 3, base, sealed: envelope with base64 bytes }).
import { isObject } from './record-reader';
import { registerDeviceStore } from '../signals/registry';
import { areWritesStopped } from '../signals/wipe-gate';

const PREFIX = 'mend-rescue:';

/** A sealed value as the lock stores it (sealing.ts), in a form JSON can hold. */
export type SealedCopy = { sealed: 1; id: string; updatedAt: string; key: string; iv: Uint8Array; data: ArrayBuffer };

export type RescuedChange =
  | { id: string; kind: 'put'; raw: unknown; base: string | null | 'newest-wins' }
  | { id: string; kind: 'sealed-put'; envelope: SealedCopy; base: string | null }
  | { id: string; kind: 'delete'; base: string | null }
  | { id: string; kind: 'unreadable'; text: string };

type StoredCopy =
  | { rescue: 2; base: string | null; record?: unknown; isDelete?: true }
  | { rescue: 3; base: string | null; sealed: SealedText };

type Sealing = {
  /** Whether a copy may hold the record as it is (no lock set). */
  isPlainAllowed: () => boolean;
  /** The record sealed as the lock stores it; null when it can't be (no key). */
  seal: (collection: string, record: { id: string; updatedAt: string }) => Promise<SealedCopy | null>;
};

/** Set by the lock's seam (sealing.ts): while a lock is set, copies are sealed or not kept. */
let sealing: Sealing = { isPlainAllowed: () => true, seal: () => Promise.resolve(null) };
export function setRescueSealing(next: Sealing): void {
  sealing = next;
  ahead.clear();
}

/** The key changed (or went): copies sealed with the one before are not kept. */
export function forgetSealedAhead(): void {
  ahead.clear();
}

/** Per record: the latest change, and the latest one sealed, ready to be written at once. */
type Ahead = {
  latest: { id: string; updatedAt: string };
  ready: { updatedAt: string; sealed: SealedText } | null;
  isSealing: boolean;
};
type SealedText = { id: string; updatedAt: string; key: string; iv: string; data: string };
const ahead = new Map<string, Ahead>();

/**
 * Called on every change shown on screen. While a lock is set, the change is
 * sealed now (one seal at a time per record; the newest wins), so that a page
 * closing a moment later has a sealed copy to write synchronously.
 */
export function sealAhead(collection: string, record: { id: string; updatedAt: string }): void {
  if (sealing.isPlainAllowed()) return;
  const key = `${collection}:${record.id}`;
  const slot = ahead.get(key) ?? { latest: record, ready: null, isSealing: false };
  slot.latest = record;
  ahead.set(key, slot);
  if (!slot.isSealing) void sealLatest(collection, key, slot);
}

async function sealLatest(collection: string, key: string, slot: Ahead): Promise<void> {
  slot.isSealing = true;
  try {
    for (let sealed: unknown = null; sealed !== slot.latest; ) {
      const record = slot.latest;
      const envelope = await sealing.seal(collection, record).catch(() => null);
      if (!envelope || ahead.get(key) !== slot) return;
      slot.ready = { updatedAt: record.updatedAt, sealed: sealedText(envelope) };
      sealed = record;
    }
  } finally {
    slot.isSealing = false;
  }
}

/** Returns the copy's text, so it is forgotten only if no later copy replaced it. */
export function rescuePut(collection: string, id: string, record: unknown, base: string | null): string {
  if (sealing.isPlainAllowed()) return write(collection, id, JSON.stringify({ rescue: 2, base, record }));
  // Never plain: the latest sealed copy, if it is newer than the version it will be applied over.
  const ready = ahead.get(`${collection}:${id}`)?.ready;
  if (!ready || (base !== null && !(Date.parse(ready.updatedAt) > Date.parse(base)))) return '';
  const copy: StoredCopy = { rescue: 3, base, sealed: ready.sealed };
  return write(collection, id, JSON.stringify(copy));
}

/** A delete holds no words (ids are plain in storage too): kept with the lock on as well. */
export function rescueDelete(collection: string, id: string, base: string | null): string {
  ahead.delete(`${collection}:${id}`);
  return write(collection, id, JSON.stringify({ rescue: 2, base, isDelete: true }));
}

function write(collection: string, id: string, text: string): string {
  // Everything is being deleted: a copy now would be applied again after it.
  if (areWritesStopped()) return '';
  try {
    localStorage.setItem(`${PREFIX}${collection}:${id}`, text);
    return text;
  } catch {
    // No localStorage, full, or a value JSON can't hold: the IndexedDB write under way is all we have.
    return '';
  }
}

function sealedText({ id, updatedAt, key, iv, data }: SealedCopy): SealedText {
  return { id, updatedAt, key, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function rescuedChanges(collection: string): RescuedChange[] {
  const found: RescuedChange[] = [];
  const prefix = `${PREFIX}${collection}:`;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const id = key.slice(prefix.length);
      const text = localStorage.getItem(key) ?? '';
      found.push(parse(id, text));
    }
  } catch {
    return [];
  }
  return found;
}

function parse(id: string, text: string): RescuedChange {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { id, kind: 'unreadable', text };
  }
  if (isObject(value) && value.rescue === 3) return parseSealed(id, text, value);
  if (isObject(value) && value.rescue === 2) {
    const base = typeof value.base === 'string' ? value.base : null;
    if (value.isDelete === true) return { id, kind: 'delete', base };
    return { id, kind: 'put', raw: value.record, base };
  }
  // Version 1: the bare record, applied unless a newer one is stored.
  return { id, kind: 'put', raw: value, base: 'newest-wins' };
}

function parseSealed(id: string, text: string, value: Record<string, unknown>): RescuedChange {
  const base = typeof value.base === 'string' ? value.base : null;
  const sealed = value.sealed;
  if (!isObject(sealed)) return { id, kind: 'unreadable', text };
  const { id: sealedId, updatedAt, key, iv, data } = sealed;
  if (typeof sealedId !== 'string' || typeof updatedAt !== 'string' || typeof key !== 'string') return { id, kind: 'unreadable', text };
  if (typeof iv !== 'string' || typeof data !== 'string') return { id, kind: 'unreadable', text };
  try {
    const envelope: SealedCopy = { sealed: 1, id: sealedId, updatedAt, key, iv: fromBase64(iv), data: fromBase64(data).buffer };
    return { id, kind: 'sealed-put', envelope, base };
  } catch {
    return { id, kind: 'unreadable', text };
  }
}

/** Forgets the rescued copy of one record; with `onlyIf`, only if it is still that copy. */
export function forgetRescued(collection: string, id: string, onlyIf?: string): void {
  try {
    const key = `${PREFIX}${collection}:${id}`;
    if (onlyIf !== undefined && localStorage.getItem(key) !== onlyIf) return;
    localStorage.removeItem(key);
  } catch {
    // Nothing to do: a leftover copy is applied again harmlessly (its base is checked).
  }
}

registerDeviceStore({ name: 'copies rescued as a page closed', clear: () => forgetAllRescued() });

/** Every rescued copy of every collection goes (deleting everything, or the lock). */
export function forgetAllRescued(): void {
  ahead.clear();
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // localStorage unavailable: there is nothing in it to forget.
  }
}
