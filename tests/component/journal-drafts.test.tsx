import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_SAVE_DELAY_MS, resetDraftsForTests } from '../../src/features/journal/entry-drafts';
import { resetJournalStore } from '../../src/features/journal/journal-store';
import { drafts } from '../../src/storage/drafts';
import { journal, newJournalEntry } from '../../src/storage/journal';
import { findHeading, renderApp } from '../support/render-app';

beforeEach(() => {
  resetJournalStore();
  resetDraftsForTests();
});

const draftText = async (key: string) => (await drafts.get(key))?.text;

/** What a fresh page load would see: the screen gone, memory emptied, storage kept. */
async function reopen(path: string, previous: { unmount: () => void }) {
  previous.unmount();
  resetJournalStore();
  resetDraftsForTests();
  return renderApp(path);
}

describe('drafts while writing', () => {
  it('saves a draft within half a second of typing, without waiting for Save', async () => {
    expect(DRAFT_SAVE_DELAY_MS).toBeLessThanOrEqual(500);
    const { user } = await renderApp('/journal/new');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Half a thought',
    );
    // Counted from the last keystroke: the debounce plus a little time for the write.
    await waitFor(async () => expect(await draftText('journal:new')).toBe('Half a thought'), {
      timeout: 600,
    });
    expect(await journal.loadAll()).toEqual([]);
  });

  it('writes the draft at once when the page is hidden or closed', async () => {
    const { user } = await renderApp('/journal/new');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Typed just now',
    );
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // The synchronous copy is there before any timer runs.
    expect(localStorage.getItem('mend-rescue:drafts:journal:new')).toContain('Typed just now');
    await waitFor(async () => expect(await draftText('journal:new')).toBe('Typed just now'), {
      timeout: 200,
    });
  });

  it('offers an unfinished new entry back, and you can keep going', async () => {
    const first = await renderApp('/journal/new');
    await first.user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Where was I',
    );
    await waitFor(async () => expect(await draftText('journal:new')).toBe('Where was I'));

    const second = await reopen('/journal/new', first);
    expect(
      await screen.findByText('You were writing something here, and we kept it for you.'),
    ).toBeInTheDocument();
    const text = screen.getByRole('textbox', { name: "What's on your mind?" });
    expect(text).toHaveValue('Where was I');
    await second.user.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(text).toHaveFocus();
    await second.user.type(text, '? Here.');
    await second.user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');
    expect((await journal.loadAll()).map((e) => e.text)).toEqual(['Where was I? Here.']);
    expect(await drafts.get('journal:new')).toBeUndefined();
  });

  it('lets you start fresh instead, which clears the draft', async () => {
    const first = await renderApp('/journal/new');
    await first.user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Not this',
    );
    await waitFor(async () => expect(await draftText('journal:new')).toBe('Not this'));

    const second = await reopen('/journal/new', first);
    await second.user.click(await screen.findByRole('button', { name: 'Start fresh' }));
    expect(screen.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue('');
    await waitFor(async () => expect(await drafts.get('journal:new')).toBeUndefined());
  });

  it('offers unsaved changes to an entry back, or the saved version', async () => {
    await journal.save(newJournalEntry({ id: 'e1', text: 'Saved words.', mood: 2 }));
    const first = await renderApp('/journal/e1');
    const text = await screen.findByRole('textbox', { name: "What's on your mind?" });
    await first.user.type(text, ' More.');
    await first.user.click(screen.getByRole('radio', { name: '7' }));
    await waitFor(async () => expect(await draftText('journal:e1')).toBe('Saved words. More.'));

    const second = await reopen('/journal/e1', first);
    expect(
      await screen.findByText('You were writing something here, and we kept it for you.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
      'Saved words. More.',
    );
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    await second.user.click(screen.getByRole('button', { name: 'Go back to the saved entry' }));
    expect(screen.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
      'Saved words.',
    );
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
    expect((await journal.get('e1'))?.text).toBe('Saved words.');
  });

  it('opens an entry without any offer when there is no draft', async () => {
    await journal.save(newJournalEntry({ id: 'e2', text: 'Just this.' }));
    await renderApp('/journal/e2');
    expect(await screen.findByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
      'Just this.',
    );
    expect(screen.queryByText(/You were writing something/)).not.toBeInTheDocument();
  });

  it('asks before Cancel throws away what you wrote', async () => {
    const { user } = await renderApp('/journal/new');
    await user.type(
      await screen.findByRole('textbox', { name: "What's on your mind?" }),
      'Maybe later',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving this entry?' });
    expect(dialog).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep writing' }));
    expect(screen.getByRole('textbox', { name: "What's on your mind?" })).toHaveValue(
      'Maybe later',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Discard what I wrote' }));
    await findHeading('Your journal');
    await waitFor(async () => expect(await drafts.get('journal:new')).toBeUndefined());
  });
});
