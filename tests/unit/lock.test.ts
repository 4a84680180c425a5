import { afterEach, describe, expect, it, vi } from 'vitest';
import v1 from '../fixtures/v1-records.json';
import { allCollections } from '../../src/storage/collections/all-collections';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { createSealer, importDataKey, newDataKeyBytes, KDF_ITERATIONS } from '../../src/storage/lock/lock-crypto';
import { isLockSet, readLockFlag } from '../../src/storage/lock/lock-flag';
import { useLockState } from '../../src/state/lock-state';
import { readParams } from '../../src/storage/lock/lock-params';
import {
  changePassphrase,
  lockNow,
  removePassphrase,
  resetLockForTests,
  setPassphrase,
  unlock,
} from '../../src/storage/lock/lock-session';
import { recordStore, resetRecordStoresForTests } from '../../src/state/record-store';
import { registeredDeviceStores } from '../../src/storage/signals/registry';
import { rescuePut } from '../../src/storage/engine/rescue';
import { isSealed, type SealedEnvelope } from '../../src/storage/engine/sealing';
import { useStorageStatus } from '../../src/state/storage-status';

const PASSPHRASE = 'a quiet harbour at dusk';
const journal = recordStore(journalCollection);

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: at, updatedAt: at };
}

/** Bytes shown as text, so words stored unsealed inside a buffer would still be found. */
function asText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object ArrayBuffer]') return new TextDecoder().decode(v as ArrayBuffer);
    if (tag === '[object Uint8Array]') return new TextDecoder().decode(v as Uint8Array);
    return v;
  });
}

/** Every value stored by every registered collection, and the lock's own store, as text. */
async function dump(): Promise<string> {
  const parts: string[] = [];
  for (const name of [...allCollections().map((c) => c.name), 'lock']) {
    for (const { key, value } of await (await backendFor(name)).entries()) parts.push(`${name}/${String(key)}: ${asText(value)}`);
  }
  for (let i = 0; i < localStorage.length; i++) parts.push(localStorage.getItem(localStorage.key(i)!) ?? '');
  return parts.join('\n');
}

/** The words of the v1 fixture: every string with a space in it (ids and times have none). */
function fixtureWords(): string[] {
  const words: string[] = [];
  JSON.stringify(v1, (_key, value: unknown) => {
    if (typeof value === 'string' && value.includes(' ')) words.push(value);
    return value;
  });
  return words;
}

async function storeFixtures() {
  for (const [name, records] of Object.entries(v1 as Record<string, { id: string }[]>)) {
    await (await backendFor(name)).putMany(records.map((record) => ({ key: record.id, value: record })));
  }
}

