import { Inflate, strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { crc32, readZip, ZIP_CAPS } from '../../src/features/imports/zip';
import { buildBomb, buildZip } from '../support/zip-builder';

const all = () => true;
const text = (file: { bytes: Uint8Array } | undefined) => new TextDecoder().decode(file?.bytes);
const small = { maxInflatedBytes: 1024 * 1024, maxEntries: 10 };

describe('reading a ZIP from another app', () => {
  it('reads the files an archiver wrote, deflated and stored, with their names', () => {
    const mtime = new Date(2024, 2, 5, 21, 4, 58);
    const zip = zipSync({ 'Journal.json': strToU8('{"entries":[]}'), 'photos/a.jpeg': [new Uint8Array([1, 2, 3]), { level: 0 }] }, { mtime });
    const read = readZip(zip, all);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.names).toEqual(['Journal.json', 'photos/a.jpeg']);
    expect(text(read.files.get('Journal.json'))).toBe('{"entries":[]}');
    expect([...read.files.get('photos/a.jpeg')!.bytes]).toEqual([1, 2, 3]);
    expect(read.files.get('Journal.json')?.lastModified).toBe(mtime.getTime());
  });

  it('reads a large entry whole, across many slices of its compressed words', () => {
    let seed = 7;
    const words = Array.from({ length: 200_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed.toString(36);
    }).join(' ');
    const zip = zipSync({ 'Journal.json': strToU8(words) });
    expect(zip.length).toBeGreaterThan(256 * 1024);
    const read = readZip(zip, all);
    expect(read.ok && text(read.files.get('Journal.json')) === words).toBe(true);
  });

  it('reads a ZIP written the ZIP64 way, sizes and offsets in extra fields and a ZIP64 end record', () => {
    const zip = buildZip(
      [
        { name: 'Journal.json', data: '{"entries":[]}', zip64: true },
        { name: 'photos/a.jpeg', data: 'jpeg', zip64: true, method: 0 },
      ],
      { zip64End: true },
    );
    const read = readZip(zip, all);
    expect(read.ok && read.names).toEqual(['Journal.json', 'photos/a.jpeg']);
    expect(read.ok && text(read.files.get('Journal.json'))).toBe('{"entries":[]}');
    expect(read.ok && text(read.files.get('photos/a.jpeg'))).toBe('jpeg');
  });

  it('computes the same CRC-32 as the archiver does', () => {
    const data = strToU8('Mend keeps every word.');
    const zip = zipSync({ 'a.txt': data });
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(crc32(data)).toBe(view.getUint32(14, true));
  });

  it('inflates only the files asked for, and still lists every name', () => {
    const zip = buildZip([
      { name: 'backup.daylio', data: 'e30=' },
      { name: 'assets/photo', data: 'not wanted', method: 99 },
    ]);
    const read = readZip(zip, (name) => name === 'backup.daylio');
    expect(read.ok && [...read.files.keys()]).toEqual(['backup.daylio']);
    expect(read.ok && read.names).toEqual(['backup.daylio', 'assets/photo']);
  });

  it('stops an entry as soon as it inflates past the size it claims, and calls the ZIP damaged', () => {
    const zeros = new Uint8Array(2 * 1024 * 1024);
    const zip = buildZip([{ name: 'a.json', data: zeros, declaredSize: 100 }]);
    expect(zip.length).toBeLessThan(10_000);
    expect(readZip(zip, all, small)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses before inflating when the sizes it declares add up past the cap', () => {
    const zip = buildZip([
      { name: 'a.json', data: new Uint8Array(600 * 1024) },
      { name: 'b.json', data: new Uint8Array(600 * 1024) },
    ]);
    expect(readZip(zip, all, small)).toEqual({ ok: false, problem: 'too-big' });
  });

  it('refuses a bomb of entries that together inflate past the default cap, before inflating any', () => {
    const bomb = buildBomb(210, 1024 * 1024);
    expect(bomb.length).toBeLessThan(300_000);
    const pushed = vi.spyOn(Inflate.prototype, 'push');
    expect(readZip(bomb, all)).toEqual({ ok: false, problem: 'too-big' });
    expect(pushed).not.toHaveBeenCalled();
  });

  it('stops inflating an entry in its first slices once it passes the size it claims', () => {
    // 200 KB that barely compresses: inflating all of it takes five slices.
    let seed = 2463534242;
    const noise = Uint8Array.from({ length: 200 * 1024 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    const zip = buildZip([{ name: 'Journal.json', data: noise, declaredSize: 1000 }]);
    expect(zip.length).toBeGreaterThan(150 * 1024);
    const pushed = vi.spyOn(Inflate.prototype, 'push');
    expect(readZip(zip, all)).toEqual({ ok: false, problem: 'damaged' });
    expect(pushed.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('refuses a ZIP with more entries than the cap, before reading any', () => {
    const zip = buildZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
    expect(readZip(zip, all, small)).toEqual({ ok: false, problem: 'too-many-entries' });
    expect(ZIP_CAPS.maxEntries).toBeGreaterThanOrEqual(10_000);
  });

  it.each(['../evil.txt', 'notes/../../evil.txt', '/etc/passwd', '\\windows\\evil.txt', 'C:/evil.txt', 'notes\\..\\..\\evil.txt'])(
    'refuses the whole ZIP when one name reaches outside it: %s',
    (name) => {
      const zip = buildZip([
        { name: 'fine.txt', data: 'fine' },
        { name, data: 'evil' },
      ]);
      expect(readZip(zip, () => false)).toEqual({ ok: false, problem: 'unsafe-path' });
    },
  );

  it('says a file cut off before its end is damaged', () => {
    const zip = zipSync({ 'Journal.json': strToU8('{"entries":[]}'.repeat(50)) });
    expect(readZip(zip.subarray(0, zip.length - 30), all)).toEqual({ ok: false, problem: 'damaged' });
    expect(readZip(zip.subarray(0, 40), all)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('says a file whose compressed words were changed is damaged', () => {
    const zip = zipSync({ 'a.txt': strToU8('Every word the person wrote, kept exactly. '.repeat(20)) });
    const broken = zip.slice();
    broken[45] = broken[45]! ^ 0xff;
    expect(readZip(broken, all)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('says a file that is not a ZIP at all is not one', () => {
    expect(readZip(strToU8('full_date,date\n'), all)).toEqual({ ok: false, problem: 'not-a-zip' });
  });

  it('refuses a locked (encrypted) entry it was asked to read', () => {
    const zip = buildZip([{ name: 'a.txt', data: 'secret', flags: 1 }]);
    expect(readZip(zip, all)).toEqual({ ok: false, problem: 'encrypted' });
  });
});
