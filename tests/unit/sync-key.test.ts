// The sync key: kept between visits so no one types the passphrase every time,
// kept under the lock when there is one (and so only while it is open), never
// recoverable, and never anything readable in the folder.
import { afterEach, describe, expect, it } from 'vitest';
import { journalCollection } from '../../src/storage/collections/journal';
import { backendFor } from '../../src/storage/backends/backends';
import { isSealed } from '../../src/storage/engine/sealing';
import { lockNow, resetLockForTests, setPassphrase, unlock } from '../../src/storage/lock/lock-session';
import { createMemoryTarget } from '../../src/storage/sync/memory-target';
import { ownSyncFile, syncSetup, syncWith, turnOnSync, unlockSync, SYNC_PASSPHRASE_WORDS } from '../../src/storage/sync/sync';
import { put } from '../support/stored';
import { syncDevices } from '../support/sync-devices';

const PASSPHRASE = 'the kettle on a slow morning';
const LOCK_WORDS = 'a quiet harbour at dusk';

afterEach(async () => {
  await resetLockForTests();
});

/** Every value kept in the sync store, with the key it is kept at. */
async function keptKeys() {
  const entries = await (await backendFor('sync')).entries();
  return entries.filter(({ key }) => String(key).startsWith('key:')).map(({ value }) => value);
}

describe('the sync key', () => {
  it('is kept across a reload, so a sync needs no passphrase typed again', async () => {
    const folder = createMemoryTarget();
    const devices = syncDevices('laptop');
    await devices.on('laptop', () => turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE }));
    devices.reload('laptop');
    await devices.on('laptop', async () => {
      expect((await syncSetup())?.needsPassphrase).toBe(false);
      await syncWith(folder);
    });
    expect(folder.files.size).toBe(1);
  });

  it('is kept as a key that cannot be read back', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
    const [kept] = await keptKeys();
    const key = (kept as { key: CryptoKey }).key;
    expect(Object.prototype.toString.call(key)).toBe('[object CryptoKey]');
    expect(key.extractable).toBe(false);
  });

  it('refuses a wrong passphrase typed again, and keeps the right one working', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
    expect(await unlockSync('not the words')).toBe('wrong');
    expect(await unlockSync(PASSPHRASE)).toBe('ok');
  });

  it('is kept sealed by the lock, and known only while the lock is open', async () => {
    const devices = syncDevices('laptop');
    const folder = createMemoryTarget();
    await devices.on('laptop', async () => {
      await setPassphrase(LOCK_WORDS);
      expect(await turnOnSync({ deviceName: 'Laptop', useLock: true, passphrase: LOCK_WORDS })).toBe('ok');
      expect((await keptKeys()).every((value) => isSealed(value))).toBe(true);
      expect((await syncSetup())?.keyFrom).toBe('lock');
      await lockNow();
      expect((await syncSetup())?.needsPassphrase).toBe(true);
      await expect(syncWith(folder)).rejects.toThrow('locked');
    });
    devices.reload('laptop');
    await devices.on('laptop', async () => {
      expect((await syncSetup())?.needsPassphrase).toBe(true);
      expect(await unlock(LOCK_WORDS)).toBe('opened');
      expect((await syncSetup())?.needsPassphrase).toBe(false);
      await syncWith(folder);
    });
    expect(folder.files.size).toBe(1);
  });

  it('stores what a sync brings sealed when the lock is on', async () => {
    const folder = createMemoryTarget();
    const devices = syncDevices('laptop', 'phone');
    await devices.on('laptop', async () => {
      await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
      await put(journalCollection, { ...journalCollection.create({ id: 'from-laptop', text: 'Written at the desk.' }) });
      await syncWith(folder);
    });
    await devices.on('phone', async () => {
      await setPassphrase(LOCK_WORDS);
      await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
      await syncWith(folder);
      expect(isSealed(await (await backendFor('journal')).get('from-laptop'))).toBe(true);
      expect((await journalCollection.get('from-laptop')).status).toBe('found');
    });
  });

  it("refuses the lock's passphrase when the words typed are not the lock's, and stays off", async () => {
    await setPassphrase(LOCK_WORDS);
    expect(await turnOnSync({ deviceName: 'Laptop', useLock: true, passphrase: 'something else' })).toBe('wrong');
    expect(await syncSetup()).toBeNull();
  });

  it('leaves nothing readable in the file: no word written, no device name, no id', async () => {
    await turnOnSync({ deviceName: 'Kitchen laptop', passphrase: PASSPHRASE });
    await put(journalCollection, { ...journalCollection.create({ id: 'entry-visible-id', text: 'Words only I should read.' }) });
    const { bytes } = await ownSyncFile();
    const asText = new TextDecoder('latin1').decode(bytes);
    for (const secret of ['Words only I should read', 'Kitchen laptop', 'entry-visible-id', 'journal', (await syncSetup())!.deviceId]) {
      expect(asText).not.toContain(secret);
    }
  });

  it('says plainly that the passphrase cannot be recovered', () => {
    expect(SYNC_PASSPHRASE_WORDS.cantBeRecovered).toMatch(/can.t recover|no one can recover/i);
  });
});
