// The seam where the optional lock encrypts what is stored. Collections pass
// every value through here: while no lock is set it changes nothing; with the
// lock on and open, a value is stored as a sealed envelope whose only plain
// fields are its id and updatedAt (so a write can still be checked against the
// version it started from, inside one transaction, without decrypting) and the
// id of the key that sealed it (so the pass that re-seals knows what to do
// without decrypting). While a lock is set but not open, nothing is written:
// writes wait for the key rather than land in plain text. The crypto itself
// lives with the lock (src/storage/lock/) and loads only when the lock is used;
// the lock plugs in at lock-seam.ts as the app starts: the engine never imports it.
// The envelope format is frozen: { sealed: 1, id, updatedAt, key, iv, data }.
// A value that is not a readable record (set aside, or unreadable where it
// lies) is sealed with updatedAt '' so a write never takes it for a version.
import { pluggedLock, type LockPlug } from './lock-seam';
import { isObject } from './record-reader';
import { forgetSealedAhead, setRescueSealing } from './rescue';

export type SealedEnvelope = {
  sealed: 1;
  id: string;
  updatedAt: string;
  /** Which of the lock's keys sealed it. */
  key: string;
  iv: Uint8Array;
  data: ArrayBuffer;
};

/** What an envelope is sealed to: the key it is stored at, and its version ('' for no record). */
export type SealedAt = { id: string; updatedAt: string };

export type Sealer = {
  /** The envelope to store for this value of this collection. */
  seal(collection: string, at: SealedAt, value: unknown): Promise<SealedEnvelope>;
  /** The value inside; throws if the key is wrong or a byte has changed. */
  unseal(collection: string, envelope: SealedEnvelope): Promise<unknown>;
};

let sealer: Sealer | null = null;
/** Whether new writes are sealed: a lock is set (and until it is open, writes wait); null until first asked. */
let sealsWrites: boolean | null = null;

function isSealingWrites(): boolean {
  sealsWrites ??= pluggedLock()?.isSet() ?? null;
  return sealsWrites ?? false;
}

// Nothing is written before the lock has plugged in: without it, a word could be
// stored readable on a locked device. A start that forgets the plug fails loudly.
function lockForWrites(): LockPlug {
  const lock = pluggedLock();
  if (!lock) throw new Error('Storage was written before the lock plugged in: import storage/lock/lock-watch first.');
  return lock;
}

/** Records sealed ahead of their write (see sealAhead in rescue.ts), by collection and id. */
const sealedAhead = new Map<string, { record: unknown; envelope: SealedEnvelope }>();

// A copy kept in localStorage as a page closes would be plain text: while a lock
// is set, copies are sealed as each change is made, and none is kept without the key.
setRescueSealing({
  isPlainAllowed: () => !lockForWrites().isSet(),
  async seal(collection, record) {
    if (!isSealingWrites() || !sealer) return null;
    const envelope = await sealer.seal(collection, record, record);
    // Its write, perhaps started as the page closes, then needs no crypto before its transaction.
    sealedAhead.set(`${collection}:${record.id}`, { record, envelope });
    return envelope;
  },
});

/**
 * Installs the lock's crypto (null: no key in memory). With `sealWrites` and no
 * sealer, writes are refused with LockedError; with a sealer and not
 * `sealWrites` (the lock being removed), sealed values still open.
 */
export function setSealer(next: Sealer | null, sealWrites: boolean): void {
  sealer = next;
  sealsWrites = sealWrites;
  sealedAhead.clear();
  forgetSealedAhead();
}

/** Whether this collection's values are stored plain by the person's choice, lock or no lock (the safety plan). */
export function isKeptPlain(collection: string): boolean {
  return pluggedLock()?.isKeptPlain(collection) ?? false;
}

/** A stored ArrayBuffer, from this window or another realm (tests, workers). */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

export function isSealed(value: unknown): value is SealedEnvelope {
  return (
    isObject(value) &&
    value.sealed === 1 &&
    typeof value.id === 'string' &&
    typeof value.updatedAt === 'string' &&
    isArrayBuffer(value.data)
  );
}

export class LockedError extends Error {
  constructor() {
    super('These records are locked with a passphrase.');
    this.name = 'LockedError';
  }
}

/** No key in memory: while a lock is set that means "locked"; without one, the value can't be opened. */
function noKey(): Error {
  return isSealingWrites() ? new LockedError() : new Error('it was sealed by a lock that is no longer set');
}

/** A stored value as plain data: opened if sealed (throws LockedError while locked). */
export async function openStored(collection: string, value: unknown): Promise<unknown> {
  if (!isSealed(value)) return value;
  if (!sealer) throw noKey();
  return sealer.unseal(collection, value);
}

/** Opens many values at once, keeping their order; a damaged one comes back as an Error. */
export async function openAll(collection: string, values: unknown[]): Promise<unknown[]> {
  if (!values.some(isSealed)) return values;
  if (!sealer && isSealingWrites()) throw new LockedError();
  return Promise.all(values.map((value) => openStored(collection, value).catch((error: unknown) => toError(error))));
}

/** What to store for this record: sealed while the lock is on, as it is otherwise. */
export async function sealForStorage(collection: string, record: { id: string; updatedAt: string }): Promise<unknown> {
  const key = `${collection}:${record.id}`;
  const early = sealedAhead.get(key);
  if (early && isSealingWrites() && isSameRecord(early.record, record)) {
    sealedAhead.delete(key);
    return early.envelope;
  }
  return sealValueForStorage(collection, record, record);
}

/** The same fields and values, whatever order the keys are in (a record checked by its schema is rebuilt in the schema's order). */
function isSameRecord(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) =>
      isObject(v) && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
    );
  return canonical(a) === canonical(b);
}

/** What to store for any value at this key: sealed while the lock is on. */
export async function sealValueForStorage(collection: string, at: SealedAt, value: unknown): Promise<unknown> {
  lockForWrites();
  if (!isSealingWrites() || isKeptPlain(collection)) return value;
  if (!sealer) throw new LockedError();
  return sealer.seal(collection, at, value);
}

/** The version a stored value holds, sealed or not (for checks inside a transaction). */
export function storedUpdatedAt(value: unknown): string | undefined {
  if (isSealed(value)) return value.updatedAt;
  return isObject(value) && typeof value.updatedAt === 'string' ? value.updatedAt : undefined;
}

/** A sealed value that holds no readable record (see the header): a write treats it as unreadable. */
export function isSealedNonRecord(value: unknown): boolean {
  return isSealed(value) && value.updatedAt === '';
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
