// The end of the lock's pass: "The lock is on" only once nothing is left
// readable, found without reading every sealed record a second time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredEntry } from '../../src/storage/backends/backend';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { announceChange } from '../../src/storage/signals/cross-tab';
import { resetLockForTests, setPassphrase } from '../../src/storage/lock/lock-session';
import { isSealed } from '../../src/storage/engine/sealing';

const PASSPHRASE = 'a quiet harbour at dusk';

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: at, updatedAt: at };
}

/** `count` plain journal entries, stored as an earlier visit would have. */
async function storePlain(count: number): Promise<StoredEntry[]> {
  const entries = Array.from({ length: count }, (_, i) => {
    const id = `e${String(i).padStart(4, '0')}`;
    return { key: id, value: entry(id, `entry ${i} about a hard day`) };
  });
  await (await backendFor('journal')).putMany(entries);
  return entries;
}

/** Runs `during` once the pass has written its first batch (the first sweep has read everything by then). */
async function duringThePass(during: () => Promise<void>) {
  const backend = await backendFor('journal');
  const transactKeys = backend.transactKeys.bind(backend);
  vi.spyOn(backend, 'transactKeys').mockImplementationOnce(async (keys, decide) => {
    await transactKeys(keys, decide);
    await during();
  });
}

async function storedValues() {
  return (await (await backendFor('journal')).entries()).map((e) => e.value);
}

afterEach(async () => {
  await resetLockForTests();
  vi.restoreAllMocks();
});

describe('the end of the sealing pass', () => {
  it('checks that nothing is left without reading every stored value a second time', async () => {
    await storePlain(300);
    const backend = await backendFor('journal');
    // Every value read outside the pass's writes, however it is asked for.
    let valuesRead = 0;
    const counting = <A extends unknown[]>(
      read: (...args: A) => Promise<unknown>,
      count: (result: never) => number,
    ) =>
      vi.fn(async (...args: A) => {
        const result = await read(...args);
        valuesRead += count(result as never);
        return result;
      });
    const list = (result: unknown[]) => result.length;
    Object.assign(backend, {
      entries: counting(backend.entries, list),
      entriesAfter: counting(backend.entriesAfter, list),
      values: counting(backend.values, list),
      getMany: counting(backend.getMany, list),
      get: counting(backend.get, () => 1),
    });

    await setPassphrase(PASSPHRASE);

    expect(valuesRead).toBe(300);
    expect((await storedValues()).every(isSealed)).toBe(true);
  });

  it('seals a record this tab wrote plain while the pass ran (a save begun before the lock), before saying it is done', async () => {
    await storePlain(50);
    await duringThePass(async () => {
      await (
        await backendFor('journal')
      ).putMany([
        { key: 'e0003', value: entry('e0003', 'words saved late', '2026-11-02T10:00:00.000Z') },
      ]);
      announceChange({
        collection: 'journal',
        id: 'e0003',
        op: 'put',
        updatedAt: '2026-11-02T10:00:00.000Z',
      });
    });

    await setPassphrase(PASSPHRASE);

    expect((await storedValues()).every(isSealed)).toBe(true);
    expect(await journalCollection.get('e0003')).toMatchObject({
      status: 'found',
      record: { text: 'words saved late' },
    });
  });

  it('seals a record another tab wrote plain while the pass ran, before saying it is done', async () => {
    await storePlain(50);
    const otherTab = new BroadcastChannel('mend-storage');
    await duringThePass(async () => {
      await (
        await backendFor('journal')
      ).putMany([
        {
          key: 'e0004',
          value: entry('e0004', 'typed in the other tab', '2026-11-02T10:00:00.000Z'),
        },
      ]);
      otherTab.postMessage({
        collection: 'journal',
        id: 'e0004',
        op: 'put',
        updatedAt: '2026-11-02T10:00:00.000Z',
      });
    });

    await setPassphrase(PASSPHRASE);
    otherTab.close();

    expect((await storedValues()).every(isSealed)).toBe(true);
    expect(await journalCollection.get('e0004')).toMatchObject({
      status: 'found',
      record: { text: 'typed in the other tab' },
    });
  });

  it('seals a value that appeared under a new key while the pass ran, even one no notice told of', async () => {
    await storePlain(50);
    await duringThePass(async () => {
      // As a write does when it moves an unreadable value aside: a new key, and only the record's own announced.
      await (
        await backendFor('journal')
      ).putMany([{ key: 'appeared', value: { note: 'words nobody announced' } }]);
    });

    await setPassphrase(PASSPHRASE);

    expect((await storedValues()).every(isSealed)).toBe(true);
  });

  it('looks at a whole collection again after an import in another tab while the pass ran', async () => {
    await storePlain(50);
    const otherTab = new BroadcastChannel('mend-storage');
    await duringThePass(async () => {
      // An import replaces records already sealed by the pass with plain ones, and says only "reload".
      await (
        await backendFor('journal')
      ).putMany([
        { key: 'e0000', value: entry('e0000', 'imported words', '2026-11-03T10:00:00.000Z') },
        { key: 'e0001', value: entry('e0001', 'more imported words', '2026-11-03T10:00:00.000Z') },
      ]);
      otherTab.postMessage({ collection: 'journal', id: '*', op: 'reload' });
    });

    await setPassphrase(PASSPHRASE);
    otherTab.close();

    expect((await storedValues()).every(isSealed)).toBe(true);
    expect(await journalCollection.get('e0001')).toMatchObject({
      status: 'found',
      record: { text: 'more imported words' },
    });
  });
});
