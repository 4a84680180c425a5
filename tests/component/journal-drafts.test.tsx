import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { journalCollection } from '../../src/storage/collections/journal';
import { TYPING_DELAY_MS } from '../../src/state/record-store';
import { findHeading, renderApp } from '../support/render-app';
import { freshPage, get, journalDraftText, put, storedDrafts } from '../support/stored';

beforeEach(() => {
  freshPage();
});

const textBox = () => screen.getByRole('textbox', { name: "What's on your mind?" });

/** A reload of this tab: the screen gone, memory emptied, storage and the tab kept. */
async function reload(path: string, previous: { unmount: () => void }) {
  previous.unmount();
  freshPage();
  return renderApp(path);
}

/** The tab closed and the app opened again in a new one. */
async function reopenInNewTab(path: string, previous: { unmount: () => void }) {
  sessionStorage.clear();
  return reload(path, previous);
}

describe('drafts while writing', () => {
  it('saves a draft within half a second of typing, without waiting for Save', async () => {
    expect(TYPING_DELAY_MS).toBeLessThanOrEqual(500);
    const { user } = await renderApp('/journal/new');
    await user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Half a thought');
    // Counted from the last keystroke: the debounce plus a little time for the write.
    await waitFor(async () => expect(await journalDraftText()).toBe('Half a thought'), { timeout: 600 });
    expect(await journalCollection.loadAll()).toEqual([]);
  });

  it('writes the draft at once when the page is hidden or closed', async () => {
    const { user } = await renderApp('/journal/new');
    await user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Typed just now');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // The synchronous copy is there before any timer runs.
    const rescued = Object.keys(localStorage).filter((key) => key.startsWith('mend-rescue:drafts:journal:new:'));
    expect(rescued).toHaveLength(1);
    expect(localStorage.getItem(rescued[0]!)).toContain('Typed just now');
    await waitFor(async () => expect(await journalDraftText()).toBe('Typed just now'), { timeout: 200 });
  });

  it('brings an unfinished new entry back after a reload, and you can keep going', async () => {
    const first = await renderApp('/journal/new');
    await first.user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Where was I');
    await waitFor(async () => expect(await journalDraftText()).toBe('Where was I'));

    const second = await reload('/journal/new', first);
    expect(await screen.findByText('You were writing something here, and we kept it for you.')).toBeInTheDocument();
    expect(textBox()).toHaveValue('Where was I');
    await second.user.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(textBox()).toHaveFocus();
    await second.user.type(textBox(), '? Here.');
    await second.user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');
    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['Where was I? Here.']);
    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });

  it('offers what a closed tab was writing to the next new entry, and lets it go only with that tab', async () => {
    const first = await renderApp('/journal/new');
    await first.user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'From the closed tab');
    await waitFor(async () => expect(await journalDraftText()).toBe('From the closed tab'));

    const second = await reopenInNewTab('/journal/new', first);
    expect(await screen.findByText('You were writing something here, and we kept it for you.')).toBeInTheDocument();
    expect(textBox()).toHaveValue('From the closed tab');
    await second.user.type(textBox(), ', carried on.');
    await second.user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');

    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['From the closed tab, carried on.']);
    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });

  it('lets you start fresh instead, which clears this tab’s draft', async () => {
    const first = await renderApp('/journal/new');
    await first.user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Not this');
    await waitFor(async () => expect(await journalDraftText()).toBe('Not this'));

    const second = await reload('/journal/new', first);
    await second.user.click(await screen.findByRole('button', { name: 'Start fresh' }));
    expect(textBox()).toHaveValue('');
    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });

  it('keeps two tabs writing new entries apart: saving one never throws away the other', async () => {
    const tabOne = await renderApp('/journal/new');
    await tabOne.user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Tab one words');
    await waitFor(async () => expect(await journalDraftText()).toBe('Tab one words'));
    tabOne.unmount();

    // A second tab: its own session, its own draft.
    sessionStorage.clear();
    const tabTwo = await renderApp('/journal/new');
    await tabTwo.user.click(await screen.findByRole('button', { name: 'Start fresh' }));
    await tabTwo.user.type(textBox(), 'Tab two words');
    await tabTwo.user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');

    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['Tab two words']);
    // Tab one's words are still kept, and listed so they are never forgotten.
    expect((await storedDrafts()).map((d) => (d.kind === 'journal' ? d.text : ''))).toEqual(['Tab one words']);
    const unfinished = await screen.findByRole('region', { name: 'Unfinished writing' });
    expect(within(unfinished).getByText('“Tab one words”')).toBeInTheDocument();
  });

  it('keeps a tag typed but not yet added, across a reload, and adds it on save', async () => {
    const first = await renderApp('/journal/new');
    await first.user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'With a tag');
    await first.user.type(screen.getByRole('textbox', { name: 'Tags (optional)' }), 'courage');
    await waitFor(async () => {
      const [draft] = await storedDrafts();
      expect(draft?.kind === 'journal' && draft.typedTag).toBe('courage');
    });

    const second = await reload('/journal/new', first);
    expect(await screen.findByRole('textbox', { name: 'Tags (optional)' })).toHaveValue('courage');
    await second.user.click(screen.getByRole('button', { name: 'Save entry' }));
    await findHeading('Your journal');
    expect((await journalCollection.loadAll())[0]?.tags).toEqual(['courage']);
  });

  it('offers unsaved changes to an entry back, or the saved version', async () => {
    await put(journalCollection, journalCollection.create({ id: 'e1', text: 'Saved words.', mood: 2 }));
    const first = await renderApp('/journal/e1');
    const text = await screen.findByRole('textbox', { name: "What's on your mind?" });
    await first.user.type(text, ' More.');
    await first.user.click(screen.getByRole('radio', { name: '7' }));
    await waitFor(async () => expect(await journalDraftText('e1')).toBe('Saved words. More.'));

    const second = await reload('/journal/e1', first);
    expect(await screen.findByText('You were writing something here, and we kept it for you.')).toBeInTheDocument();
    expect(textBox()).toHaveValue('Saved words. More.');
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    await second.user.click(screen.getByRole('button', { name: 'Go back to the saved entry' }));
    expect(textBox()).toHaveValue('Saved words.');
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
    expect((await get(journalCollection, 'e1'))?.text).toBe('Saved words.');
  });

  it('opens an entry without any offer when there is no draft', async () => {
    await put(journalCollection, journalCollection.create({ id: 'e2', text: 'Just this.' }));
    await renderApp('/journal/e2');
    expect(await screen.findByRole('textbox', { name: "What's on your mind?" })).toHaveValue('Just this.');
    expect(screen.queryByText(/You were writing something/)).not.toBeInTheDocument();
  });

  it('asks before Cancel throws away what you wrote', async () => {
    const { user } = await renderApp('/journal/new');
    await user.type(await screen.findByRole('textbox', { name: "What's on your mind?" }), 'Maybe later');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving this entry?' });
    expect(dialog).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep writing' }));
    expect(textBox()).toHaveValue('Maybe later');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Discard what I wrote' }));
    await findHeading('Your journal');
    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });
});
