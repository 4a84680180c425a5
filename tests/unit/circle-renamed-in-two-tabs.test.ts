// A default circle is stored only once it is renamed, so two tabs renaming it
// for the first time both create its record, each with its own createdAt. The
// same new name in both is one name, not two versions to choose between.
import { describe, expect, it } from 'vitest';
import { circleRecords } from '../../src/state/belonging';
import { circlesCollection } from '../../src/storage/collections/belonging-circles';

describe('a default circle renamed for the first time in two tabs at once', () => {
  it('asks nothing when both tabs typed the same new name', async () => {
    await circleRecords.load();
    const at = '2026-11-01T10:00:00.000Z';
    await circlesCollection.write({ ...circlesCollection.create({ id: 'hobby', name: 'Choir' }), isOwn: false, createdAt: at, updatedAt: at }, null);

    const mine = { ...circlesCollection.create({ id: 'hobby', name: 'Choir' }), isOwn: false };
    expect(await circleRecords.save(mine, { base: { version: null, record: null } })).toBe('saved');
    expect(circleRecords.getState().conflicts.size).toBe(0);
  });

  it('still keeps both when the two tabs typed different names', async () => {
    await circleRecords.load();
    const at = '2026-11-01T10:00:00.000Z';
    await circlesCollection.write({ ...circlesCollection.create({ id: 'online', name: 'Gaming friends' }), isOwn: false, createdAt: at, updatedAt: at }, null);

    const mine = { ...circlesCollection.create({ id: 'online', name: 'Book forum' }), isOwn: false };
    expect(await circleRecords.save(mine, { base: { version: null, record: null } })).toBe('conflict');
  });
});
