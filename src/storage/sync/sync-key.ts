// The sync key: AES-256-GCM, from the sync passphrase by PBKDF2-SHA256 (the
// lock's own scheme and iteration count, lock-crypto.ts) with a salt shared by
// the devices that sync together. A check value sealed with it tells a wrong
// passphrase from a damaged file. How the key is kept between visits, without
// the person typing it every time, is in docs/decisions/018.
import { decrypt, encrypt, fromBase64, KDF_ITERATIONS, MAX_KDF_ITERATIONS, textBytes, toBase64 } from '../lock/lock-crypto';

export type SyncKey = { salt: string; iterations: number; key: CryptoKey };
export type Sealed = { iv: string; data: string };

/** The key's bits: kept (sealed by the lock) only while a lock is set; otherwise turned straight into a key that can't be read back. */
export async function deriveSyncBits(passphrase: string, salt: string, iterations = KDF_ITERATIONS): Promise<Uint8Array<ArrayBuffer>> {
  if (!Number.isSafeInteger(iterations) || iterations < KDF_ITERATIONS || iterations > MAX_KDF_ITERATIONS) {
    throw new RangeError(`An iteration count of ${iterations} is not one Mend uses.`);
  }
  // The same passphrase typed on another keyboard may arrive composed differently.
  const material = await crypto.subtle.importKey('raw', textBytes(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations }, material, 256);
  return new Uint8Array(bits);
}

export function keyFromBits(bits: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const checkAad = (salt: string) => textBytes(JSON.stringify(['mend-sync-check', 1, salt]));
const CHECK_WORDS = 'mend-sync-key';

/** A small value sealed with the key: opening it is how a wrong passphrase is known, apart from a damaged file. */
export async function checkValue(key: SyncKey): Promise<Sealed> {
  const { iv, data } = await encrypt(key.key, textBytes(CHECK_WORDS), checkAad(key.salt));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** True when this key opens the check value (false for a wrong passphrase, or a check that isn't one). */
export async function opensCheck(key: SyncKey, check: Sealed): Promise<boolean> {
  try {
    const plain = await decrypt(key.key, fromBase64(check.iv), fromBase64(check.data), checkAad(key.salt));
    return new TextDecoder().decode(plain) === CHECK_WORDS;
  } catch {
    return false;
  }
}
