// The lock's parameters, stored beside the data in a database of their own
// (mend-lock, through the same backend as the collections): how the key is
// derived from the passphrase, the data keys wrapped by it (the first seals;
// opening the first is how a wrong passphrase is recognised), and where the
// pass that seals or opens every record stands, so a closed tab's pass goes on
// at the next unlock. Nothing here is secret without the passphrase.
// Frozen: the store name 'lock', the key 'params', and format 1.
import { z } from 'zod/mini';
import { backendFor } from '../backends/backends';
import { hasDatabase } from '../backends/idb-backend';
import { KDF_ITERATIONS, MAX_KDF_ITERATIONS, type WrappedKey } from './lock-crypto';

export const LOCK_STORE = 'lock';
const PARAMS_KEY = 'params';

const tagOf = (value: unknown) => Object.prototype.toString.call(value);
const bytes = z.custom<Uint8Array<ArrayBuffer>>((value) => tagOf(value) === '[object Uint8Array]');
const buffer = z.custom<ArrayBuffer>((value) => tagOf(value) === '[object ArrayBuffer]');

const WrappedKeySchema = z.object({ id: z.string(), iv: bytes, data: buffer });

export const LockParamsSchema = z.object({
  format: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().check(z.int(), z.gte(KDF_ITERATIONS), z.lte(MAX_KDF_ITERATIONS)),
    salt: bytes,
  }),
  cipher: z.literal('AES-256-GCM'),
  /** Newest first: the first seals; older ones open records the pass hasn't reached. */
  keys: z.array(WrappedKeySchema).check(z.minLength(1)),
  /** What the pass makes of every record: sealed with the first key, or plain (the lock coming off). */
  target: z.enum(['sealed', 'plain']),
  pass: z.enum(['pending', 'done']),
});
export type LockParams = z.infer<typeof LockParamsSchema>;

export function newParams(salt: Uint8Array<ArrayBuffer>, keys: WrappedKey[]): LockParams {
  return {
    format: 1,
    kdf: { name: 'PBKDF2-SHA256', iterations: KDF_ITERATIONS, salt },
    cipher: 'AES-256-GCM',
    keys,
    target: 'sealed',
    pass: 'pending',
  };
}

/** The stored parameters; null when no lock is stored; 'unreadable' when they can't be used. */
export async function readParams(): Promise<LockParams | null | 'unreadable'> {
  const raw = await (await backendFor(LOCK_STORE)).get(PARAMS_KEY);
  if (raw === undefined) return null;
  const parsed = LockParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'unreadable';
}

export async function writeParams(params: LockParams): Promise<void> {
  await (await backendFor(LOCK_STORE)).putMany([{ key: PARAMS_KEY, value: params }]);
}

/** Forgets the parameters; a device that never had a lock is left without a lock database at all. */
export async function deleteParams(): Promise<void> {
  if (!(await hasDatabase(LOCK_STORE))) return;
  await (await backendFor(LOCK_STORE)).clear();
}