/** The collections as a fresh page reads them: every record, by collection and id. */
async function readEverything() {
  const all: Record<string, unknown[]> = {};
  for (const collection of allCollections()) {
    all[collection.name] = (await collection.loadAll()).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return all;
}

async function storedValue(collection: string, key: string) {
  return (await backendFor(collection)).get(key);
}

afterEach(async () => {
  await resetLockForTests();
  vi.restoreAllMocks();
});

describe('the passphrase lock', () => {
  it('seals every value of every registered collection: records, unreadable ones and set-aside ones', async () => {
    await storeFixtures();
    await journalCollection.write(entry('today', 'I cried on the bus and that was fine'), null);
    // Something unreadable in every collection, found by iterating the registry.
    for (const collection of allCollections()) {
      await (await backendFor(collection.name)).putMany([{ key: 'odd', value: { note: `hidden words of ${collection.name}` } }]);
      await collection.keepAside('elsewhere', 'a test', { note: `set aside words of ${collection.name}` });
    }
    const before = await readEverything();
    const words = [
      ...fixtureWords(),
      'I cried on the bus',
      ...allCollections().flatMap((c) => [`hidden words of ${c.name}`, `set aside words of ${c.name}`]),
    ];
    for (const word of words) expect(await dump()).toContain(word);

    await setPassphrase(PASSPHRASE);

    const stored = await dump();
    for (const word of words) expect(stored, word).not.toContain(word);
    for (const collection of allCollections()) {
      for (const { key, value } of await (await backendFor(collection.name)).entries()) {
        expect(isSealed(value), `${collection.name}/${String(key)}`).toBe(true);
      }
    }
    // And with the key, everything reads as it did.
    expect(await readEverything()).toEqual(before);
    expect((await readParams()) as { pass: string }).toMatchObject({ pass: 'done' });
  });

  it('stores the parameters beside the data: PBKDF2-SHA256 with 600,000 iterations, a 16-byte salt, a fresh 12-byte IV per record', async () => {
    await journalCollection.write(entry('a', 'one'), null);
    await journalCollection.write(entry('b', 'one'), null);
    await setPassphrase(PASSPHRASE);

    const params = await readParams();
    if (params === null || params === 'unreadable') throw new Error('no parameters stored');
    expect(params.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: KDF_ITERATIONS });
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(params.kdf.salt).toHaveLength(16);
    expect(params.cipher).toBe('AES-256-GCM');
    const a = (await storedValue('journal', 'a')) as SealedEnvelope;
    const b = (await storedValue('journal', 'b')) as SealedEnvelope;
    expect(a.iv).toHaveLength(12);
    expect([...a.iv]).not.toEqual([...b.iv]);
    // Same words, different ciphertext.
    expect(asText(a.data)).not.toEqual(asText(b.data));
  });

  it('opens nothing with a wrong passphrase, says so, and changes nothing stored', async () => {
    await journalCollection.write(entry('a', 'the words I kept'), null);
    await setPassphrase(PASSPHRASE);
    await lockNow();
    const before = await dump();

    expect(await unlock('a quiet harbour at dawn')).toBe('wrong');

    expect(useLockState.getState().status).toBe('locked');
    await expect(journalCollection.loadAll()).rejects.toThrow(/could not be read/);
    expect(await dump()).toBe(before);
    expect(await unlock(PASSPHRASE)).toBe('opened');
    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['the words I kept']);
  });

  it('reports a record with a changed byte as unreadable, keeps it, and loads the rest', async () => {
    await journalCollection.write(entry('good', 'still here'), null);
    await journalCollection.write(entry('bad', 'about to be damaged'), null);
    await setPassphrase(PASSPHRASE);
    const damaged = (await storedValue('journal', 'bad')) as SealedEnvelope;
    const bytes = new Uint8Array(damaged.data);
    bytes[3] = bytes[3]! ^ 0x01;
    await (await backendFor('journal')).putMany([{ key: 'bad', value: { ...damaged, data: bytes.buffer } }]);

    expect((await journalCollection.loadAll()).map((e) => e.id)).toEqual(['good']);
    expect(useStorageStatus.getState().setAside).toEqual([
      expect.objectContaining({ collection: 'journal', key: 'bad', reason: expect.stringMatching(/could not be opened/) }),
    ]);
    expect(await journalCollection.get('bad')).toMatchObject({ status: 'unreadable' });

    // A later save to that id keeps the damaged value aside rather than overwriting it.
    expect(await journalCollection.write(entry('bad', 'written again', '2026-11-02T10:00:00.000Z'), null)).toEqual({ status: 'saved' });
    const entries = await (await backendFor('journal')).entries();
    const aside = entries.filter((e) => String(e.key).startsWith('~set-aside~bad'));
    expect(aside).toHaveLength(1);
    expect(await journalCollection.get('bad')).toMatchObject({ status: 'found', record: { text: 'written again' } });
  });

  it('binds a sealed record to its collection, id and version: moved or re-dated, it no longer opens', async () => {
    await journalCollection.write(entry('mine', 'words that belong here'), null);
    await setPassphrase(PASSPHRASE);
    const sealed = (await storedValue('journal', 'mine')) as SealedEnvelope;
    const backend = await backendFor('journal');
    await backend.putMany([
      { key: 'moved', value: { ...sealed, id: 'moved' } },
      { key: 'redated', value: { ...sealed, id: 'redated', updatedAt: '2030-01-01T00:00:00.000Z' } },
    ]);
    await (await backendFor('goals')).putMany([{ key: 'mine', value: sealed }]);

    expect(await journalCollection.get('mine')).toMatchObject({ status: 'found' });
    expect(await journalCollection.get('moved')).toMatchObject({ status: 'unreadable' });
    expect(await journalCollection.get('redated')).toMatchObject({ status: 'unreadable' });
    const goals = allCollections().find((c) => c.name === 'goals')!;
    expect(await goals.get('mine')).toMatchObject({ status: 'unreadable' });
  });

  it('goes on with an interrupted pass at the next unlock: every record readable on the way, none lost', async () => {
    const texts = Array.from({ length: 1500 }, (_, i) => `entry number ${i} about a hard day`);
    await (await backendFor('journal')).putMany(texts.map((text, i) => ({ key: `e${String(i).padStart(4, '0')}`, value: entry(`e${String(i).padStart(4, '0')}`, text) })));
    const backend = await backendFor('journal');
    const transactKeys = backend.transactKeys.bind(backend);
    let batches = 0;
    // The tab closes after the first batch of 1,000: the second batch never lands.
    vi.spyOn(backend, 'transactKeys').mockImplementation((keys, decide) => {
      batches += 1;
      return batches === 2 ? Promise.reject(new Error('tab closed')) : transactKeys(keys, decide);
    });

    await setPassphrase(PASSPHRASE);

    const values = (await backend.entries()).map((e) => e.value);
    expect(values.filter(isSealed)).toHaveLength(1000);
    expect(values.filter((v) => !isSealed(v))).toHaveLength(500);
    expect(useLockState.getState().isPassUnfinished).toBe(true);
    expect(await readParams()).toMatchObject({ pass: 'pending' });
    // Half sealed, half plain: all of it reads.
    expect((await journalCollection.loadAll()).map((e) => e.text).sort()).toEqual([...texts].sort());

    vi.mocked(backend.transactKeys).mockRestore();
    await lockNow();
    await resetLockForTests(); // a fresh page
    expect(await unlock(PASSPHRASE)).toBe('opened');
    await vi.waitFor(async () => expect(await readParams()).toMatchObject({ pass: 'done' }), { timeout: 5000 });

    const after = (await backend.entries()).map((e) => e.value);
    expect(after.every(isSealed)).toBe(true);
    expect((await journalCollection.loadAll()).map((e) => e.text).sort()).toEqual([...texts].sort());
    for (const text of texts.slice(0, 3)) expect(await dump()).not.toContain(text);
  });

  it('never replaces a record that changed while the pass was reading: the newer words stay', async () => {
    await journalCollection.write(entry('busy', 'first words'), null);
    const backend = await backendFor('journal');
    const transactKeys = backend.transactKeys.bind(backend);
    vi.spyOn(backend, 'transactKeys').mockImplementationOnce(async (keys, decide) => {
      // Another change lands between the pass's read and its write.
      await backend.putMany([{ key: 'busy', value: entry('busy', 'newer words', '2026-11-01T11:00:00.000Z') }]);
      return transactKeys(keys, decide);
    });

    await setPassphrase(PASSPHRASE);

    expect(await journalCollection.get('busy')).toMatchObject({ status: 'found', record: { text: 'newer words' } });
    // The next sweep sealed it too.
    expect(isSealed(await storedValue('journal', 'busy'))).toBe(true);
  });

  it('turned off, stores every record plain again, exactly as it was, and forgets the lock', async () => {
    await storeFixtures();
    await journalCollection.write(entry('today', 'a plain day'), null);
    const plainBefore = await dump();
    const before = await readEverything();
    await setPassphrase(PASSPHRASE);
    expect(await dump()).not.toContain('a plain day');

    expect(await removePassphrase('not it')).toBe('wrong');
    expect(isLockSet()).toBe(true);
    expect(await removePassphrase(PASSPHRASE)).toBe('removed');

    expect(isLockSet()).toBe(false);
    expect(useLockState.getState().status).toBe('off');
    expect(await readParams()).toBeNull();
    expect(await dump()).toBe(plainBefore);
    expect(await readEverything()).toEqual(before);
  });

  it('changes the passphrase: a new key seals everything again; the old passphrase opens nothing', async () => {
    await journalCollection.write(entry('a', 'words to carry over'), null);
    await setPassphrase(PASSPHRASE);
    const firstKey = ((await storedValue('journal', 'a')) as SealedEnvelope).key;

    expect(await changePassphrase('wrong one', 'a new sentence to remember')).toBe('wrong');
    expect(await changePassphrase(PASSPHRASE, 'a new sentence to remember')).toBe('changed');

    const resealed = (await storedValue('journal', 'a')) as SealedEnvelope;
    expect(resealed.key).not.toBe(firstKey);
    const params = await readParams();
    expect(params).toMatchObject({ pass: 'done', keys: [{ id: resealed.key }] });
    expect(readLockFlag()?.gen).toBe(2);
    await lockNow();
    expect(await unlock(PASSPHRASE)).toBe('wrong');
    expect(await unlock('a new sentence to remember')).toBe('opened');
    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['words to carry over']);
  });

  it('locking writes what waits, then drops the key and every record read with it', async () => {
    await setPassphrase(PASSPHRASE);
    await journal.load();
    void journal.save(entry('late', 'typed just before locking'), { delayMs: 5000 });
    expect(journal.getState().records.size).toBe(1);

    await lockNow();

    expect(journal.getState().records.size).toBe(0);
    expect(journal.getState().phase).toBe('idle');
    expect(isSealed(await storedValue('journal', 'late'))).toBe(true);
    expect(await dump()).not.toContain('typed just before locking');
    // Without the key nothing reads, and nothing is written in the clear.
    await expect(journalCollection.loadAll()).rejects.toThrow(/could not be read/);
    await expect(journalCollection.write(entry('while-locked', 'should wait'), null)).rejects.toThrow(/locked/);
    expect(await storedValue('journal', 'while-locked')).toBeUndefined();
  });

  it('keeps a change that could not be written before locking, and writes it sealed after the next unlock', async () => {
    await setPassphrase(PASSPHRASE);
    await journal.load();
    const backend = await backendFor('journal');
    const failing = vi.spyOn(backend, 'transact').mockRejectedValue(new DOMException('Disk busy', 'UnknownError'));
    expect(await journal.save(entry('kept', 'words that must not be lost'))).toBe('failed');

    // Locking tries once more (as the page would on leaving), and still can't.
    await lockNow();
    expect(journal.getState().unsaved.get('kept')).toBe('failed');
    expect(journal.getState().records.get('kept')?.text).toBe('words that must not be lost');
    failing.mockRestore();

    expect(await unlock(PASSPHRASE)).toBe('opened');
    await journal.retry();
    expect(journal.getState().unsaved.size).toBe(0);
    expect(await journalCollection.get('kept')).toMatchObject({ status: 'found', record: { text: 'words that must not be lost' } });
    expect(isSealed(await storedValue('journal', 'kept'))).toBe(true);
  });

  it('writes no rescue copy while a passphrase is set, and removes those already kept when it is set', async () => {
    rescuePut('journal', 'left', entry('left', 'closing words'), null);
    expect(localStorage.getItem('mend-rescue:journal:left')).toContain('closing words');

    await setPassphrase(PASSPHRASE);

    expect(localStorage.getItem('mend-rescue:journal:left')).toBeNull();
    expect(rescuePut('journal', 'new', entry('new', 'more words'), null)).toBe('');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('mend-rescue:'))).toEqual([]);
    await lockNow();
    rescuePut('journal', 'locked', entry('locked', 'words while locked'), null);
    expect(await dump()).not.toContain('words while locked');
  });

  it('with the lock on, a change the page closes on leaves a sealed copy, never a readable one, written at the next unlock', async () => {
    await setPassphrase(PASSPHRASE);
    const backend = await backendFor('journal');
    // The page closes: its IndexedDB write never lands.
    const closing = vi.spyOn(backend, 'transact').mockRejectedValue(new DOMException('The page closed', 'AbortError'));
    void journal.save(entry('late', 'the last words typed'), { delayMs: 60_000 });
    await vi.waitFor(() => {
      journal.keepOnLeave();
      expect(localStorage.getItem('mend-rescue:journal:late')).toContain('"rescue":3');
    });
    expect(await dump()).not.toContain('the last words typed');
    await journal.flush();
    closing.mockRestore();

    // A fresh page: nothing in memory; the copy waits for the key, then is written sealed.
    resetRecordStoresForTests();
    await resetLockForTests();
    expect(await unlock(PASSPHRASE)).toBe('opened');
    expect(await journalCollection.get('late')).toMatchObject({ status: 'found', record: { text: 'the last words typed' } });
    expect(isSealed(await storedValue('journal', 'late'))).toBe(true);
    expect(localStorage.getItem('mend-rescue:journal:late')).toBeNull();
  });

  it('locks when another tab locks (a notice on the storage channel), and tells other tabs when it locks', async () => {
    await journalCollection.write(entry('a', 'words on another screen'), null);
    await setPassphrase(PASSPHRASE);
    const otherTab = new BroadcastChannel('mend-storage');
    const heard: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);

    otherTab.postMessage({ op: 'locked' });
    await vi.waitFor(() => expect(useLockState.getState().status).toBe('locked'));
    await expect(journalCollection.loadAll()).rejects.toThrow(/could not be read/);
    expect(heard).toEqual([]);

    expect(await unlock(PASSPHRASE)).toBe('opened');
    await lockNow();
    await vi.waitFor(() => expect(heard).toEqual([{ op: 'locked' }]));
    otherTab.close();
  });

  it('is forgotten when everything is deleted: no flag, no parameters, nothing sealed after', async () => {
    await setPassphrase(PASSPHRASE);
    for (const store of registeredDeviceStores()) await store.clear();

    expect(isLockSet()).toBe(false);
    expect(await readParams()).toBeNull();
    expect(useLockState.getState().status).toBe('off');
    await journalCollection.write(entry('after', 'a fresh start'), null);
    expect(await storedValue('journal', 'after')).toMatchObject({ text: 'a fresh start' });
  });

  it('refuses to set a lock when this browser keeps nothing (storage in memory)', async () => {
    const { resetBackendsForTests } = await import('../../src/storage/backends/backends');
    resetBackendsForTests();
    // IndexedDB missing: storage runs in memory, where a lock's parameters would vanish with the tab.
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;

    await expect(setPassphrase(PASSPHRASE)).rejects.toThrow(/not keeping/);
    expect(isLockSet()).toBe(false);
  });
});

describe('sealing one value', () => {
  it('round-trips a value and refuses it under another key, another id or another collection', async () => {
    const make = async () => {
      const fresh = newDataKeyBytes();
      return importDataKey(fresh.id, fresh.bytes);
    };
    const key = await make();
    const sealer = createSealer([key]);
    const record = entry('x', 'private words');
    const envelope = await sealer.seal('journal', record, record);

    expect(envelope).toMatchObject({ sealed: 1, id: 'x', updatedAt: record.updatedAt, key: key.id });
    expect(await sealer.unseal('journal', envelope)).toEqual(record);
    await expect(sealer.unseal('goals', envelope)).rejects.toThrow();
    await expect(sealer.unseal('journal', { ...envelope, id: 'y' })).rejects.toThrow();
    const other = await make();
    await expect(createSealer([other]).unseal('journal', envelope)).rejects.toThrow(/no longer holds/);
    await expect(createSealer([other]).unseal('journal', { ...envelope, key: other.id })).rejects.toThrow();
  });
});
