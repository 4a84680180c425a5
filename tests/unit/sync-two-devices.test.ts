// Two (and three) devices syncing through one in-memory folder: the merge is
// the import's and the two tabs', so nothing either device wrote is lost.
import { describe, expect, it } from 'vitest';
import { draftsCollection, type KeptVersion } from '../../src/storage/collections/drafts';
import { goalsCollection, type Goal } from '../../src/storage/collections/goals';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { createMemoryTarget } from '../../src/storage/sync/memory-target';
import { syncSetup, syncWith, turnOnSync, unlockSync } from '../../src/storage/sync/sync';
import { get, put } from '../support/stored';
import { syncDevices } from '../support/sync-devices';

const PASSPHRASE = 'the kettle on a slow morning';

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: '2026-11-01T09:00:00.000Z', updatedAt: at };
}

function goal(id: string, fields: Partial<Goal> = {}, at = '2026-11-01T10:00:00.000Z'): Goal {
  return {
    ...goalsCollection.create({ id, title: 'Walk to the river', why: 'Air', steps: [], targetDate: null, priority: 'medium', status: 'active', completedAt: null, history: [], link: null }),
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: at,
    ...fields,
  };
}

/** Phone and laptop, sync on, each with what `seed` writes, then each synced once (laptop first). */
async function pairedDevices(seed: { laptop?: () => Promise<void>; phone?: () => Promise<void> } = {}) {
  const folder = createMemoryTarget();
  const devices = syncDevices('laptop', 'phone');
  await devices.on('laptop', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
    await seed.laptop?.();
    await syncWith(folder);
  });
  await devices.on('phone', async () => {
    await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
    await seed.phone?.();
    await syncWith(folder);
  });
  await devices.on('laptop', () => syncWith(folder));
  return { folder, devices };
}

