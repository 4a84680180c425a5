// What the shell tells a person about saving: working, not available on this
// device, or a write that just failed (out of space or another error); and the
// records that couldn't be read, one list for every screen that counts them.
import { watched } from '../../lib/watched';
import type { StoredKey } from '../backends/backend';

export type StorageMode = 'checking' | 'device' | 'memory';
export type WriteProblem = 'quota' | 'failed' | null;

export type SetAsideRecord = {
  collection: string;
  /** The key exactly as stored (it may not be a string), so removing it removes it. */
  key: StoredKey;
  /** Why it could not be read, in plain words. */
  reason: string;
  raw: unknown;
};

export type StorageStatus = {
  mode: StorageMode;
  writeProblem: WriteProblem;
  setAside: SetAsideRecord[];
  /** Collections whose records could not be read at all just now. */
  unreadableCollections: string[];
};

export const storageStatus = watched<StorageStatus>({
  mode: 'checking',
  writeProblem: null,
  setAside: [],
  unreadableCollections: [],
});

export function reportWriteProblem(error: unknown): Exclude<WriteProblem, null> {
  const problem = isQuotaError(error) ? 'quota' : 'failed';
  storageStatus.setState({ writeProblem: problem });
  return problem;
}

export function clearWriteProblem(): void {
  if (storageStatus.getState().writeProblem !== null)
    storageStatus.setState({ writeProblem: null });
}

/** A key as a person can read it. */
export function keyLabel(key: StoredKey): string {
  return typeof key === 'string' ? key : JSON.stringify(key) ?? String(key);
}

const sameKey = (a: StoredKey, b: StoredKey) => typeof a === typeof b && keyLabel(a) === keyLabel(b);

/** Everything set aside in one collection, as just read: replaces what was known of it. */
export function reportSetAside(collection: string, records: SetAsideRecord[]): void {
  storageStatus.setState((state) => ({
    setAside: [...state.setAside.filter((record) => record.collection !== collection), ...records],
  }));
}

/** One more record set aside (found while writing or applying a rescued copy). */
export function addSetAside(record: SetAsideRecord): void {
  storageStatus.setState((state) => ({
    setAside: [
      ...state.setAside.filter((r) => r.collection !== record.collection || !sameKey(r.key, record.key)),
      record,
    ],
  }));
}

export function dropSetAside(collection: string, key: StoredKey): void {
  storageStatus.setState((state) => ({
    setAside: state.setAside.filter(
      (record) => record.collection !== collection || !sameKey(record.key, key),
    ),
  }));
}

export function reportReadable(collection: string, isReadable: boolean): void {
  storageStatus.setState((state) => {
    const others = state.unreadableCollections.filter((name) => name !== collection);
    const next = isReadable ? others : [...others, collection];
    return next.length === state.unreadableCollections.length && isReadable
      ? state
      : { unreadableCollections: next };
  });
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || /quota/i.test(error.message);
}
