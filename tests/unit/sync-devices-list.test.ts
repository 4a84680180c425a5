// What "Your devices" shows and does: each device seen and what it last
// brought, forgetting one, turning sync off, and the two ways to delete
// everything on a synced device.
import { describe, expect, it } from 'vitest';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { deleteEverything } from '../../src/storage/device/wipe';
import { createMemoryTarget } from '../../src/storage/sync/memory-target';
import {
  forgetDevice,
  knownDevices,
  prepareDeleteEverywhere,
  renameDevice,
  stopSyncingHere,
  syncSetup,
  syncWith,
  turnOffSync,
  turnOnSync,
} from '../../src/storage/sync/sync';
import { get, put } from '../support/stored';
import { syncDevices } from '../support/sync-devices';

const PASSPHRASE = 'the kettle on a slow morning';

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: '2026-11-01T09:00:00.000Z', updatedAt: at };
}

async function paired() {
  const folder = createMemoryTarget();
  const devices = syncDevices('laptop', 'phone');
  await devices.on('laptop', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
    await put(journalCollection, entry('a', 'From the laptop.'));
    await put(journalCollection, entry('b', 'Also from the laptop.'));
    await syncWith(folder);
  });
  await devices.on('phone', async () => {
    await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
    await put(journalCollection, entry('c', 'From the phone.'));
    await syncWith(folder);
  });
  await devices.on('laptop', () => syncWith(folder));
  return { folder, devices };
}

describe('the devices a synced device knows', () => {
  it('lists this device first, then each device seen, when it last wrote and what it last brought', async () => {
    const { devices } = await paired();
    const list = await devices.on('phone', () => knownDevices());
    expect(list.map(({ name, isThis, lastBrought }) => ({ name, isThis, lastBrought }))).toEqual([
      { name: 'Phone', isThis: true, lastBrought: null },
      { name: 'Laptop', isThis: false, lastBrought: '2 entries' },
    ]);
    expect(list.every((device) => device.lastWroteAt !== null)).toBe(true);
  });

  it('says what a sync brought even when two syncs start at once (as the page opens and comes back)', async () => {
    const folder = createMemoryTarget();
    const devices = syncDevices('laptop', 'phone');
    await devices.on('laptop', async () => {
      await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
      for (const id of ['a', 'b', 'c']) await put(journalCollection, entry(id, `Entry ${id}.`));
      await syncWith(folder);
    });
    const { reports, laptop } = await devices.on('phone', async () => {
      await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
      const reports = await Promise.all([syncWith(folder), syncWith(folder)]);
      return { reports, laptop: (await knownDevices()).find((d) => d.name === 'Laptop') };
    });
    expect(reports.flatMap((r) => r.brought)).toEqual([{ deviceName: 'Laptop', words: '3 entries' }]);
    expect(laptop?.lastBrought).toBe('3 entries');
  });

  it('shows a device by its new name once it is renamed and has synced', async () => {
    const { folder, devices } = await paired();
    await devices.on('laptop', async () => {
      await renameDevice('Desk laptop');
      await syncWith(folder);
    });
    const names = await devices.on('phone', async () => {
      await syncWith(folder);
      return (await knownDevices()).map((d) => d.name);
    });
    expect(names).toEqual(['Phone', 'Desk laptop']);
  });

  it('ignores a forgotten device from then on, and leaves its file where it is', async () => {
    const { folder, devices } = await paired();
    const laptopId = await devices.on('laptop', async () => (await syncSetup())!.deviceId);
    await devices.on('laptop', async () => {
      await put(journalCollection, entry('d', 'Written after the phone forgot the laptop.', '2026-11-05T10:00:00.000Z'));
      await syncWith(folder);
    });
    await devices.on('phone', async () => {
      await forgetDevice(laptopId, folder);
      expect((await knownDevices()).map((d) => d.name)).toEqual(['Phone']);
      expect(await syncWith(folder)).toMatchObject({ brought: [], skipped: [] });
      expect(await get(journalCollection, 'd')).toBeUndefined();
    });
    expect(folder.files.has(`mend-${laptopId}.mendsync`)).toBe(true);
  });

  it("removes a forgotten device's file when it was this device's own, from before sync was turned off here", async () => {
    const { folder, devices } = await paired();
    const before = await devices.on('phone', async () => {
      const { deviceId } = (await syncSetup())!;
      await turnOffSync();
      await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
      await syncWith(folder);
      await forgetDevice(deviceId, folder);
      return deviceId;
    });
    expect(folder.files.has(`mend-${before}.mendsync`)).toBe(false);
  });
});

describe('turning sync off and deleting on a synced device', () => {
  it('keeps every record when sync is turned off', async () => {
    const { devices } = await paired();
    await devices.on('phone', async () => {
      await turnOffSync();
      expect(await syncSetup()).toBeNull();
      expect((await journalCollection.loadAll()).map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
    });
  });

  it('deletes on every device: the deletion marks travel, and nothing comes back', async () => {
    const { folder, devices } = await paired();
    await devices.on('laptop', async () => {
      await prepareDeleteEverywhere(folder);
      await deleteEverything();
      expect(await syncSetup()).toBeNull();
    });
    await devices.on('phone', async () => {
      await syncWith(folder);
      expect(await journalCollection.loadAll()).toEqual([]);
      await syncWith(folder);
      expect(await journalCollection.loadAll()).toEqual([]);
    });
  });

  it('deletes here and stops syncing: the others keep everything, and nothing comes back here', async () => {
    const { folder, devices } = await paired();
    await devices.on('laptop', async () => {
      await stopSyncingHere();
      await deleteEverything();
      expect(await syncSetup()).toBeNull();
    });
    await devices.on('phone', async () => {
      await syncWith(folder);
      expect((await journalCollection.loadAll()).map((e) => e.id).sort()).toEqual(['a', 'b', 'c']);
    });
    await devices.on('laptop', async () => {
      await expect(syncWith(folder)).rejects.toThrow('not turned on');
      expect(await journalCollection.loadAll()).toEqual([]);
    });
  });
});
