// The check-in settings are one record with a fixed id: two tabs that each make
// the first choice both create it. The two combine (the later choice stands)
// instead of waiting for a choice between two versions that no screen offers.
import { describe, expect, it } from 'vitest';
import { checkInSettingsRecords } from '../../src/state/check-ins';
import {
  CHECK_IN_SETTINGS_ID,
  checkInSettingsCollection,
  defaultCheckInSettings,
} from '../../src/storage/collections/check-in-settings';

describe('the check-in settings made first in two tabs at once', () => {
  it('stores the later choice instead of leaving it waiting on a conflict', async () => {
    await checkInSettingsRecords.load();
    // Another tab made its choice first, a moment earlier: its own record.
    const theirs = { ...defaultCheckInSettings(), createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
    await checkInSettingsCollection.write({ ...theirs, askBefore: true }, null);

    const mine = { ...defaultCheckInSettings(), askBefore: false };
    expect(await checkInSettingsRecords.save(mine, { base: { version: null, record: null } })).toBe('saved');
    const stored = await checkInSettingsCollection.get(CHECK_IN_SETTINGS_ID);
    expect(stored.status === 'found' && stored.record.askBefore).toBe(false);
    expect(checkInSettingsRecords.getState().conflicts.size).toBe(0);
  });
});
