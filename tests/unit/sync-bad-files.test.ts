// Nothing is ever lost by sync: a file that can't be opened is left alone with
// one sentence naming it and why, and changes nothing; a file read twice, or a
// file caught half-written, changes nothing either.
import { describe, expect, it } from 'vitest';
import { allCollections } from '../../src/storage/collections/all-collections';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { createMemoryTarget, type MemoryTarget } from '../../src/storage/sync/memory-target';
import { bringInSyncFiles, ownSyncFile, syncSetup, syncWith, turnOnSync, type SyncReport } from '../../src/storage/sync/sync';
import { get, put } from '../support/stored';
import { syncDevices } from '../support/sync-devices';

const PASSPHRASE = 'the kettle on a slow morning';

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: '2026-11-01T09:00:00.000Z', updatedAt: at };
}

/** Every value stored in every collection, keyed, as a way to see that nothing changed. */
async function everythingStored() {
  const all: Record<string, unknown> = {};
  for (const collection of allCollections()) all[collection.name] = await createIdbBackend(collection.name).entries();
  return all;
}

/** The laptop with one entry of its own, sync on (its key known from an earlier visit); the phone's file in the folder. */
async function laptopAndPhoneFile(phonePassphrase = PASSPHRASE) {
  const folder = createMemoryTarget();
  const devices = syncDevices('laptop', 'phone');
  await devices.on('laptop', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
    await put(journalCollection, entry('mine', 'Already here.'));
    await syncWith(folder);
  });
  await devices.on('phone', async () => {
    await turnOnSync({ deviceName: 'Phone', passphrase: phonePassphrase });
    await put(journalCollection, entry('theirs', 'Written on the phone.'));
    await syncWith(folder);
  });
  devices.reload('laptop');
  const phoneFile = [...folder.files.keys()].find((name) => folder.files.get(name) && !isLaptops(folder, name))!;
  return { folder, devices, phoneFile };
}

/** The laptop's own file: the one the laptop wrote first. */
function isLaptops(folder: MemoryTarget, name: string) {
  return [...folder.files.keys()][0] === name;
}

/** Puts these bytes in the folder under `name`, then syncs the laptop: what it said, and whether anything changed. */
async function laptopSyncsWith(folder: MemoryTarget, devices: ReturnType<typeof syncDevices<'laptop' | 'phone'>>, name: string, bytes: Uint8Array) {
  folder.files.set(name, { bytes, modifiedAt: Date.now() });
  return devices.on('laptop', async () => {
    const before = await everythingStored();
    const report = await syncWith(folder);
    return { report, isUnchanged: JSON.stringify(await everythingStored()) === JSON.stringify(before) };
  });
}

function expectOneSentence(report: SyncReport, words: string) {
  expect(report.brought).toEqual([]);
  expect(report.skipped).toHaveLength(1);
  const [skipped] = report.skipped;
  expect(skipped!.reason).toContain(words);
  expect(skipped!.reason.endsWith('.')).toBe(true);
  expect(skipped!.reason.split(/[.!?] /)).toHaveLength(1);
  return skipped!;
}

