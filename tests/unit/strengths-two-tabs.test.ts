// A strength retyped in two tabs at once: neither text is silently lost. Both
// are kept (the other tab's stored, this tab's kept as a draft) until the
// person chooses, and a fresh page offers the same choice.
import { describe, expect, it, vi } from 'vitest';
import { draftsCollection } from '../../src/storage/collections/drafts';
import { strengthsCollection, type Strength } from '../../src/storage/collections/strengths';
import { nextUpdatedAt } from '../../src/storage/engine/record-fields';
import { strengthRecords } from '../../src/state/strengths';
import { freshPage } from '../support/stored';

const at = (minute: number) => `2026-11-01T10:0${minute}:00.000Z`;
const strength = (text: string, minute = 0): Strength => ({
  ...strengthsCollection.create({ id: 's', list: 'strengths', text }),
  createdAt: at(0),
  updatedAt: at(minute),
});

const storedText = async () => {
  const result = await strengthsCollection.get('s');
  return result.status === 'found' ? result.record.text : undefined;
};
const keptTexts = async () =>
  (await draftsCollection.loadAll()).flatMap((draft) =>
    draft.kind === 'kept-version' && draft.collection === 'strengths' ? [(draft.record as Strength).text] : [],
  );

/** This tab retypes the line it opened as `mine`, after another tab stored `theirs`. */
async function retypedInBoth(mine: string, theirs: string) {
  await strengthsCollection.write(strength('I listen well'), null);
  await strengthRecords.load();
  const opened = strengthRecords.getState().records.get('s')!;
  await strengthsCollection.write(strength(theirs, 5), opened.updatedAt);
  return strengthRecords.save(
    { ...opened, text: mine, updatedAt: nextUpdatedAt(opened.updatedAt) },
    { base: { version: opened.updatedAt, record: opened } },
  );
}

describe('a strength retyped in two tabs', () => {
  it('keeps both different texts, and offers the choice again on a fresh page', async () => {
    expect(await retypedInBoth('I listen well to friends', 'I listen without judging')).toBe('conflict');
    expect(await storedText()).toBe('I listen without judging');
    await vi.waitFor(async () => expect(await keptTexts()).toEqual(['I listen well to friends']));

    freshPage();
    await strengthRecords.load();
    expect(strengthRecords.getState().records.get('s')?.text).toBe('I listen well to friends');
    expect(strengthRecords.getState().conflicts.get('s')?.theirs.text).toBe('I listen without judging');

    expect(await strengthRecords.resolve('s', 'mine')).toBe('saved');
    expect(await storedText()).toBe('I listen well to friends');
    await vi.waitFor(async () => expect(await keptTexts()).toEqual([]));
  });

  it('asks nothing when both tabs typed the same new text', async () => {
    expect(await retypedInBoth('I listen closely', 'I listen closely')).toBe('saved');
    expect(await storedText()).toBe('I listen closely');
    expect(strengthRecords.getState().conflicts.size).toBe(0);
  });
});
