// Reading many keys at once: getMany, and transactKeys (how the lock's pass
// writes a batch, seeing each key's current value inside the write's own
// transaction). Both must give each key's value whatever else the store holds
// around those keys, and on IndexedDB read a batch with a few requests rather
// than one per key (the cost that made sealing 10,000 entries slow).
import { describe, expect, it, vi } from 'vitest';
import type { KeyValueBackend, StoredKey } from '../../src/storage/backends/backend';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { createMemoryBackend } from '../../src/storage/backends/memory-backend';

const padded = (i: number) => `k${String(i).padStart(5, '0')}`;

const backends: [string, () => KeyValueBackend][] = [
  ['IndexedDB', () => createIdbBackend('transact-keys')],
  ['memory', () => createMemoryBackend()],
];

describe.each(backends)('transactKeys (%s)', (_name, make) => {
  it('sees each key as stored, in the order asked, a missing one as undefined, and writes only what it decides', async () => {
    const backend = make();
    await backend.putMany(
      Array.from({ length: 50 }, (_, i) => ({ key: padded(i), value: { n: i } })),
    );
    const asked: StoredKey[] = [padded(30), 'absent', padded(2), padded(49), padded(2)];
    let seen: unknown[] = [];
    await backend.transactKeys(asked, (currents) => {
      seen = currents;
      return [
        { key: padded(30), value: { n: 'changed' } },
        { key: padded(2), isDelete: true },
      ];
    });
    expect(seen).toEqual([{ n: 30 }, undefined, { n: 2 }, { n: 49 }, { n: 2 }]);
    expect(await backend.get(padded(30))).toEqual({ n: 'changed' });
    expect(await backend.get(padded(2))).toBeUndefined();
    expect(await backend.get(padded(49))).toEqual({ n: 49 });
  });

  it('sees the right values for a few keys spread across a large store, and for keys that are not strings', async () => {
    const backend = make();
    await backend.putMany([
      ...Array.from({ length: 3000 }, (_, i) => ({ key: padded(i), value: i })),
      { key: 7, value: 'a number key' },
    ]);
    const seenFor = async (asked: StoredKey[]) => {
      let seen: unknown[] = [];
      await backend.transactKeys(asked, (currents) => {
        seen = currents;
        return [];
      });
      return seen;
    };
    expect(await seenFor([padded(2999), padded(0), padded(1500), padded(1)])).toEqual([
      2999, 0, 1500, 1,
    ]);
    expect(await seenFor([padded(0), 7, padded(2999)])).toEqual([0, 'a number key', 2999]);
  });
});

describe.each(backends)('getMany (%s)', (_name, make) => {
  it('gives each key as stored, in the order asked, a missing one as undefined', async () => {
    const backend = make();
    await backend.putMany([
      ...Array.from({ length: 3000 }, (_, i) => ({ key: padded(i), value: { n: i } })),
      { key: 7, value: 'a number key' },
    ]);
    expect(await backend.getMany([padded(1500), 'absent', padded(0), 7, padded(2999)])).toEqual([
      { n: 1500 },
      undefined,
      { n: 0 },
      'a number key',
      { n: 2999 },
    ]);
    expect(await backend.getMany([])).toEqual([]);
  });

  it('gives copies: changing what it gave changes nothing stored', async () => {
    const backend = make();
    await backend.putMany([{ key: 'a', value: { words: ['kept'] } }]);
    const [value] = (await backend.getMany(['a'])) as [{ words: string[] }];
    value.words.push('not stored');
    expect(await backend.get('a')).toEqual({ words: ['kept'] });
  });
});

it('getMany on IndexedDB reads a collection never stored as empty, without creating its database', async () => {
  expect(await createIdbBackend('never-stored').getMany(['a', 'b'])).toEqual([
    undefined,
    undefined,
  ]);
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('mend-never-stored');
});

describe('reading a batch on IndexedDB', () => {
  it('getMany reads a thousand neighbouring keys with a few requests, not one per key', async () => {
    const backend = createIdbBackend('get-many');
    await backend.putMany(
      Array.from({ length: 1200 }, (_, i) => ({ key: padded(i), value: { n: i } })),
    );
    const asked = Array.from({ length: 1000 }, (_, i) => padded(i + 100));
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await backend.getMany(asked)).toEqual(asked.map((_, i) => ({ n: i + 100 })));
    expect(gets.mock.calls.length).toBeLessThan(10);
  });

  it('transactKeys reads a thousand neighbouring keys with a few requests, not one per key', async () => {
    const backend = createIdbBackend('transact-keys');
    await backend.putMany(
      Array.from({ length: 1200 }, (_, i) => ({ key: padded(i), value: { n: i } })),
    );
    // A batch of neighbouring records, as a pass still has to change them.
    const asked = Array.from({ length: 1000 }, (_, i) => padded(i + 100));
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    let seen: unknown[] = [];
    await backend.transactKeys(asked, (currents) => {
      seen = currents;
      return [];
    });
    expect(seen).toEqual(asked.map((_, i) => ({ n: i + 100 })));
    expect(gets.mock.calls.length).toBeLessThan(10);
  });
});
