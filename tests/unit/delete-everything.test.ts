// Deleting everything in this tab, where a browser cannot stage the timing: a
// change still waiting to be written, and the copy made as the page closes.
import { describe, expect, it } from 'vitest';
import { draftsCollection } from '../../src/storage/collections/drafts';
import { journalCollection } from '../../src/storage/collections/journal';
import { draftKey, draftRecords, keepDraft } from '../../src/state/drafts-store';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { PREFERENCES_KEY, readPreferences, savePreferences } from '../../src/storage/device/preferences';
import { flushAllRecordStores } from '../../src/state/record-store';
import { deleteEverything } from '../../src/storage/device/wipe';
import type { TypedDraft } from '../../src/storage/collections/drafts';

const mendKeys = (storage: Storage) => Object.keys(storage).filter((key) => key.startsWith('mend'));

describe('deleting everything', () => {
  it('drops a change still waiting to be written, so neither a flush nor the page closing writes it back', async () => {
    await draftRecords.load();
    const key = draftKey('typed', 'strength:wins');
    await keepDraft<TypedDraft>(key, { kind: 'typed', base: null, box: 'strength:wins', text: 'Stored' });
    void keepDraft<TypedDraft>(key, { kind: 'typed', base: null, box: 'strength:wins', text: 'Still waiting' });
    expect(draftRecords.getState().unsaved.has(key)).toBe(true);

    await deleteEverything();
    expect(draftRecords.getState().unsaved.size).toBe(0);
    await flushAllRecordStores();
    window.dispatchEvent(new Event('pagehide'));
    await flushAllRecordStores();

    expect(await draftsCollection.loadAll()).toEqual([]);
    expect(mendKeys(localStorage)).toEqual([]);
  });

  it('clears the appearance and the welcome seen, and every key of Mend in this tab', async () => {
    savePreferences({ theme: 'dark', hasSeenWelcome: true });
    sessionStorage.setItem('mend-tab', 'abc');
    expect(localStorage.getItem(PREFERENCES_KEY)).not.toBeNull();

    await deleteEverything();

    expect(readPreferences()).toMatchObject({ theme: 'system', hasSeenWelcome: false });
    expect(mendKeys(localStorage)).toEqual([]);
    expect(mendKeys(sessionStorage)).toEqual([]);
  });

  it('leaves this tab able to write again once it is done (an import straight after)', async () => {
    await deleteEverything();
    savePreferences({ theme: 'dark' });
    expect(readPreferences().theme).toBe('dark');
    await draftRecords.load();
    const key = draftKey('typed', 'strength:wins');
    expect(await keepDraft<TypedDraft>(key, { kind: 'typed', base: null, box: 'strength:wins', text: 'New' })).toBe('saved');
  });

  it('clears again when a tab too busy to answer at once lets go only as the clearing runs', async () => {
    // Another tab, as it looks from here: it answers late, after writing an entry
    // into the journal just after the journal was cleared.
    const other = new BroadcastChannel('mend-storage');
    let wipe: unknown = null;
    let wroteLate = false;
    other.onmessage = (event: MessageEvent<{ op?: string; collection?: string; wipe?: unknown }>) => {
      if (event.data.op === 'wiping') wipe = event.data.wipe;
      if (wipe === null || wroteLate || event.data.collection !== 'journal' || event.data.op !== 'clear') return;
      wroteLate = true;
      const entry = journalCollection.create({ id: 'late', text: 'Saved by a busy tab just before it let go.' });
      void createIdbBackend('journal')
        .putMany([{ key: entry.id, value: entry }])
        .then(() => other.postMessage({ op: 'dropped', wipe }));
    };
    try {
      await deleteEverything();
    } finally {
      other.close();
    }
    expect(wroteLate).toBe(true);
    expect(await createIdbBackend('journal').keys()).toEqual([]);
  });
});
