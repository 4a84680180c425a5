// Reading a ZIP another app wrote (docs/decisions/020): the central directory read
// here, each wanted file inflated by fflate's streaming Inflate in small slices,
// so a size that lies is caught while inflating, not after. A ZIP is refused whole
// when any name reaches outside it (../, /, C:), when it has more entries than
// anyone's journal needs, or when what it inflates to passes the cap, whatever
// sizes its headers claim. Only the files the reader asks for are inflated:
// photos are listed by name and never unpacked. Pure: safe in a worker.
import { Inflate } from 'fflate';

export type ZipCaps = { maxInflatedBytes: number; maxEntries: number };

/** Generous for years of words (photos are never inflated), far below what hurts a phone. */
export const ZIP_CAPS: ZipCaps = { maxInflatedBytes: 200 * 1024 * 1024, maxEntries: 50_000 };

export type ZipProblem = 'not-a-zip' | 'damaged' | 'too-big' | 'too-many-entries' | 'unsafe-path' | 'encrypted' | 'unsupported';

/** A file inside the ZIP: its bytes and the time the archiver recorded for it (local time, to 2 seconds). */
export type ZipFile = { bytes: Uint8Array; lastModified: number };

export type ZipReading = { ok: true; names: string[]; files: Map<string, ZipFile> } | { ok: false; problem: ZipProblem };

/**
 * How much compressed input goes to the inflater at once, which bounds what one
 * step can produce (deflate's most is about 1000 times its input). Slices start
 * small and grow while the output stays like words (under 100 times the input),
 * since each step has a cost; a bomb's ratio keeps them small.
 */
const FIRST_SLICE = 16 * 1024;
const LAST_SLICE = 64 * 1024;
const WORDS_RATIO = 100;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Whether a name stays inside the ZIP: no ../ segment, no leading slash, no drive letter. */
export function isSafePath(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path) || path.includes('\0')) return false;
  return !path.split('/').includes('..');
}

type Entry = { name: string; flags: number; method: number; crc: number; compressed: number; size: number; offset: number; lastModified: number };

/** MS-DOS date and time, as ZIP stores them, in local time; 0 when unset or impossible. */
function dosTime(time: number, date: number): number {
  const moment = new Date(1980 + (date >>> 9), ((date >>> 5) & 15) - 1, date & 31, time >>> 11, (time >>> 5) & 63, (time & 31) * 2);
  return date === 0 || Number.isNaN(moment.getTime()) ? 0 : moment.getTime();
}

class Damaged extends Error {}

const SIGNATURE_END = 0x06054b50;
const SIGNATURE_END64 = 0x06064b50;
const SIGNATURE_LOCATOR64 = 0x07064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** A 64-bit little-endian number; past 2^53 it reads large enough to fail every bound check. */
const u64 = (view: DataView, at: number) => view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);

/** ZIP64's sizes and offset, from an entry's extra field, for those its header marks 0xFFFFFFFF. */
function zip64Values(view: DataView, from: number, to: number, wanted: { size: number; compressed: number; offset: number }) {
  const values = { ...wanted };
  for (let at = from; at + 4 <= to; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    const stop = Math.min(to, at + 4 + view.getUint16(at + 2, true));
    let field = at + 4;
    for (const key of ['size', 'compressed', 'offset'] as const) {
      if (values[key] === MAX32 && field + 8 <= stop) {
        values[key] = u64(view, field);
        field += 8;
      }
    }
    break;
  }
  return values;
}
const SIGNATURE_CENTRAL = 0x02014b50;
const SIGNATURE_LOCAL = 0x04034b50;

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) if (view.getUint32(at, true) === SIGNATURE_END) return at;
  return -1;
}

function readDirectory(bytes: Uint8Array, view: DataView, caps: ZipCaps): Entry[] | ZipProblem {
  const end = findEnd(view);
  if (end === -1) return 'damaged';
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let start = view.getUint32(end + 16, true);
  if (count === MAX16 || size === MAX32 || start === MAX32) {
    // ZIP64: the true numbers are in a record the locator just before the end points at.
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIGNATURE_LOCATOR64) return 'damaged';
    const record = u64(view, locator + 8);
    if (record + 56 > locator || view.getUint32(record, true) !== SIGNATURE_END64) return 'damaged';
    count = u64(view, record + 32);
    size = u64(view, record + 40);
    start = u64(view, record + 48);
  } else if (view.getUint16(end + 4, true) !== 0) return 'unsupported'; // split across disks
  if (count > caps.maxEntries) return 'too-many-entries';
  if (start + size > end) return 'damaged';
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== SIGNATURE_CENTRAL) return 'damaged';
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const skip = nameLength + extraLength + view.getUint16(at + 32, true);
    if (at + 46 + skip > end) return 'damaged';
    const extra = at + 46 + nameLength;
    const sizes = zip64Values(view, extra, extra + extraLength, {
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      ...sizes,
      lastModified: dosTime(view.getUint16(at + 12, true), view.getUint16(at + 14, true)),
    });
    at += 46 + skip;
  }
  return entries;
}

/**
 * One entry's bytes. Inflating stops as soon as it passes the size the ZIP
 * declared for it, so declared sizes, summed and capped before any work, bound
 * what a ZIP can make us hold, whatever its headers claim.
 */
function inflateEntry(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIGNATURE_LOCAL) throw new Damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressed;
  if (end > bytes.length) throw new Damaged();
  let out: Uint8Array;
  if (entry.method === 0) {
    out = bytes.slice(start, end);
  } else {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced <= entry.size) chunks.push(chunk);
    });
    try {
      let slice = FIRST_SLICE;
      let from = start;
      do {
        const to = Math.min(end, from + slice);
        inflater.push(bytes.subarray(from, to), to >= end);
        if (produced > entry.size) throw new Damaged();
        if (produced < (to - start) * WORDS_RATIO) slice = Math.min(LAST_SLICE, slice * 2);
        from = to;
      } while (from < end);
    } catch {
      // fflate's own error on a broken stream, or ours on a size that lied.
      throw new Damaged();
    }
    out = new Uint8Array(produced);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
  }
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw new Damaged();
  return out;
}

/** Every name in the ZIP, and the bytes of the files `wanted` picks; or what is wrong with it. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, caps: ZipCaps = ZIP_CAPS): ZipReading {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint16(0, true) !== 0x4b50) return { ok: false, problem: 'not-a-zip' };
  const directory = readDirectory(bytes, view, caps);
  if (typeof directory === 'string') return { ok: false, problem: directory };
  if (directory.some((entry) => !isSafePath(entry.name))) return { ok: false, problem: 'unsafe-path' };
  const chosen = directory.filter((entry) => !entry.name.endsWith('/') && wanted(entry.name));
  if (chosen.some((entry) => entry.flags & 1)) return { ok: false, problem: 'encrypted' };
  if (chosen.some((entry) => entry.method !== 0 && entry.method !== 8)) return { ok: false, problem: 'unsupported' };
  // Sizes past the cap are refused before any work; sizes that lie, while inflating (inflateEntry).
  if (chosen.reduce((sum, entry) => sum + entry.size, 0) > caps.maxInflatedBytes) return { ok: false, problem: 'too-big' };
  const files = new Map<string, ZipFile>();
  try {
    for (const entry of chosen) files.set(entry.name, { bytes: inflateEntry(bytes, view, entry), lastModified: entry.lastModified });
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, problem: 'damaged' };
    throw error;
  }
  return { ok: true, names: directory.map((entry) => entry.name), files };
}
