import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { put, freshPage } from '../support/stored';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { renderApp } from '../support/render-app';
import type * as Highlight from '../../src/features/journal/highlight';

// Every entry drawn in the list, with the search words it was drawn for.
const drawnFor = vi.hoisted(() => [] as string[][]);
vi.mock('../../src/features/journal/highlight', async (importOriginal) => {
  const actual = await importOriginal<typeof Highlight>();
  return {
    ...actual,
    excerptOf: (text: string, words: readonly string[], length?: number) => {
      drawnFor.push([...words]);
      return actual.excerptOf(text, words, length);
    },
  };
});

beforeEach(async () => {
  freshPage();
  const at = (id: string, createdAt: string, fields: Partial<JournalEntry>) =>
    put(journalCollection, { ...journalCollection.create({ id, text: '' }), createdAt, updatedAt: createdAt, ...fields });
  await at('walk', '2026-04-20T12:00:00.000Z', {
    text: 'A long walk with my sister. We stopped for tea.',
    link: { kind: 'practice', moduleId: 'reconnection', stepId: 'let-the-kindness-in', runId: 'r1', prompt: 'p' },
  });
  await at('goal', '2026-04-10T12:00:00.000Z', {
    text: 'Walked to the pool, and swam two lengths.',
    link: { kind: 'goal', goalId: 'g1', goalTitle: 'Swim again' },
  });
  await at('work', '2026-03-01T12:00:00.000Z', { text: 'The rejection email was polite.', tags: ['work'] });
});

it('a letter typed into the search redraws no entry until the list has caught up with it', async () => {
  const { user } = await renderApp('/journal');
  const list = await screen.findByRole('region', { name: 'Your entries' });
  await user.type(screen.getByRole('searchbox', { name: 'Search your journal' }), 'wal');
  await waitFor(() => expect(within(list).queryAllByRole('article')).toHaveLength(2));
  drawnFor.length = 0;

  await user.type(screen.getByRole('searchbox'), 'k');

  await waitFor(() => expect(within(list).getAllByText('walk')).toHaveLength(1));
  // Each shown entry is drawn once, for the new words; none again for the old ones
  // while the search box answers the keystroke.
  expect(drawnFor).toEqual([['walk'], ['walk']]);
});
