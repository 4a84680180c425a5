// A synchronous last-chance copy of changes being written as the page closes.
// IndexedDB transactions begun in pagehide can be cut off when a tab closes;
// localStorage writes finish before the handler returns. The next read of the
// collection applies each rescued change through the normal write path (its
// base version checked, unreadable ones set aside) and then forgets it.
// The key prefix is frozen, and so is each format: version 1 copies were the
// bare record; version 2 wraps it with the version it was based on.
import { isObject } from './record-reader';
import { registerDeviceStore } from './registry';
import { areWritesStopped } from './wipe-gate';

const PREFIX = 'mend-rescue:';

export type RescuedChange =
  | { id: string; kind: 'put'; raw: unknown; base: string | null | 'newest-wins' }
  | { id: string; kind: 'delete'; base: string | null }
  | { id: string; kind: 'unreadable'; text: string };

type StoredCopy = { rescue: 2; base: string | null; record?: unknown; isDelete?: true };

/** Set by the lock (while it is on, nothing readable may sit in localStorage). */
let isAllowed = () => true;
export function allowRescueCopies(check: () => boolean): void {
  isAllowed = check;
}

/** Returns the copy's text, so it is forgotten only if no later copy replaced it. */
export function rescuePut(collection: string, id: string, record: unknown, base: string | null): string {
  return write(collection, id, { rescue: 2, base, record });
}

export function rescueDelete(collection: string, id: string, base: string | null): string {
  return write(collection, id, { rescue: 2, base, isDelete: true });
}

function write(collection: string, id: string, copy: StoredCopy): string {
  // Everything is being deleted: a copy now would be applied again after it.
  if (!isAllowed() || areWritesStopped()) return '';
  try {
    const text = JSON.stringify(copy);
    localStorage.setItem(`${PREFIX}${collection}:${id}`, text);
    return text;
  } catch {
    // No localStorage, full, or a value JSON can't hold: the IndexedDB write under way is all we have.
    return '';
  }
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
  if (isObject(value) && value.rescue === 2) {
    const base = typeof value.base === 'string' ? value.base : null;
    if (value.isDelete === true) return { id, kind: 'delete', base };
    return { id, kind: 'put', raw: value.record, base };
  }
  // Version 1: the bare record, applied unless a newer one is stored.
  return { id, kind: 'put', raw: value, base: 'newest-wins' };
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
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // localStorage unavailable: there is nothing in it to forget.
  }
}
