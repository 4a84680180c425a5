// One device's sync file: everything it holds (records and deletion marks, every
// collection) sealed as one blob. In the clear, one line of what opening needs
// (app, format, key parameters, the check value, the iv, the sealed length);
// then the sealed bytes, whose additional data is that line, so a changed
// parameter no longer opens. Inside: one line naming the device, then one line
// per stored value. Frozen: app "mend-sync", format 1 (a newer one is refused).
import { decrypt, fromBase64, MAX_KDF_ITERATIONS, KDF_ITERATIONS, toBase64 } from '../lock/lock-crypto';
import { isObject } from '../engine/record-reader';
import { timeSlices } from '../../lib/yield-to-main';
import { checkValue, opensCheck, type Sealed, type SyncKey } from './sync-key';

export const SYNC_APP = 'mend-sync';
export const SYNC_FORMAT = 1;
/** The clear line is short; a file with no line end this far in isn't one of ours (or was cut short there). */
const LONGEST_HEAD = 4096;

export type FileHead = {
  app: typeof SYNC_APP;
  format: number;
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string };
  cipher: 'AES-256-GCM';
  check: Sealed;
  iv: string;
  /** How many sealed bytes follow: fewer means the file was cut short (still being written). */
  sealed: number;
};

/** Who wrote the file, inside the seal. */
export type FileAuthor = { deviceId: string; deviceName: string; wroteAt: string; keySince: string };
export type FileContents = FileAuthor & { values: { collection: string; value: unknown }[] };

export type FileProblem = 'not-sync' | 'newer' | 'truncated' | 'damaged' | 'wrong-passphrase' | 'needs-passphrase';
export type HeadReading = { ok: true; head: FileHead; body: Uint8Array<ArrayBuffer>; headBytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: FileProblem };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NEWLINE = 10;
/** Lines stringified and encoded together, between two looks at the clock. */
const LINES_PER_CHUNK = 64;

/** The file's bytes, sealed with the key. */
export async function sealFile(contents: FileContents, key: SyncKey): Promise<Uint8Array<ArrayBuffer>> {
  const { values, ...author } = contents;
  // Encoded a slice at a time: one string of the whole file, and its encoding, would be one long task.
  const chunks = [encoder.encode(JSON.stringify(author))];
  const slices = timeSlices();
  for (let i = 0; i < values.length; i += LINES_PER_CHUNK) {
    await slices.check();
    const lines = values.slice(i, i + LINES_PER_CHUNK).map(({ collection, value }) => `\n${JSON.stringify([collection, value])}`);
    chunks.push(encoder.encode(lines.join('')));
  }
  const plain = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    plain.set(chunk, at);
    at += chunk.length;
  }
  const ivBytes = crypto.getRandomValues(new Uint8Array(12));
  // The sealed length is known before sealing: AES-GCM adds its 16-byte tag.
  const head: FileHead = {
    app: SYNC_APP,
    format: SYNC_FORMAT,
    kdf: { name: 'PBKDF2-SHA256', iterations: key.iterations, salt: key.salt },
    cipher: 'AES-256-GCM',
    check: await checkValue(key),
    iv: toBase64(ivBytes),
    sealed: plain.length + 16,
  };
  const headBytes = encoder.encode(`${JSON.stringify(head)}\n`);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: ivBytes, additionalData: headBytes }, key.key, plain));
  const file = new Uint8Array(headBytes.length + data.length);
  file.set(headBytes, 0);
  file.set(data, headBytes.length);
  return file;
}

