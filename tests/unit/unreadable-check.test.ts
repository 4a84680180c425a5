import { describe, expect, it, vi } from 'vitest';
import { journalCollection } from '../../src/storage/collections/journal';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { createMemoryBackend } from '../../src/storage/backends/memory-backend';

const id = (i: number) => `e${String(i).padStart(4, '0')}`;

/** `count` stored journal values, those at `bad` not readable as entries. */
async function storeJournal(count: number, bad: readonly number[]) {
  const values = Array.from({ length: count }, (_, i) => ({
    key: id(i),
    value: bad.includes(i) ? { schemaVersion: 1, id: id(i), text: 42 } : journalCollection.create({ id: id(i), text: `Entry ${i}` }),
  }));
  await createIdbBackend('journal').putMany(values);
}

describe('looking over a large collection for what cannot be read', () => {
  it('finds each unreadable value once, on either side of where one read of the store ends and the next begins', async () => {
    const bad = [0, 999, 1000, 1001, 1999, 2000, 2049];
    await storeJournal(2050, bad);
    const found = await journalCollection.unreadableEntries();
    expect(found.map((record) => record.key)).toEqual(bad.map(id));
    expect(found[0]).toMatchObject({ collection: 'journal', raw: { text: 42 } });
  });

  it('reads the store a part at a time and gives the browser turns, so Your data opens without holding the page', async () => {
    await storeJournal(2050, [5]);
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    // A slow phone: every clock reading is 5 ms later.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const turns = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: turns });
    try {
      expect((await journalCollection.unreadableEntries()).map((record) => record.key)).toEqual([id(5)]);
      expect(getAll.mock.calls.length).toBeGreaterThanOrEqual(3);
      expect(getAll.mock.calls.every(([, count]) => typeof count === 'number' && count <= 1000)).toBe(true);
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(2);
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('reads the same pages from the in-memory twin as from IndexedDB', async () => {
    const values = ['c', 'a', 'e', 'b', 'd'].map((key) => ({ key, value: { key } }));
    const backends = [createIdbBackend('drafts'), createMemoryBackend()];
    const pages = await Promise.all(
      backends.map(async (backend) => {
        await backend.putMany(values);
        const first = await backend.entriesAfter(undefined, 2);
        const second = await backend.entriesAfter(first.at(-1)!.key, 2);
        const last = await backend.entriesAfter(second.at(-1)!.key, 2);
        return [first, second, last].map((page) => page.map((entry) => entry.key).join(''));
      }),
    );
    expect(pages).toEqual([
      ['ab', 'cd', 'e'],
      ['ab', 'cd', 'e'],
    ]);
  });
});
