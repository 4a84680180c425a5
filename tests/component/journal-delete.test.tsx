import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_WINDOW_MS } from '../../src/features/journal/journal-store';
import { journalCollection } from '../../src/storage/collections/journal';
import { put, get, freshPage } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

beforeEach(async () => {
  freshPage();
  await put(journalCollection, journalCollection.create({ id: 'keep', text: 'A day worth keeping.' }));
  await put(journalCollection, journalCollection.create({ id: 'gone', text: 'Something I would rather let go.' }));
});

afterEach(() => {
  vi.useRealTimers();
});

const articles = () =>
  within(screen.getByRole('region', { name: 'Your entries' })).queryAllByRole('article');

async function deleteFromEntryScreen() {
  const view = await renderApp('/journal/gone');
  await findHeading('Your entry');
  // Only the undo clock runs on fake time; storage and typing keep real time.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  const remove = vi.spyOn(journalCollection, 'remove');
  await view.user.click(await screen.findByRole('button', { name: 'Delete entry' }));
  await findHeading('Your journal');
  return { ...view, remove };
}

describe('deleting an entry', () => {
  it('disappears at once, and storage keeps it until the undo has passed', async () => {
    const { remove } = await deleteFromEntryScreen();
    expect(screen.queryByText('Something I would rather let go.')).not.toBeInTheDocument();
    expect(articles()).toHaveLength(1);
    // Said in a live region, so screen readers hear it too.
    expect(screen.getByText('Entry deleted.').closest('[role="status"]')).not.toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS - 500));
    expect(remove).not.toHaveBeenCalled();
    expect(await get(journalCollection, 'gone')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(remove.mock.calls.map((call) => call[0])).toEqual(['gone']);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await vi.waitFor(async () => expect(await get(journalCollection, 'gone')).toBeUndefined());
    expect(await get(journalCollection, 'keep')).toBeDefined();
  });

  it('comes back with Undo, and nothing is removed from storage', async () => {
    const { user, remove } = await deleteFromEntryScreen();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = (await screen.findByText('Something I would rather let go.')).closest(
      'article',
    )!;
    expect(articles()).toHaveLength(2);
    // The keyboard lands on the entry that came back, not on the page's start.
    await waitFor(() =>
      expect(within(restored).getByRole('link', { name: /^Open entry/ })).toHaveFocus(),
    );
    await act(() => vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS * 2));
    expect(remove).not.toHaveBeenCalled();
    expect(await get(journalCollection, 'gone')).toBeDefined();
  });

  it('waits while the Undo button has focus, so there is time to reach it', async () => {
    const { user, remove } = await deleteFromEntryScreen();
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    await act(() => vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS * 2));
    expect(remove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Something I would rather let go.')).toBeInTheDocument();
  });

  it('is carried out when the page closes inside the undo window, so a reload does not bring it back', async () => {
    const { unmount } = await deleteFromEntryScreen();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    unmount();
    freshPage();
    vi.useRealTimers();
    await renderApp('/journal');
    expect(await screen.findByText('A day worth keeping.')).toBeInTheDocument();
    expect(screen.queryByText('Something I would rather let go.')).not.toBeInTheDocument();
    expect(await get(journalCollection, 'gone')).toBeUndefined();
  });
});
