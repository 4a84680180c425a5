// One device's sync file: everything it holds (records and deletion marks, every
// collection) sealed as one blob. In the clear, one line of what opening needs
// (app, format, key parameters, the check value, the iv, the sealed length and
// the size of its pieces);
// then the sealed bytes, whose additional data is that line, so a changed
// parameter no longer opens. The blob is sealed in pieces of 512 KiB (each its
// own AES-GCM seal, numbered out of how many) so no one seal holds the page
// for long; a piece moved, dropped or added no longer opens. Inside: one line naming the device, then one line
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
  /** Plain bytes per sealed piece (each piece adds a 16-byte tag). */
  piece: number;
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
/** Plain bytes sealed at once. */
const PIECE = 512 * 1024;
const TAG = 16;

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
  chunks.reduce((offset, chunk) => {
    plain.set(chunk, offset);
    return offset + chunk.length;
  }, 0);
  const ivBytes = crypto.getRandomValues(new Uint8Array(12));
  const pieces = Math.max(1, Math.ceil(plain.length / PIECE));
  // The sealed length is known before sealing: AES-GCM adds its tag to each piece.
  const head: FileHead = {
    app: SYNC_APP,
    format: SYNC_FORMAT,
    kdf: { name: 'PBKDF2-SHA256', iterations: key.iterations, salt: key.salt },
    cipher: 'AES-256-GCM',
    check: await checkValue(key),
    iv: toBase64(ivBytes),
    sealed: plain.length + TAG * pieces,
    piece: PIECE,
  };
  const headBytes = encoder.encode(`${JSON.stringify(head)}\n`);
  const file = new Uint8Array(headBytes.length + head.sealed);
  file.set(headBytes, 0);
  let at = headBytes.length;
  for (let i = 0; i < pieces; i++) {
    const part = plain.subarray(i * PIECE, (i + 1) * PIECE);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', ...pieceParams(ivBytes, headBytes, i, pieces) }, key.key, part);
    file.set(new Uint8Array(sealed), at);
    at += sealed.byteLength;
  }
  return file;
}

/** Each piece's iv (the file's, its last four bytes counting pieces) and additional data (the clear line, then which piece of how many). */
function pieceParams(iv: Uint8Array<ArrayBuffer>, headBytes: Uint8Array<ArrayBuffer>, index: number, count: number) {
  const pieceIv = iv.slice();
  new DataView(pieceIv.buffer).setUint32(8, (new DataView(iv.buffer).getUint32(8) ^ index) >>> 0);
  const label = encoder.encode(`${index}/${count}`);
  const additionalData = new Uint8Array(headBytes.length + label.length);
  additionalData.set(headBytes, 0);
  additionalData.set(label, headBytes.length);
  return { iv: pieceIv, additionalData };
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
    head.sealed >= TAG &&
    head.piece === PIECE
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
  const plain = await openPieces(key, head, body, headBytes);
  if (!plain) return { ok: false, problem: 'damaged' };
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

/** The plain bytes of every piece, in order; null when any piece doesn't open. */
async function openPieces(key: SyncKey, head: FileHead, body: Uint8Array<ArrayBuffer>, headBytes: Uint8Array<ArrayBuffer>) {
  const pieces = Math.max(1, Math.ceil(head.sealed / (head.piece + TAG)));
  const iv = fromBase64(head.iv);
  const plain = new Uint8Array(head.sealed - TAG * pieces);
  try {
    for (let i = 0; i < pieces; i++) {
      const part = body.subarray(i * (head.piece + TAG), (i + 1) * (head.piece + TAG));
      const params = pieceParams(iv, headBytes, i, pieces);
      plain.set(new Uint8Array(await decrypt(key.key, params.iv, part, params.additionalData)), i * head.piece);
    }
  } catch {
    return null;
  }
  return plain;
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