describe('a sync file that cannot be opened', () => {
  it('is refused when it was sealed with another passphrase, naming the file, and changes nothing', async () => {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile('another passphrase entirely');
    const { report, isUnchanged } = await devices.on('laptop', async () => {
      // The passphrase typed again on the laptop: the phone's file is tried with it.
      const { unlockSync } = await import('../../src/storage/sync/sync');
      expect(await unlockSync(PASSPHRASE)).toBe('ok');
      const before = await everythingStored();
      const result = await syncWith(folder);
      return { report: result, isUnchanged: JSON.stringify(await everythingStored()) === JSON.stringify(before) };
    });
    const skipped = expectOneSentence(report, 'sealed with a different passphrase');
    expect(skipped.fileName).toBe(phoneFile);
    expect(skipped.reason).toContain(phoneFile);
    expect(isUnchanged).toBe(true);
  });

  it('asks for the passphrase again when a device it has not met sealed it, and changes nothing', async () => {
    const { folder, devices } = await laptopAndPhoneFile('another passphrase entirely');
    const { report, setup } = await devices.on('laptop', async () => ({ report: await syncWith(folder), setup: await syncSetup() }));
    expectOneSentence(report, 'type your sync passphrase once more');
    expect(setup?.needsPassphrase).toBe(true);
    await devices.on('laptop', async () => expect(await get(journalCollection, 'theirs')).toBeUndefined());
  });

  it.each([
    ['cut short in the middle', (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2)), "hasn't finished arriving"],
    ['cut short inside its first line', (b: Uint8Array) => b.slice(0, 30), "hasn't finished arriving"],
    ['empty', () => new Uint8Array(0), "hasn't finished arriving"],
    ['made by a newer version', (b: Uint8Array) => withHead(b, (head) => ({ ...head, format: 2 })), 'newer version of Mend'],
    ['damaged inside the seal', (b: Uint8Array) => flipByte(b, b.length - 40), 'is damaged'],
    ['with its clear line changed', (b: Uint8Array) => withHead(b, (head) => ({ ...head, iv: 'AAAAAAAAAAAAAAAA' })), 'is damaged'],
    ['longer than it says', (b: Uint8Array) => new Uint8Array([...b, 1, 2, 3]), 'is damaged'],
    ['not a sync file at all', () => new TextEncoder().encode('{"app":"mend","format":1,"collections":{}}\n'), "isn't a Mend sync file"],
    ['a photo renamed', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]), "isn't a Mend sync file"],
  ])('is left alone when %s, with one sentence naming the device, and changes nothing', async (_case, spoil, words) => {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile();
    // The laptop has read the phone's file once (and so knows its name); the phone's next file is spoilt.
    await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
    });
    await devices.on('phone', async () => {
      await put(journalCollection, entry('later', 'A later entry on the phone.', '2026-11-03T10:00:00.000Z'));
    });
    const good = folder.files.get(phoneFile)!.bytes;
    const { report, isUnchanged } = await laptopSyncsWith(folder, devices, phoneFile, spoil(good));
    const skipped = expectOneSentence(report, words);
    expect(skipped.fileName).toBe(phoneFile);
    expect(isUnchanged).toBe(true);
  });

  it.each([
    ['cut short', (b: Uint8Array) => b.subarray(0, Math.floor(b.length / 2)), 'seems cut short'],
    ['damaged inside the seal', (b: Uint8Array) => flipByte(b, b.length - 40), 'is damaged'],
  ])('brought in by hand when %s, says to save it again on that device rather than wait for a folder', async (_case, spoil, words) => {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile();
    const bytes = spoil(folder.files.get(phoneFile)!.bytes);
    const report = await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
      return bringInSyncFiles([{ name: phoneFile, bytes }]);
    });
    const skipped = expectOneSentence(report, words);
    expect(skipped.reason).toContain('save it again on that device');
    expect(skipped.reason).not.toMatch(/folder|next sync/);
  });

  it('is left for the next sync when the folder could not hand it over', async () => {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile();
    const read = folder.read;
    folder.read = () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
    const { report, isUnchanged } = await devices.on('laptop', async () => {
      const before = await everythingStored();
      const result = await syncWith(folder);
      return { report: result, isUnchanged: JSON.stringify(await everythingStored()) === JSON.stringify(before) };
    });
    expect(expectOneSentence(report, "couldn't be read from the folder just now").fileName).toBe(phoneFile);
    expect(isUnchanged).toBe(true);
    folder.read = read;
    expect((await devices.on('laptop', () => syncWith(folder))).brought).toEqual([{ deviceName: 'Phone', words: '1 entry' }]);
  });

  it('is left alone when it claims to be this device', async () => {
    const { folder, devices } = await laptopAndPhoneFile();
    const own = await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
      await syncWith(folder);
      return ownSyncFile();
    });
    const { report, isUnchanged } = await laptopSyncsWith(folder, devices, 'mend-copyofthelaptop.mendsync', own.bytes);
    expectOneSentence(report, 'says it was written by this device');
    expect(isUnchanged).toBe(true);
  });
});

