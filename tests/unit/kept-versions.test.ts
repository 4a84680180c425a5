// A conflict's own side is stored until the person chooses: a fresh page (a
// reload, or a new tab after this one closed) shows the same choice again.
import { describe, expect, it, vi } from 'vitest';
import { draftsCollection } from '../../src/storage/collections/drafts';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { nextUpdatedAt } from '../../src/storage/engine/record-fields';
import { recordStore } from '../../src/state/record-store';
import { freshPage } from '../support/stored';

const journal = recordStore(journalCollection);

function entry(id: string, text: string, at = '2026-11-01T10:00:00.000Z'): JournalEntry {
  return { ...journalCollection.create({ id, text }), createdAt: at, updatedAt: at };
}

const stored = async (id: string) => {
  const result = await journalCollection.get(id);
  return result.status === 'found' ? result.record : undefined;
};

const keptTexts = async () =>
  (await draftsCollection.loadAll()).flatMap((draft) =>
    draft.kind === 'kept-version' ? [(draft.record as JournalEntry).text] : [],
  );

/** This tab changes entry `id` from the version it opened, after another tab wrote 'theirs'. */
async function conflictOn(id: string) {
  await journalCollection.write(entry(id, 'as it was'), null);
  await journal.load();
  const opened = journal.getState().records.get(id)!;
  await journalCollection.write(entry(id, 'theirs', '2026-11-01T10:05:00.000Z'), opened.updatedAt);
  const outcome = await journal.save(
    { ...opened, text: 'mine', updatedAt: nextUpdatedAt(opened.updatedAt) },
    { base: { version: opened.updatedAt, record: opened } },
  );
  expect(outcome).toBe('conflict');
  await vi.waitFor(async () => expect(await keptTexts()).toEqual(['mine']));
}

describe('a version kept in a conflict', () => {
  it('is offered again, with the same choice, in a tab opened after this one closed', async () => {
    await conflictOn('e');
    sessionStorage.clear();
    freshPage();

    await journal.load();
    expect(journal.getState().conflicts.get('e')?.theirs.text).toBe('theirs');
    expect(journal.getState().records.get('e')?.text).toBe('mine');
    expect(journal.getState().unsaved.get('e')).toBe('conflict');
    expect((await stored('e'))?.text).toBe('theirs');

    expect(await journal.resolve('e', 'mine')).toBe('saved');
    expect((await stored('e'))?.text).toBe('mine');
    await vi.waitFor(async () => expect(await keptTexts()).toEqual([]));
  });

  it('keeps the words typed on while the choice waits', async () => {
    await conflictOn('t');
    const current = journal.getState().records.get('t')!;
    void journal.save({ ...current, text: 'mine, and more', updatedAt: nextUpdatedAt(current.updatedAt) });
    await vi.waitFor(async () => expect(await keptTexts()).toEqual(['mine, and more']), { timeout: 3000 });
    freshPage();

    await journal.load();
    expect(journal.getState().records.get('t')?.text).toBe('mine, and more');
  });

  it('goes when the other version is chosen', async () => {
    await conflictOn('o');
    await journal.resolve('o', 'theirs');
    await vi.waitFor(async () => expect(await keptTexts()).toEqual([]));
    freshPage();

    await journal.load();
    expect(journal.getState().conflicts.size).toBe(0);
    expect(journal.getState().records.get('o')?.text).toBe('theirs');
  });

  it('is written back when the record was deleted since: an edit outlives a delete', async () => {
    await conflictOn('d');
    freshPage();
    await journalCollection.remove('d', 'any');

    await journal.load();
    await vi.waitFor(async () => expect((await stored('d'))?.text).toBe('mine'));
    await vi.waitFor(async () => expect(await keptTexts()).toEqual([]));
  });
});
