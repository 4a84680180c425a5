import { afterEach, describe, expect, it } from 'vitest';
import { allCollections } from '../../src/storage/collections/all-collections';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection } from '../../src/storage/collections/journal';
import { defaultPlanSettings, planCollection, planSettingsCollection } from '../../src/storage/collections/plan';
import { isPlanOpenWhileLocked, writePlanChoice } from '../../src/storage/lock/plan-choice';
import { PLAN_COLLECTIONS } from '../../src/storage/lock/plan-choice';
import { setPlanOpenWhileLocked } from '../../src/storage/lock/plan-sealing';
import { changePassphrase, lockNow, resetLockForTests, setPassphrase, unlock } from '../../src/storage/lock/lock-session';
import { isSealed } from '../../src/storage/engine/sealing';
import { countUnsealed } from '../../src/storage/lock/lock-pass';
import { readParams } from '../../src/storage/lock/lock-params';
import { deleteEverything } from '../../src/storage/device/wipe';

const PASSPHRASE = 'a quiet harbour at dusk';

/** Every stored value (tombstones aside), by collection, as sealed or plain. */
async function sealedness(): Promise<Record<string, boolean[]>> {
  const all: Record<string, boolean[]> = {};
  for (const collection of allCollections()) {
    const values = (await (await backendFor(collection.name)).entries()).map((e) => isSealed(e.value));
    if (values.length > 0) all[collection.name] = values;
  }
  return all;
}

async function writeSome() {
  await journalCollection.write(journalCollection.create({ id: 'today', text: 'A long day at work' }), null);
  await planCollection.write(planCollection.create({ id: 'walk', section: 'on-my-own', text: 'A walk by the river' }), null);
  await planSettingsCollection.write({ ...defaultPlanSettings(), country: 'uk' }, null);
}

afterEach(async () => {
  await resetLockForTests();
});

describe('opening the plan without the passphrase', () => {
  it('names the plan’s collections as they are defined', () => {
    expect([...PLAN_COLLECTIONS].sort()).toEqual([planCollection.name, planSettingsCollection.name].sort());
  });

  it('is off by default: with a lock, the plan is sealed like everything else', async () => {
    await setPassphrase(PASSPHRASE);
    await writeSome();
    expect(isPlanOpenWhileLocked()).toBe(false);
    expect(await sealedness()).toEqual({ journal: [true], plan: [true], 'plan-settings': [true] });
  });

  it('stores only the plan unsealed, and nothing else; the plan then opens while locked and the rest does not', async () => {
    await setPassphrase(PASSPHRASE);
    await writeSome();

    await setPlanOpenWhileLocked(true);

    expect(await sealedness()).toEqual({ journal: [true], plan: [false], 'plan-settings': [false] });
    await lockNow();
    expect((await planCollection.loadAll()).map((i) => i.text)).toEqual(['A walk by the river']);
    expect((await planSettingsCollection.loadAll()).map((s) => s.country)).toEqual(['uk']);
    await expect(journalCollection.loadAll()).rejects.toThrow(/could not be read/);
  });

  it('keeps the plan unsealed through the lock’s own pass (a new passphrase), and new plan lines too', async () => {
    await setPassphrase(PASSPHRASE);
    await writeSome();
    await setPlanOpenWhileLocked(true);

    expect(await changePassphrase(PASSPHRASE, 'a brighter harbour at noon')).toBe('changed');
    await planCollection.write(planCollection.create({ id: 'rosa', section: 'people', text: 'Aunt Rosa' }), null);
    await journalCollection.write(journalCollection.create({ id: 'later', text: 'Later words' }), null);

    expect(await sealedness()).toEqual({ journal: [true, true], plan: [false, false], 'plan-settings': [false] });
  });

  it('seals the plan again when the choice is turned off, and a lock set later seals it from the start', async () => {
    await setPassphrase(PASSPHRASE);
    await writeSome();
    await setPlanOpenWhileLocked(true);
    await setPlanOpenWhileLocked(false);
    expect(await sealedness()).toEqual({ journal: [true], plan: [true], 'plan-settings': [true] });

    await lockNow();
    await expect(planCollection.loadAll()).rejects.toThrow(/could not be read/);
    expect(await unlock(PASSPHRASE)).toBe('opened');
    expect((await planCollection.loadAll()).map((i) => i.text)).toEqual(['A walk by the river']);
  });

  it('never counts the plan kept open as words still waiting to be sealed', async () => {
    await setPassphrase(PASSPHRASE);
    await writeSome();
    await setPlanOpenWhileLocked(true);
    const params = await readParams();
    if (!params || params === 'unreadable') throw new Error('no lock stored');
    expect(await countUnsealed(params.keys[0]!.id)).toBe(0);
  });

  it('finishes a switch a closed tab cut short at the next unlock, so the plan opens while locked', async () => {
    await setPassphrase(PASSPHRASE);
    await writeSome();
    // The choice was kept, but the tab closed before the plan was brought to it.
    writePlanChoice(true);
    expect(await sealedness()).toEqual({ journal: [true], plan: [true], 'plan-settings': [true] });

    await lockNow();
    expect(await unlock(PASSPHRASE)).toBe('opened');
    await expect.poll(sealedness).toEqual({ journal: [true], plan: [false], 'plan-settings': [false] });
    await lockNow();
    expect((await planCollection.loadAll()).map((i) => i.text)).toEqual(['A walk by the river']);
  });

  it('is forgotten by delete everything', async () => {
    await setPlanOpenWhileLocked(true);
    await deleteEverything();
    expect(isPlanOpenWhileLocked()).toBe(false);
  });
});
