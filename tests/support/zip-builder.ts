// A tiny ZIP writer for the import tests, so a test can make exactly the ZIP it
// needs, including the damaged and hostile ones real archivers refuse to write:
// names with ../, sizes that lie, several entries sharing one compressed stream.
import { deflateSync } from 'fflate';
import { crc32 } from '../../src/features/imports/zip';

export type BuiltEntry = {
  name: string;
  data?: Uint8Array | string;
  /** 8 deflate (the default), 0 stored, anything else as given. */
  method?: number;
  /** What the headers claim the inflated size is; the truth by default. */
  declaredSize?: number;
  flags?: number;
  /** Compressed bytes to write as they are (with declaredSize and crc), instead of compressing data. */
  raw?: { compressed: Uint8Array; size: number; crc: number };
  /** Sizes and offset as ZIP64 writes them: 0xFFFFFFFF in the header, the values in an extra field. */
  zip64?: boolean;
};

const u64 = (value: number) => [...u32(value % 2 ** 32), ...u32(Math.floor(value / 2 ** 32))];
const MAX32 = 0xffffffff;

const u16 = (value: number) => [value & 0xff, (value >>> 8) & 0xff];
const u32 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];

export function buildZip(entries: BuiltEntry[], options: { zip64End?: boolean } = {}): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let localLength = 0;
  let centralLength = 0;
  const add = (to: Uint8Array[], ...parts: (number[] | Uint8Array)[]) => {
    let length = 0;
    for (const part of parts) {
      const bytes = part instanceof Uint8Array ? part : new Uint8Array(part);
      to.push(bytes);
      length += bytes.length;
    }
    return length;
  };
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : (entry.data ?? new Uint8Array());
    const method = entry.method ?? 8;
    const compressed = entry.raw?.compressed ?? (method === 8 ? deflateSync(data) : data);
    const crc = entry.raw?.crc ?? crc32(data);
    const size = entry.declaredSize ?? entry.raw?.size ?? data.length;
    const flags = (entry.flags ?? 0) | 0x800;
    const offset = localLength;
    const big = entry.zip64 === true;
    const sizes = big ? [...u32(MAX32), ...u32(MAX32)] : [...u32(compressed.length), ...u32(size)];
    const header = [...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...sizes, ...u16(name.length)];
    const localExtra = big ? [...u16(1), ...u16(16), ...u64(size), ...u64(compressed.length)] : [];
    const centralExtra = big ? [...u16(1), ...u16(24), ...u64(size), ...u64(compressed.length), ...u64(offset)] : [];
    localLength += add(locals, [...u32(0x04034b50), ...u16(big ? 45 : 20), ...header, ...u16(localExtra.length)], name, localExtra, compressed);
    const tail = [...u16(centralExtra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(big ? MAX32 : offset)];
    centralLength += add(central, [...u32(0x02014b50), ...u16(45), ...u16(big ? 45 : 20), ...header], tail, name, centralExtra);
  }
  const count = options.zip64End ? 0xffff : entries.length;
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(options.zip64End ? MAX32 : centralLength), ...u32(options.zip64End ? MAX32 : localLength), ...u16(0)];
  const end64 = options.zip64End
    ? [
        ...[...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0)],
        ...[...u64(entries.length), ...u64(entries.length), ...u64(centralLength), ...u64(localLength)],
        ...[...u32(0x07064b50), ...u32(0), ...u64(localLength + centralLength), ...u32(1)],
      ]
    : [];
  const parts = [...locals, ...central, new Uint8Array(end64), new Uint8Array(end)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A ZIP bomb: `count` entries that all share one small compressed stream of
 * `each` zero bytes, so a file of a few hundred kilobytes inflates to count * each.
 * With `lying`, the headers claim each entry inflates to 1 KB.
 */
export function buildBomb(count: number, each: number, options: { extension?: string; lying?: boolean } = {}): Uint8Array {
  const zeros = new Uint8Array(each);
  const raw = { compressed: deflateSync(zeros, { level: 9 }), size: each, crc: crc32(zeros) };
  return buildZip(
    Array.from({ length: count }, (_, i) => ({
      name: `entry-${i}.${options.extension ?? 'json'}`,
      raw,
      ...(options.lying ? { declaredSize: 1024 } : {}),
    })),
  );
}
