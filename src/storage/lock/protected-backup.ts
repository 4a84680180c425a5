// Backup files protected with a passphrase. Pure functions: text in, text out.
//
// The contract (what the Your data screen relies on):
//  - protectBackup(text, passphrase) returns a JSON document
//      { "app": "mend", "format": 1, "protected": {
//          "kdf": "PBKDF2-SHA256", "iterations": 600000, "salt": <base64, 16 bytes>,
//          "cipher": "AES-256-GCM",
//          "check": { "iv": <base64, 12 bytes>, "data": <base64> },
//          "iv": <base64, 12 bytes>, "data": <base64> } }
//    where data is the backup text (UTF-8) sealed with a key derived from the
//    passphrase, and check is a short known text sealed with the same key, so a
//    wrong passphrase can be told apart from a damaged file. Every call uses a
//    fresh salt and fresh IVs. It takes about as long as unlocking (PBKDF2).
//  - openProtectedBackup(text, passphrase) returns exactly the text that was
//    protected, or throws ProtectedBackupError with a `reason`:
//      'not-protected'     the file is not a protected Mend backup (a plain
//                          backup, another app's file, not JSON): read it as usual;
//      'unsupported'       a protected backup in a format or with settings this
//                          version can't open (a newer Mend wrote it);
//      'wrong-passphrase'  the passphrase doesn't open it (or, rarely, the salt or the
//                          check was changed: the two can't be told apart);
//      'damaged'           the passphrase is right but the backup inside was changed or cut short.
//    It never returns partial text. isProtectedBackup(text) says whether to ask
//    for a passphrase at all; it does not parse more than the top level.
import { z } from 'zod/mini';
import {
  bytesText,
  decrypt,
  deriveKey,
  encrypt,
  fromBase64,
  KDF_ITERATIONS,
  MAX_KDF_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  textBytes,
  toBase64,
} from './lock-crypto';

export type ProtectedBackupProblem = 'not-protected' | 'unsupported' | 'wrong-passphrase' | 'damaged';

export class ProtectedBackupError extends Error {
  constructor(readonly reason: ProtectedBackupProblem) {
    super(
      {
        'not-protected': "This file isn't a passphrase-protected Mend backup.",
        unsupported: 'This protected backup was made by a newer version of Mend.',
        'wrong-passphrase': "That passphrase doesn't open this backup.",
        damaged: 'This backup has been changed or cut short since it was made, so it cannot be opened.',
      }[reason],
    );
    this.name = 'ProtectedBackupError';
  }
}

const FORMAT = 1;
const CHECK_TEXT = 'mend-backup-check';
const AAD = textBytes(JSON.stringify(['mend-backup', FORMAT]));
const CHECK_AAD = textBytes(JSON.stringify(['mend-backup-check', FORMAT]));

const base64 = z.string().check(z.maxLength(200_000_000));
const SealedSchema = z.object({ iv: base64, data: base64 });
const ProtectedSchema = z.object({
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().check(z.int(), z.gte(KDF_ITERATIONS), z.lte(MAX_KDF_ITERATIONS)),
  salt: base64,
  cipher: z.literal('AES-256-GCM'),
  check: SealedSchema,
  iv: base64,
  data: base64,
});

export async function protectBackup(text: string, passphrase: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  const check = await encrypt(key, textBytes(CHECK_TEXT), CHECK_AAD);
  const sealed = await encrypt(key, textBytes(text), AAD);
  return JSON.stringify({
    app: 'mend',
    format: FORMAT,
    protected: {
      kdf: 'PBKDF2-SHA256',
      iterations: KDF_ITERATIONS,
      salt: toBase64(salt),
      cipher: 'AES-256-GCM',
      check: { iv: toBase64(check.iv), data: toBase64(new Uint8Array(check.data)) },
      iv: toBase64(sealed.iv),
      data: toBase64(new Uint8Array(sealed.data)),
    },
  });
}

/** The top level of the file, if it is one of ours with a `protected` field. */
function protectedPart(text: string): { format: unknown; protected: unknown } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const top = value as Record<string, unknown>;
  if (top.app !== 'mend' || !Object.hasOwn(top, 'protected')) return null;
  return { format: top.format, protected: top.protected };
}

export function isProtectedBackup(text: string): boolean {
  return protectedPart(text) !== null;
}

export async function openProtectedBackup(text: string, passphrase: string): Promise<string> {
  const part = protectedPart(text);
  if (!part) throw new ProtectedBackupError('not-protected');
  if (part.format !== FORMAT) throw new ProtectedBackupError(typeof part.format === 'number' && part.format > FORMAT ? 'unsupported' : 'damaged');
  const parsed = ProtectedSchema.safeParse(part.protected);
  if (!parsed.success) {
    const settings = part.protected as Record<string, unknown> | null;
    const isNewer = typeof settings === 'object' && settings !== null && (settings.kdf !== 'PBKDF2-SHA256' || settings.cipher !== 'AES-256-GCM');
    throw new ProtectedBackupError(isNewer ? 'unsupported' : 'damaged');
  }
  const p = parsed.data;
  let salt, checkIv, checkData, iv, data;
  try {
    salt = fromBase64(p.salt);
    checkIv = fromBase64(p.check.iv);
    checkData = fromBase64(p.check.data);
    iv = fromBase64(p.iv);
    data = fromBase64(p.data);
  } catch {
    throw new ProtectedBackupError('damaged');
  }
  if (salt.length !== SALT_BYTES || iv.length !== 12 || checkIv.length !== 12) throw new ProtectedBackupError('damaged');
  const key = await deriveKey(passphrase, salt, p.iterations);
  try {
    const check = bytesText(await decrypt(key, checkIv, checkData, CHECK_AAD));
    if (check !== CHECK_TEXT) throw new Error('check text differs');
  } catch {
    throw new ProtectedBackupError('wrong-passphrase');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await decrypt(key, iv, data, AAD));
  } catch {
    throw new ProtectedBackupError('damaged');
  }
}
