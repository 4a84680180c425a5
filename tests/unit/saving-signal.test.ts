import { afterEach, describe, expect, it, vi } from 'vitest';
import { showSavingOnPage } from '../../src/app/saving-signal';
import { backendFor } from '../../src/storage/backends/backends';
import { journalCollection } from '../../src/storage/collections/journal';
import { recordStore } from '../../src/state/record-store';

const journal = recordStore(journalCollection);
const saying = () => document.documentElement.dataset.saving;
let stop: () => void = () => undefined;

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the page says whether everything typed so far is stored', () => {
  it('says it is saving while a change waits, and stops once it is stored', async () => {
    await journal.load();
    expect(saying()).toBeUndefined();
    stop = showSavingOnPage();
    expect(saying()).toBe('stored');
    vi.useFakeTimers();

    void journal.save(journalCollection.create({ id: 'waits', text: 'Typed just now' }), { delayMs: 400 });
    // At once, before the debounced write is even due: a test waiting right after typing can't miss it.
    expect(saying()).toBe('waiting');
    await vi.advanceTimersByTimeAsync(450);
    vi.useRealTimers();
    await journal.flush();

    expect(saying()).toBe('stored');
    expect((await journalCollection.get('waits')).status).toBe('found');
  });

  it('shows a change already waiting when it starts, as it starts after the first paint', async () => {
    await journal.load();
    const written = journal.save(journalCollection.create({ id: 'early', text: 'Typed before it started' }), { delayMs: 400 });
    stop = showSavingOnPage();
    expect(saying()).toBe('waiting');
    await journal.flush();
    await written;
    expect(saying()).toBe('stored');
  });

  it('says a change could not be stored, instead of saying it is still saving', async () => {
    await journal.load();
    stop = showSavingOnPage();
    const backend = await backendFor('journal');
    const transact = backend.transact.bind(backend);
    const failing = vi
      .spyOn(backend, 'transact')
      .mockImplementation((key, decide) => (key === 'stuck' ? Promise.reject(new Error('disk trouble')) : transact(key, decide)));

    expect(await journal.save(journalCollection.create({ id: 'stuck', text: 'Kept on screen' }))).toBe('failed');
    expect(saying()).toBe('stuck');

    failing.mockRestore();
    await journal.retry();
    expect(saying()).toBe('stored');
  });
});