describe('syncing two devices through one folder', () => {
  it('brings each device the records the other wrote', async () => {
    const { devices } = await pairedDevices({
      laptop: () => put(journalCollection, entry('from-laptop', 'Written at the desk.')),
      phone: () => put(journalCollection, entry('from-phone', 'Written on the bus.')),
    });
    for (const name of ['laptop', 'phone'] as const) {
      await devices.on(name, async () => {
        expect((await get(journalCollection, 'from-laptop'))?.text).toBe('Written at the desk.');
        expect((await get(journalCollection, 'from-phone'))?.text).toBe('Written on the bus.');
      });
    }
  });

  it('says what the sync brought, in words, from which device', async () => {
    const folder = createMemoryTarget();
    const devices = syncDevices('laptop', 'phone');
    await devices.on('laptop', async () => {
      await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
      for (const id of ['a', 'b', 'c']) await put(journalCollection, entry(id, `Entry ${id}`));
      await put(goalsCollection, goal('g'));
      await syncWith(folder);
    });
    const report = await devices.on('phone', async () => {
      await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
      return syncWith(folder);
    });
    expect(report.skipped).toEqual([]);
    expect(report.brought).toEqual([{ deviceName: 'Laptop', words: '3 entries and 1 goal' }]);
    expect(report.nothingNew).toBe(false);
  });

  it('keeps both versions when both devices changed the same words of an entry', async () => {
    const { folder, devices } = await pairedDevices({ laptop: () => put(journalCollection, entry('shared', 'The first words.')) });
    await devices.on('laptop', () => put(journalCollection, entry('shared', 'The laptop changed this.', '2026-11-02T10:00:00.000Z')));
    await devices.on('phone', () => put(journalCollection, entry('shared', 'The phone changed this.', '2026-11-02T11:00:00.000Z')));
    await devices.on('laptop', () => syncWith(folder));
    await devices.on('phone', () => syncWith(folder));
    await devices.on('laptop', () => syncWith(folder));
    for (const name of ['laptop', 'phone'] as const) {
      await devices.on(name, async () => {
        expect((await get(journalCollection, 'shared'))?.text).toBe('The phone changed this.');
        const kept = (await draftsCollection.loadAll()).filter((d): d is KeptVersion => d.kind === 'kept-version' && d.recordId === 'shared');
        expect(kept.map((k) => (k.record as JournalEntry).text)).toEqual(['The laptop changed this.']);
        expect(kept[0]?.collection).toBe('journal');
      });
    }
  });

  it('merges changes to different fields of one goal', async () => {
    const { folder, devices } = await pairedDevices({ laptop: () => put(goalsCollection, goal('g')) });
    await devices.on('laptop', () => put(goalsCollection, goal('g', { title: 'Walk to the old bridge' }, '2026-11-02T10:00:00.000Z')));
    await devices.on('phone', () => put(goalsCollection, goal('g', { priority: 'high' }, '2026-11-02T11:00:00.000Z')));
    await devices.on('phone', () => syncWith(folder));
    await devices.on('laptop', () => syncWith(folder));
    await devices.on('phone', () => syncWith(folder));
    for (const name of ['laptop', 'phone'] as const) {
      await devices.on(name, async () => {
        const merged = await get(goalsCollection, 'g');
        expect({ title: merged?.title, priority: merged?.priority }).toEqual({ title: 'Walk to the old bridge', priority: 'high' });
        expect((await draftsCollection.loadAll()).filter((d) => d.kind === 'kept-version')).toEqual([]);
      });
    }
  });

  it('keeps an edit made on one device while the other deleted the entry', async () => {
    const { folder, devices } = await pairedDevices({ laptop: () => put(journalCollection, entry('e', 'Before.')) });
    // The phone edits, then the laptop deletes later by the clock, never having seen the edit.
    await devices.on('phone', () => put(journalCollection, entry('e', 'Edited on the phone.', '2026-11-02T10:00:00.000Z')));
    await devices.on('laptop', async () => {
      expect((await journalCollection.remove('e', 'any', '2026-11-02T12:00:00.000Z')).status).toBe('saved');
    });
    await devices.on('laptop', () => syncWith(folder));
    await devices.on('phone', () => syncWith(folder));
    await devices.on('laptop', () => syncWith(folder));
    for (const name of ['laptop', 'phone'] as const) {
      await devices.on(name, async () => expect((await get(journalCollection, 'e'))?.text).toBe('Edited on the phone.'));
    }
  });

  it('carries a deletion to the other device when nothing was edited there', async () => {
    const { folder, devices } = await pairedDevices({ laptop: () => put(journalCollection, entry('e', 'To let go.')) });
    await devices.on('phone', async () => expect((await get(journalCollection, 'e'))?.text).toBe('To let go.'));
    await devices.on('laptop', async () => {
      await journalCollection.remove('e', 'any', '2026-11-02T12:00:00.000Z');
      await syncWith(folder);
    });
    await devices.on('phone', async () => {
      await syncWith(folder);
      expect(await get(journalCollection, 'e')).toBeUndefined();
    });
  });

  it('brings a device that was away for a month up to date, without its old copies winning', async () => {
    const { folder, devices } = await pairedDevices({ laptop: () => put(journalCollection, entry('old', 'Day one.')) });
    await devices.on('laptop', async () => {
      for (let day = 1; day <= 30; day++) {
        const at = new Date(Date.UTC(2026, 10, 2 + day, 9)).toISOString();
        await put(journalCollection, entry(`day-${day}`, `Day ${day} of the month.`, at));
      }
      await put(journalCollection, entry('old', 'Day one, looked at again.', '2026-12-01T09:00:00.000Z'));
      await syncWith(folder);
    });
    await devices.on('phone', async () => {
      const report = await syncWith(folder);
      expect(report.brought).toEqual([{ deviceName: 'Laptop', words: '31 entries' }]);
      expect((await journalCollection.loadAll()).length).toBe(31);
      expect((await get(journalCollection, 'old'))?.text).toBe('Day one, looked at again.');
    });
    await devices.on('laptop', async () => {
      await syncWith(folder);
      expect((await get(journalCollection, 'old'))?.text).toBe('Day one, looked at again.');
    });
  });

  it('opens the files of two devices set up apart once the passphrase is typed on each, then needs it no more', async () => {
    const laptopFolder = createMemoryTarget();
    const phoneFolder = createMemoryTarget();
    const devices = syncDevices('laptop', 'phone');
    await devices.on('laptop', async () => {
      await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
      await put(journalCollection, entry('from-laptop', 'Written at the desk.'));
      await syncWith(laptopFolder);
    });
    await devices.on('phone', async () => {
      await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
      await put(journalCollection, entry('from-phone', 'Written on the bus.'));
      await syncWith(phoneFolder);
    });
    // Later, one folder: each device's file now sits beside the other's.
    for (const [name, file] of phoneFolder.files) laptopFolder.files.set(name, file);
    devices.reload('laptop');
    devices.reload('phone');
    for (const name of ['laptop', 'phone'] as const) {
      await devices.on(name, async () => {
        expect((await syncWith(laptopFolder)).skipped).toHaveLength(1);
        expect((await syncSetup())?.needsPassphrase).toBe(true);
        expect(await unlockSync(PASSPHRASE)).toBe('ok');
        expect((await syncWith(laptopFolder)).skipped).toEqual([]);
      });
    }
    devices.reload('laptop');
    await devices.on('laptop', async () => {
      expect((await syncWith(laptopFolder)).skipped).toEqual([]);
      expect((await syncSetup())?.needsPassphrase).toBe(false);
      expect((await journalCollection.loadAll()).map((e) => e.id).sort()).toEqual(['from-laptop', 'from-phone']);
    });
    await devices.on('phone', async () => {
      expect((await journalCollection.loadAll()).map((e) => e.id).sort()).toEqual(['from-laptop', 'from-phone']);
    });
  });

  it('brings three devices to the same records', async () => {
    const folder = createMemoryTarget();
    const devices = syncDevices('laptop', 'phone', 'tablet');
    const names = { laptop: 'Laptop', phone: 'Phone', tablet: 'Tablet' } as const;
    for (const name of ['laptop', 'phone', 'tablet'] as const) {
      await devices.on(name, async () => {
        await turnOnSync({ deviceName: names[name], passphrase: PASSPHRASE });
        await put(journalCollection, entry(`from-${name}`, `Written on the ${name}.`));
        await syncWith(folder);
      });
    }
    for (const name of ['laptop', 'phone', 'tablet'] as const) await devices.on(name, () => syncWith(folder));
    for (const name of ['laptop', 'phone', 'tablet'] as const) {
      await devices.on(name, async () => {
        expect((await journalCollection.loadAll()).map((e) => e.id).sort()).toEqual(['from-laptop', 'from-phone', 'from-tablet']);
      });
    }
  });
});
