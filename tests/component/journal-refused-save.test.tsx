import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { journalDraftKey } from '../../src/features/journal/entry-drafts';
import { journalRecords } from '../../src/features/journal/journal-store';
import { draftsCollection } from '../../src/storage/collections/drafts';
import { journalCollection } from '../../src/storage/collections/journal';
import { LIMITS, nowIso } from '../../src/storage/engine/record-fields';
import { findHeading, renderApp } from '../support/render-app';
import { freshPage, journalDraftText, put } from '../support/stored';

beforeEach(() => {
  freshPage();
});

const textBox = () => screen.getByRole('textbox', { name: "What's on your mind?" });

describe('an entry that can not be saved as it is', () => {
  it('says plainly it could not be saved, not that it is too long, and keeps the words on screen and in the draft', async () => {
    // A draft may hold a tag an entry can't (an empty one, left by an earlier version):
    // the entry made from it is refused as invalid, for a reason that isn't its length.
    const now = nowIso();
    await put(draftsCollection, {
      schemaVersion: 2,
      id: journalDraftKey(null),
      createdAt: now,
      updatedAt: now,
      base: null,
      kind: 'journal',
      text: 'Please keep every word of this.',
      mood: null,
      tags: [''],
      typedTag: '',
      link: null,
      entryId: 'e-refused',
      isNew: true,
    });
    const { user } = await renderApp('/journal/new');
    await findHeading('New entry');
    expect(await screen.findByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
      'Please keep every word of this.',
    );
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    const alert = await screen.findByText(/We couldn't save this entry as it is/);
    expect(alert).toHaveTextContent(
      "We couldn't save this entry as it is. Your words are still here. You could copy them somewhere safe, or export a copy of your data.",
    );
    expect(alert).not.toHaveTextContent(/longer than/);
    expect(textBox()).toHaveValue('Please keep every word of this.');
    expect(journalRecords.getState().unsaved.get('e-refused')).toBe('invalid');
    await waitFor(async () => expect(await journalDraftText()).toBe('Please keep every word of this.'));
  });

  it('says an entry longer than one entry can hold is too long, and keeps it on screen', async () => {
    // Written through the store as another screen might: refused, it stays on screen unsaved.
    const long = 'a'.repeat(LIMITS.entryText + 1);
    expect(await journalRecords.save(journalCollection.create({ id: 'long', text: long }))).toBe('invalid');
    const { user } = await renderApp('/journal/long');
    await findHeading('Your entry');
    await user.click(await screen.findByRole('button', { name: 'Save entry' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This entry is longer than one entry can hold, so it wasn't saved. Your words are still here; you could move some of them to a new entry.",
    );
    expect((textBox() as HTMLTextAreaElement).value).toHaveLength(LIMITS.entryText + 1);
  });
});
