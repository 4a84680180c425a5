import { afterEach, describe, expect, it, vi } from 'vitest';
import { backendFor } from '../../src/storage/backends/backends';
import { goalsCollection, type Goal } from '../../src/storage/collections/goals';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { createIdbBackend } from '../../src/storage/backends/idb-backend';
import { nextUpdatedAt } from '../../src/storage/engine/record-fields';
import { recordStore } from '../../src/state/record-store';

const journal = recordStore(journalCollection);
const goals = recordStore(goalsCollection);

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: at, updatedAt: at };
}

/** Another tab writing straight to storage, from the version it had. */
async function otherTabWrites(record: JournalEntry, base: string | null) {
  const outcome = await journalCollection.write(record, base);
  expect(outcome.status).toBe('saved');
}

const stored = async (id: string) => {
  const result = await journalCollection.get(id);
  return result.status === 'found' ? result.record : undefined;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the record store every feature store is built on', () => {
  it('shows a change at once and gathers a burst of typing into one write', async () => {
    await journal.load();
    const write = vi.spyOn(journalCollection, 'write');
    vi.useFakeTimers();

    for (const text of ['T', 'Th', 'Thi', 'This']) void journal.save(entry('a', text), { delayMs: 400 });

    expect(journal.getState().records.get('a')?.text).toBe('This');
    expect(journal.getState().unsaved.get('a')).toBe('waiting');
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(450);
    vi.useRealTimers();
    await journal.flush();

    expect(write).toHaveBeenCalledTimes(1);
    expect(journal.getState().unsaved.has('a')).toBe(false);
    expect((await stored('a'))?.text).toBe('This');
  });

  it('keeps one record marked unsaved while another saves: one success never hides another failure', async () => {
    await journal.load();
    const backend = await backendFor('journal');
    const transact = backend.transact.bind(backend);
    vi.spyOn(backend, 'transact').mockImplementation((key, decide) =>
      key === 'a' ? Promise.reject(new Error('disk trouble')) : transact(key, decide),
    );

    expect(await journal.save(entry('a', 'run A'))).toBe('failed');
    expect(await journal.save(entry('b', 'run B'))).toBe('saved');

    expect(journal.getState().unsaved.get('a')).toBe('failed');
    expect(journal.getState().unsaved.has('b')).toBe(false);
    expect(journal.getState().records.get('a')?.text).toBe('run A');
  });

  it('tries a failed write again on its own, and clears the mark when it lands', async () => {
    await journal.load();
    const backend = await backendFor('journal');
    vi.spyOn(backend, 'transact').mockRejectedValueOnce(new Error('disk trouble'));

    expect(await journal.save(entry('retry', 'still here'))).toBe('failed');

    await vi.waitFor(() => expect(journal.getState().unsaved.has('retry')).toBe(false), { timeout: 3000 });
    expect((await stored('retry'))?.text).toBe('still here');
  });

  it('says the collection could not be read, and reads it when asked again', async () => {
    await journalCollection.write(entry('kept', 'still stored'), null);
    const backend = await backendFor('journal');
    vi.spyOn(backend, 'values').mockRejectedValueOnce(new Error('disk trouble'));

    await journal.load();
    expect(journal.getState().phase).toBe('unreadable');
    expect(journal.getState().records.size).toBe(0);

    await journal.load();
    expect(journal.getState().phase).toBe('ready');
    expect(journal.getState().records.get('kept')?.text).toBe('still stored');
  });

  it('takes in a change made in another tab', async () => {
    await journalCollection.write(entry('x', 'before'), null);
    await journal.load();

    await otherTabWrites(entry('x', 'from the other tab', '2026-11-01T11:00:00.000Z'), '2026-11-01T10:00:00.000Z');

    await vi.waitFor(() => expect(journal.getState().records.get('x')?.text).toBe('from the other tab'));
  });

  it('combines two changes to different parts of one record instead of losing either', async () => {
    const goal = { ...goalsCollection.create({ id: 'g', title: 'Join a choir' }), updatedAt: '2026-11-01T10:00:00.000Z' };
    await goalsCollection.write(goal, null);
    await goals.load();
    // Another tab renames the goal...
    await goalsCollection.write(
      { ...goal, title: 'Join the Tuesday choir', updatedAt: '2026-11-01T10:05:00.000Z' },
      goal.updatedAt,
    );
    // ...while this one, not yet told, sets a date.
    const changed = goals.update('g', (g: Goal) => ({ ...g, targetDate: '2026-12-01' }));

    expect(await changed).toBe('saved');

    const result = await goalsCollection.get('g');
    expect(result).toMatchObject({ record: { title: 'Join the Tuesday choir', targetDate: '2026-12-01' } });
    expect(goals.getState().records.get('g')).toMatchObject({ title: 'Join the Tuesday choir', targetDate: '2026-12-01' });
  });

  it('keeps both versions when the same words were changed in two places, and lets the person choose', async () => {
    await journalCollection.write(entry('e', 'the first words'), null);
    await journal.load();
    const opened = journal.getState().records.get('e')!;
    await otherTabWrites(entry('e', 'words from the first tab', '2026-11-01T10:05:00.000Z'), opened.updatedAt);

    const mine = { ...opened, text: 'words from the second tab', updatedAt: nextUpdatedAt(opened.updatedAt) };
    const outcome = await journal.save(mine, { base: { version: opened.updatedAt, record: opened } });

    expect(outcome).toBe('conflict');
    expect(journal.getState().conflicts.get('e')?.theirs.text).toBe('words from the first tab');
    expect(journal.getState().records.get('e')?.text).toBe('words from the second tab');
    expect((await stored('e'))?.text).toBe('words from the first tab');

    expect(await journal.resolve('e', 'mine')).toBe('saved');
    expect((await stored('e'))?.text).toBe('words from the second tab');
    expect(journal.getState().conflicts.size).toBe(0);
  });

  it('can keep both versions of a conflict: theirs in place, mine as a record of its own', async () => {
    await journalCollection.write(entry('k', 'first'), null);
    await journal.load();
    const opened = journal.getState().records.get('k')!;
    await otherTabWrites(entry('k', 'theirs', '2026-11-01T10:05:00.000Z'), opened.updatedAt);
    await journal.save({ ...opened, text: 'mine', updatedAt: nextUpdatedAt(opened.updatedAt) }, {
      base: { version: opened.updatedAt, record: opened },
    });

    await journal.keepBoth('k', (m) => ({ ...m, id: 'k-copy' }));

    expect((await stored('k'))?.text).toBe('theirs');
    expect((await stored('k-copy'))?.text).toBe('mine');
  });

  it('does not let a change from another tab replace words typed here and not yet written', async () => {
    await journalCollection.write(entry('t', 'start'), null);
    await journal.load();
    vi.useFakeTimers();
    void journal.save({ ...entry('t', 'typing here'), updatedAt: '2026-11-01T10:01:00.000Z' }, { delayMs: 400 });
    vi.useRealTimers();
    const reads = vi.spyOn(journalCollection, 'get');

    await otherTabWrites(entry('t', 'elsewhere', '2026-11-01T10:02:00.000Z'), '2026-11-01T10:00:00.000Z');
    // The store has read the other tab's change (and decided what to do with it) once its read is answered.
    await vi.waitFor(() => expect(reads).toHaveBeenCalledWith('t'));
    await reads.mock.results[0]!.value;

    expect(journal.getState().records.get('t')?.text).toBe('typing here');
  });

  it('saves a change to a record stored with a time ahead of this device clock', async () => {
    const ahead = '2099-06-01T00:00:00.000Z';
    await journalCollection.write(entry('clock', 'written by a fast clock', ahead), null);
    await journal.load();

    const changed = journal.update('clock', (e) => ({ ...e, text: 'changed today' }));

    expect(await changed).toBe('saved');
    expect((await stored('clock'))?.text).toBe('changed today');
  });

  it('never overwrites an unreadable record at the key it writes: it is moved aside and kept', async () => {
    await createIdbBackend('journal').putMany([{ key: 'draft-like', value: { schemaVersion: 1, id: 'draft-like', text: 7 } }]);
    await journal.load();

    expect(await journal.save(entry('draft-like', 'new words'))).toBe('saved');

    const all = await createIdbBackend('journal').entries();
    expect(all.map((e) => e.value)).toContainEqual(expect.objectContaining({ setAside: true, raw: expect.objectContaining({ text: 7 }) }));
    expect((await stored('draft-like'))?.text).toBe('new words');
  });

  it('writes a copy to localStorage as the page closes, and forgets it once the write lands', async () => {
    await journal.load();
    vi.useFakeTimers();
    void journal.save(entry('leaving', 'last words'), { delayMs: 400 });
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('mend-rescue:journal:leaving')).toContain('last words');
    vi.useRealTimers();

    await vi.waitFor(async () => expect((await stored('leaving'))?.text).toBe('last words'));
    await vi.waitFor(() => expect(localStorage.getItem('mend-rescue:journal:leaving')).toBeNull());
  });

  it('marks a record too long to store as such, and does not keep retrying it', async () => {
    await journal.load();
    const tooLong = entry('long', 'x'.repeat(200_001));

    expect(await journal.save(tooLong)).toBe('invalid');

    expect(journal.getState().unsaved.get('long')).toBe('invalid');
    expect(journal.getState().records.get('long')?.text).toHaveLength(200_001);
  });
});

