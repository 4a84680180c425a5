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
};

const u16 = (value: number) => [value & 0xff, (value >>> 8) & 0xff];
const u32 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];

export function buildZip(entries: BuiltEntry[]): Uint8Array {
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
    const header = [...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(compressed.length), ...u32(size), ...u16(name.length)];
    localLength += add(locals, [...u32(0x04034b50), ...u16(20), ...header, ...u16(0)], name, compressed);
    centralLength += add(central, [...u32(0x02014b50), ...u16(20), ...u16(20), ...header], [...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset)], name);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(centralLength), ...u32(localLength), ...u16(0)];
  const parts = [...locals, ...central, new Uint8Array(end)];
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
