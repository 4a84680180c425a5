// The lock's cryptography, all through WebCrypto: a key from the passphrase
// (PBKDF2-SHA256, 600,000 iterations, a random 16-byte salt), random 256-bit
// data keys wrapped by it, and AES-256-GCM with a fresh random 12-byte IV per
// value. Additional data binds each sealed value to its collection, its key
// and its version, so a value moved to another record, or given another
// version in plain sight, no longer opens. Loaded only when the lock is used.
import type { SealedAt, SealedEnvelope, Sealer } from '../engine/sealing';

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). Stored beside the data, so it can rise later. */
export const KDF_ITERATIONS = 600_000;
/** Refused above this: a file or a damaged store must not hold the device for minutes. */
export const MAX_KDF_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** The key that wraps data keys (or protects a backup), from a passphrase. Never extractable. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_KDF_ITERATIONS) {
    throw new RangeError(`An iteration count of ${iterations} is not one Mend uses.`);
  }
  // The same passphrase typed on another keyboard may arrive composed differently.
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encrypt(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, additionalData: Uint8Array<ArrayBuffer>) {
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plain);
  return { iv, data };
}

/** Throws (OperationError) on a wrong key, a changed byte, or other additional data. */
export async function decrypt(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  data: ArrayBuffer | Uint8Array<ArrayBuffer>,
  additionalData: Uint8Array<ArrayBuffer>,
): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, data);
}

export const textBytes = (text: string) => encoder.encode(text);
export const bytesText = (bytes: ArrayBuffer) => decoder.decode(bytes);

/** A data key: what seals records. Its bytes are stored only wrapped by the passphrase's key. */
export type DataKey = { id: string; key: CryptoKey };
export type WrappedKey = { id: string; iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

const wrapAad = (id: string) => textBytes(JSON.stringify(['mend-lock-key', 1, id]));

export function newDataKeyBytes(): { id: string; bytes: Uint8Array<ArrayBuffer> } {
  const id = [...randomBytes(8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { id, bytes: randomBytes(32) };
}

export async function importDataKey(id: string, bytes: Uint8Array<ArrayBuffer>): Promise<DataKey> {
  return { id, key: await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']) };
}

export async function wrapDataKey(wrappingKey: CryptoKey, id: string, bytes: Uint8Array<ArrayBuffer>): Promise<WrappedKey> {
  return { id, ...(await encrypt(wrappingKey, bytes, wrapAad(id))) };
}

/** The data key's bytes; throws when the passphrase is wrong (the wrapped key is the verifier). */
export async function unwrapDataKeyBytes(wrappingKey: CryptoKey, wrapped: WrappedKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await decrypt(wrappingKey, wrapped.iv, wrapped.data, wrapAad(wrapped.id)));
}

const recordAad = (collection: string, at: SealedAt) =>
  textBytes(JSON.stringify(['mend-record', 1, collection, at.id, at.updatedAt]));

/** Seals with the first key; opens with whichever key an envelope names. */
export function createSealer(keys: DataKey[]): Sealer {
  const current = keys[0];
  if (!current) throw new Error('A sealer needs a key.');
  return {
    async seal(collection, at, value) {
      const { iv, data } = await encrypt(current.key, textBytes(JSON.stringify(value)), recordAad(collection, at));
      const envelope: SealedEnvelope = { sealed: 1, id: at.id, updatedAt: at.updatedAt, key: current.id, iv, data };
      return envelope;
    },
    async unseal(collection, envelope) {
      const key = keys.find((k) => k.id === envelope.key);
      if (!key) throw new Error('it was sealed with a key this lock no longer holds');
      const iv = envelope.iv instanceof Uint8Array ? envelope.iv : new Uint8Array(envelope.iv);
      // Read through a view: bytes decoded from text (a copy kept as a page closed) may be another realm's buffer.
      const data = new Uint8Array(envelope.data);
      const plain = await decrypt(key.key, iv as Uint8Array<ArrayBuffer>, data, recordAad(collection, envelope));
      return JSON.parse(bytesText(plain)) as unknown;
    },
  };
}

/** Bytes as base64 text (for files), in chunks so a large backup doesn't overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('not base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