describe('a large sync file, sealed in pieces', () => {
  async function largeFile() {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile();
    await devices.on('phone', async () => {
      // Long entries: the file is several of its 512 KiB pieces.
      for (let i = 0; i < 8; i++) await put(journalCollection, entry(`long-${i}`, `${'A long evening, written out. '.repeat(6000)}${i}`, '2026-11-03T10:00:00.000Z'));
      await syncWith(folder);
    });
    const bytes = folder.files.get(phoneFile)!.bytes;
    const end = bytes.indexOf(10) + 1;
    const head = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end - 1))) as { piece: number };
    return { folder, devices, phoneFile, bytes, end, pieceBytes: head.piece + 16 };
  }

  it('opens whole', async () => {
    const { folder, devices, phoneFile, bytes, end, pieceBytes } = await largeFile();
    expect(bytes.length - end).toBeGreaterThan(2 * pieceBytes);
    const { report } = await laptopSyncsWith(folder, devices, phoneFile, bytes);
    expect(report.skipped).toEqual([]);
    expect(report.brought).toEqual([{ deviceName: 'Phone', words: '9 entries' }]);
  });

  it.each([
    ['two pieces swapped', (b: Uint8Array, end: number, size: number) => new Uint8Array([...b.subarray(0, end), ...b.subarray(end + size, end + 2 * size), ...b.subarray(end, end + size), ...b.subarray(end + 2 * size)])],
    ['a piece dropped and the length mended', (b: Uint8Array, end: number, size: number) => {
      const head = JSON.parse(new TextDecoder().decode(b.subarray(0, end - 1))) as { sealed: number };
      const line = new TextEncoder().encode(`${JSON.stringify({ ...head, sealed: head.sealed - size })}\n`);
      return new Uint8Array([...line, ...b.subarray(end + size)]);
    }],
  ])('is left alone with %s, and changes nothing', async (_case, spoil, ) => {
    const { folder, devices, phoneFile, bytes, end, pieceBytes } = await largeFile();
    const { report, isUnchanged } = await laptopSyncsWith(folder, devices, phoneFile, spoil(bytes, end, pieceBytes));
    expectOneSentence(report, 'is damaged');
    expect(isUnchanged).toBe(true);
  });
});

describe('reading a sync file again', () => {
  it('changes nothing the second time the same file is brought in', async () => {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile();
    const bytes = folder.files.get(phoneFile)!.bytes;
    await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
      const first = await bringInSyncFiles([{ name: phoneFile, bytes }]);
      expect(first.brought).toEqual([{ deviceName: 'Phone', words: '1 entry' }]);
      const before = await everythingStored();
      const second = await bringInSyncFiles([{ name: phoneFile, bytes }]);
      expect(second).toEqual({ brought: [], skipped: [], nothingNew: true });
      expect(await everythingStored()).toEqual(before);
    });
  });

  it('writes nothing and changes nothing when a sync finds nothing new', async () => {
    const { folder, devices } = await laptopAndPhoneFile();
    await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
      await syncWith(folder);
      const written = () => [...folder.files].map(([name, file]) => [name, file.modifiedAt, file.bytes.length]);
      const files = written();
      const before = await everythingStored();
      expect(await syncWith(folder)).toEqual({ brought: [], skipped: [], nothingNew: true });
      expect(written()).toEqual(files);
      expect(await everythingStored()).toEqual(before);
    });
  });

  it('writes this device’s file at the next sync when writing it failed', async () => {
    const { folder, devices } = await laptopAndPhoneFile();
    await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
      await put(journalCollection, entry('new-here', 'Written while the folder was away.', '2026-11-04T10:00:00.000Z'));
      const write = folder.write;
      folder.write = () => Promise.reject(new DOMException('The folder is not reachable', 'NotAllowedError'));
      await expect(syncWith(folder)).rejects.toThrow('not reachable');
      folder.write = write;
      await syncWith(folder);
    });
    await devices.on('phone', async () => {
      await syncWith(folder);
      expect((await get(journalCollection, 'new-here'))?.text).toBe('Written while the folder was away.');
    });
  });

  it('skips a file caught while it was being written, and reads it at the next sync', async () => {
    const { folder, devices, phoneFile } = await laptopAndPhoneFile();
    await devices.on('laptop', async () => {
      const { unlockSync } = await import('../../src/storage/sync/sync');
      await unlockSync(PASSPHRASE);
      folder.truncateNextRead(phoneFile);
      const before = await everythingStored();
      const first = await syncWith(folder);
      expectOneSentence(first, "hasn't finished arriving");
      expect(await everythingStored()).toEqual(before);
      const second = await syncWith(folder);
      expect(second.skipped).toEqual([]);
      expect(second.brought).toEqual([{ deviceName: 'Phone', words: '1 entry' }]);
      expect((await get(journalCollection, 'theirs'))?.text).toBe('Written on the phone.');
    });
  });
});

const decoder = new TextDecoder();

function withHead(bytes: Uint8Array, change: (head: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const end = bytes.indexOf(10);
  const head = JSON.parse(decoder.decode(bytes.subarray(0, end))) as Record<string, unknown>;
  const line = new TextEncoder().encode(JSON.stringify(change(head)));
  return new Uint8Array([...line, ...bytes.subarray(end)]);
}

function flipByte(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}
