import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRecordsFor, readAheadFor, readAheadOnLinks } from '../../src/app/read-ahead-for';
import { journalRecords } from '../../src/features/journal/journal-store';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection } from '../../src/storage/collections/journal';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { readAhead } from '../../src/storage/backends/read-ahead';
import { writeLockFlag } from '../../src/storage/lock/lock-flag';
import { resetRecordStoresForTests } from '../../src/state/record-store';

/** Lets IndexedDB answer what was asked of it so far. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function countReads(collection = 'journal') {
  const backend = await backendFor(collection);
  return vi.spyOn(backend, 'values');
}

function linkTo(path: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = path;
  link.textContent = path;
  document.body.append(link);
  return link;
}

describe('reading ahead of a screen', () => {
  beforeAll(() => {
    readAheadOnLinks();
    // jsdom cannot follow a link; the app's router would take it in the browser.
    document.addEventListener('click', (event) => event.preventDefault());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('the journal opened by its address loads from the read begun at start-up, reading once', async () => {
    await journalCollection.write(journalCollection.create({ id: 'kept', text: 'I called my sister.' }), null);
    const reads = await countReads();
    readAheadFor('/journal');
    const loaded = await journalCollection.loadAll();
    expect(loaded.map((entry) => entry.text)).toEqual(['I called my sister.']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('a read begun before a save in this tab is not used: the saved words are shown', async () => {
    readAhead('journal');
    await settle();
    await journalCollection.write(journalCollection.create({ id: 'new', text: 'Written while the screen loaded.' }), null);
    const loaded = await journalCollection.loadAll();
    expect(loaded.map((entry) => entry.text)).toEqual(['Written while the screen loaded.']);
  });

  it('a read begun before any write in this tab is not used, even a write that sends no notice', async () => {
    readAhead('journal');
    await settle();
    // As when an unreadable record is moved aside: stored quietly, through the app's own door.
    const written = journalCollection.create({ id: 'quiet', text: 'Stored without a notice.' });
    await (await backendFor('journal')).putMany([{ key: written.id, value: written }]);
    const loaded = await journalCollection.loadAll();
    expect(loaded.map((entry) => entry.text)).toEqual(['Stored without a notice.']);
  });

  it('a read begun before another tab changed the journal is not used', async () => {
    readAhead('journal');
    await settle();
    // The other tab writes, then says so on the shared channel.
    const written = journalCollection.create({ id: 'elsewhere', text: 'From the other tab.' });
    await createIdbBackend('journal').putMany([{ key: written.id, value: written }]);
    const otherTab = new BroadcastChannel('mend-storage');
    otherTab.postMessage({ collection: 'journal', id: written.id, op: 'put', updatedAt: written.updatedAt });
    otherTab.close();
    await settle();
    const loaded = await journalCollection.loadAll();
    expect(loaded.map((entry) => entry.text)).toEqual(['From the other tab.']);
  });

  it('a read no screen took within a few seconds is let go, and the next load reads afresh', async () => {
    // Decided before the clock is faked: the check for IndexedDB has a time limit of its own.
    await backendFor('journal');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    readAhead('journal');
    vi.advanceTimersByTime(3000);
    vi.useRealTimers();
    await settle();
    // Written without a notice (as an old version of the app in another tab might).
    const written = journalCollection.create({ id: 'late', text: 'Arrived later.' });
    await createIdbBackend('journal').putMany([{ key: written.id, value: written }]);
    const loaded = await journalCollection.loadAll();
    expect(loaded.map((entry) => entry.text)).toEqual(['Arrived later.']);
  });

  it('following an in-app link starts reading its screen\'s records; a new-tab click does not', async () => {
    const reads = await countReads();
    const strengthReads = await countReads('strengths');
    const link = linkTo('/journal');
    const later = linkTo('/strengths');
    try {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      // A read the new-tab click began would have started before this later link's.
      later.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(strengthReads).toHaveBeenCalledTimes(1));
      expect(reads).not.toHaveBeenCalled();
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
      await journalCollection.loadAll();
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      link.remove();
      later.remove();
    }
  });
});

describe('the first render of a screen opened by its address', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    resetRecordStoresForTests();
  });

  it('the journal has its entries before it first renders, so the list is drawn once', async () => {
    await journalCollection.write(journalCollection.create({ id: 'kept', text: 'I called my sister.' }), null);
    readAheadFor('/journal');
    expect(journalRecords.getState().phase).toBe('idle');
    await loadRecordsFor('/journal');
    expect(journalRecords.getState().phase).toBe('ready');
    expect([...journalRecords.getState().records.values()].map((entry) => entry.text)).toEqual(['I called my sister.']);
  });

  it('records that take too long to arrive do not hold the screen back past a second', async () => {
    vi.spyOn(journalRecords, 'load').mockReturnValue(new Promise(() => undefined));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let isDone = false;
    const waiting = loadRecordsFor('/journal').then(() => (isDone = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(isDone).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(isDone).toBe(true);
  });

  it('with the lock on, nothing is loaded before the lock screen: the read begun at start-up waits for the unlock', async () => {
    await journalCollection.write(journalCollection.create({ id: 'kept', text: 'I called my sister.' }), null);
    const reads = await countReads();
    writeLockFlag({ v: 1, state: 'on', idleMinutes: 5, gen: 0 });
    try {
      const load = vi.spyOn(journalRecords, 'load');
      readAheadFor('/journal');
      await loadRecordsFor('/journal');
      expect(load).not.toHaveBeenCalled();
      expect(journalRecords.getState().phase).toBe('idle');
    } finally {
      writeLockFlag(null);
    }
    // Still there for the journal's own load once the records can be opened.
    await journalCollection.loadAll();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('a screen with nothing stored to show loads no records', async () => {
    const load = vi.spyOn(journalRecords, 'load');
    await loadRecordsFor('/help');
    expect(load).not.toHaveBeenCalled();
  });
});