/** The clear line, checked: enough to know which key opens the file, and whether all of it is here. */
export function readHead(bytes: Uint8Array): HeadReading {
  const end = bytes.subarray(0, LONGEST_HEAD).indexOf(NEWLINE);
  if (end < 0) {
    // Cut off before its first line ended (or nothing arrived yet): one of ours, still on its way.
    const start = decoder.decode(bytes.subarray(0, 40));
    return { ok: false, problem: bytes.length === 0 || `{"app":"${SYNC_APP}"`.startsWith(start) || start.startsWith(`{"app":"${SYNC_APP}"`) ? 'truncated' : 'not-sync' };
  }
  let head: unknown;
  try {
    head = JSON.parse(decoder.decode(bytes.subarray(0, end)));
  } catch {
    return { ok: false, problem: 'not-sync' };
  }
  if (!isObject(head) || head.app !== SYNC_APP) return { ok: false, problem: 'not-sync' };
  if (typeof head.format === 'number' && Number.isInteger(head.format) && head.format > SYNC_FORMAT) return { ok: false, problem: 'newer' };
  if (!isHead(head)) return { ok: false, problem: 'damaged' };
  const body = bytes.slice(end + 1);
  if (body.length < head.sealed) return { ok: false, problem: 'truncated' };
  if (body.length > head.sealed) return { ok: false, problem: 'damaged' };
  return { ok: true, head, body, headBytes: bytes.slice(0, end + 1) };
}

function isHead(head: Record<string, unknown>): head is FileHead {
  const { kdf, check } = head;
  return (
    head.format === SYNC_FORMAT &&
    head.cipher === 'AES-256-GCM' &&
    isObject(kdf) &&
    kdf.name === 'PBKDF2-SHA256' &&
    typeof kdf.iterations === 'number' &&
    Number.isSafeInteger(kdf.iterations) &&
    kdf.iterations >= KDF_ITERATIONS &&
    kdf.iterations <= MAX_KDF_ITERATIONS &&
    isBase64(kdf.salt) &&
    isObject(check) &&
    isBase64(check.iv) &&
    isBase64(check.data) &&
    isBase64(head.iv) &&
    typeof head.sealed === 'number' &&
    Number.isSafeInteger(head.sealed) &&
    head.sealed >= 16
  );
}

function isBase64(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1024) return false;
  try {
    fromBase64(value);
    return true;
  } catch {
    return false;
  }
}

export type Opened = { ok: true; contents: FileContents } | { ok: false; problem: FileProblem };

/**
 * Opens a file whose head was read, with the key its parameters name (`keyFor`
 * finds or derives it; null when the passphrase isn't known in this session).
 * The lines inside are parsed in slices: a large file is many thousand of them.
 */
export async function openFile(reading: Extract<HeadReading, { ok: true }>, keyFor: (head: FileHead) => Promise<SyncKey | null>): Promise<Opened> {
  const { head, body, headBytes } = reading;
  const key = await keyFor(head);
  if (!key) return { ok: false, problem: 'needs-passphrase' };
  if (!(await opensCheck(key, head.check))) return { ok: false, problem: 'wrong-passphrase' };
  let plain: ArrayBuffer;
  try {
    plain = await decrypt(key.key, fromBase64(head.iv), body, headBytes);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const lines = decoder.decode(plain).split('\n');
  let author: unknown;
  try {
    author = JSON.parse(lines[0] ?? '');
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!isAuthor(author)) return { ok: false, problem: 'damaged' };
  const values: FileContents['values'] = [];
  const slices = timeSlices();
  for (let i = 1; i < lines.length; i++) {
    if (i % 128 === 0) await slices.check();
    let line: unknown;
    try {
      line = JSON.parse(lines[i]!);
    } catch {
      return { ok: false, problem: 'damaged' };
    }
    if (!Array.isArray(line) || line.length !== 2 || typeof line[0] !== 'string') return { ok: false, problem: 'damaged' };
    values.push({ collection: line[0], value: line[1] as unknown });
  }
  return { ok: true, contents: { ...author, values } };
}

function isAuthor(value: unknown): value is FileAuthor {
  return (
    isObject(value) &&
    typeof value.deviceId === 'string' &&
    /^[a-z0-9-]{8,64}$/.test(value.deviceId) &&
    typeof value.deviceName === 'string' &&
    value.deviceName.length <= 200 &&
    typeof value.wroteAt === 'string' &&
    typeof value.keySince === 'string'
  );
}

/** This device's file name in the folder. */
export const deviceFileName = (deviceId: string) => `mend-${deviceId}.mendsync`;

/** The device id a file's name gives, when it is named as Mend names them. */
export function idFromFileName(name: string): string | null {
  return /^mend-([a-z0-9-]{8,64})\.mendsync$/.exec(name)?.[1] ?? null;
}
