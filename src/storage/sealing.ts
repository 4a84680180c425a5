// The seam where the optional lock encrypts what is stored. Collections pass
// every value through here: while no lock is set it changes nothing; with the
// lock on and open, a record is stored as a sealed envelope whose only plain
// fields are its id and updatedAt (so a write can still be checked against the
// version it started from, inside one transaction, without decrypting). The
// crypto itself lives with the lock and loads only when the lock is used.
// The envelope format is frozen: { sealed: 1, id, updatedAt, iv, data }.
import { isObject } from './record-reader';

export type SealedEnvelope = {
  sealed: 1;
  id: string;
  updatedAt: string;
  iv: Uint8Array | ArrayBuffer;
  data: ArrayBuffer;
};

export type Sealer = {
  /** The envelope to store for this record of this collection. */
  seal(collection: string, record: { id: string; updatedAt: string }): Promise<SealedEnvelope>;
  /** The record inside; throws if the key is wrong or a byte has changed. */
  unseal(collection: string, envelope: SealedEnvelope): Promise<unknown>;
};

let sealer: Sealer | null = null;
/** Whether new writes are sealed: the lock is on (set by the lock as it opens or is turned off). */
let isSealingWrites = false;

export function setSealer(next: Sealer | null, sealWrites: boolean): void {
  sealer = next;
  isSealingWrites = next !== null && sealWrites;
}

export function isSealed(value: unknown): value is SealedEnvelope {
  return (
    isObject(value) &&
    value.sealed === 1 &&
    typeof value.id === 'string' &&
    typeof value.updatedAt === 'string' &&
    value.data instanceof ArrayBuffer
  );
}

export class LockedError extends Error {
  constructor() {
    super('These records are locked with a passphrase.');
    this.name = 'LockedError';
  }
}

/** A stored value as plain data: opened if sealed (throws LockedError with no key). */
export async function openStored(collection: string, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  if (!sealer) throw new LockedError();
  return sealer.unseal(collection, value);
}

/** Opens many values at once, keeping their order; a damaged one comes back as an Error. */
export async function openAll(collection: string, values: unknown[]): Promise<unknown[]> {
  if (!values.some(isSealed)) return values;
  if (!sealer) throw new LockedError();
  return Promise.all(values.map((value) => openStored(collection, value).catch((error: unknown) => toError(error))));
}

/** What to store for this record: sealed while the lock is on, as it is otherwise. */
export async function sealForStorage(collection: string, record: { id: string; updatedAt: string }): Promise<unknown> {
  return isSealingWrites && sealer ? sealer.seal(collection, record) : record;
}

/** The version a stored value holds, sealed or not (for checks inside a transaction). */
export function storedUpdatedAt(value: unknown): string | undefined {
  if (isSealed(value)) return value.updatedAt;
  return isObject(value) && typeof value.updatedAt === 'string' ? value.updatedAt : undefined;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