describe('what the store helper writes for every store', () => {
  it('makes a new record from the collection: its defaults, this format and now', () => {
    const made = journalCollection.create({ id: 'new', text: 'First words' });
    expect(made).toMatchObject({ schemaVersion: journalCollection.version, mood: null, tags: [], link: null });
    expect(made.createdAt).toBe(made.updatedAt);
    // Defaults are copied: one record's list is never another's.
    made.tags.push('mine');
    expect(journalCollection.create({ id: 'other', text: 'x' }).tags).toEqual([]);
  });

  it('stamps an update with this format and a time after the one it changed', async () => {
    const ahead = new Date(Date.now() + 60_000).toISOString();
    await journalCollection.write(entry('u', 'before', ahead), null);
    await journal.load();

    expect(await journal.update('u', (e) => ({ ...e, text: 'after' }), { typing: true })).toBe('saved');

    const after = await stored('u');
    expect(after).toMatchObject({ text: 'after', schemaVersion: journalCollection.version });
    expect(Date.parse(after!.updatedAt)).toBeGreaterThan(Date.parse(ahead));
  });

  it("reports a change that changes nothing as 'unchanged', and writes nothing", async () => {
    await journalCollection.write(entry('same', 'as it was'), null);
    await journal.load();
    const write = vi.spyOn(journalCollection, 'write');

    expect(await journal.update('same', () => null)).toBe('unchanged');
    expect(await journal.update('not-here', (e) => ({ ...e, text: 'x' }))).toBe('unchanged');
    expect(write).not.toHaveBeenCalled();
    expect(journal.getState().unsaved.size).toBe(0);
  });
});
