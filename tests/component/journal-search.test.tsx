import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { put, freshPage } from '../support/stored';
import { journalCollection, type JournalEntry } from '../../src/storage/collections/journal';
import { renderApp } from '../support/render-app';

beforeEach(async () => {
  freshPage();
  freshPage();
  const at = (id: string, createdAt: string, fields: Partial<JournalEntry>) =>
    put(journalCollection, {
      ...journalCollection.create({ id, text: '' }),
      createdAt,
      updatedAt: createdAt,
      ...fields,
    });
  await at('cafe', '2026-05-03T12:00:00.000Z', {
    text: 'Met Zoë at the CAFÉ on the corner. It felt naïve to hope, and I hoped anyway.',
    tags: ['friends'],
  });
  await at('walk', '2026-04-20T12:00:00.000Z', {
    text: 'A long walk with my sister. We stopped at a cafe for tea.',
    tags: ['walking', 'family'],
    link: {
      kind: 'practice',
      moduleId: 'reconnection',
      stepId: 'let-the-kindness-in',
      runId: 'r1',
      prompt: 'p',
    },
  });
  await at('work', '2026-03-01T12:00:00.000Z', {
    text: 'The rejection email was polite.',
    tags: ['work'],
  });
});

const articles = () =>
  within(screen.getByRole('region', { name: 'Your entries' })).queryAllByRole('article');
const marks = () =>
  [...screen.getByRole('region', { name: 'Your entries' }).querySelectorAll('mark')].map(
    (m) => m.textContent,
  );

describe('searching the journal', () => {
  it('finds entries whatever the case and accents, and marks each match', async () => {
    const { user } = await renderApp('/journal');
    await screen.findByText(/Met Zoë/);
    await user.type(screen.getByRole('searchbox', { name: 'Search your journal' }), 'Cafe');

    await waitFor(() => expect(articles()).toHaveLength(2));
    expect(marks()).toEqual(['CAFÉ', 'cafe']);
    expect(screen.getByText('2 entries match.')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zoe NAIVE');
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(marks()).toEqual(['Zoë', 'naïve']);
  });

  it('finds entries by their tags', async () => {
    const { user } = await renderApp('/journal');
    await screen.findByText(/Met Zoë/);
    await user.type(screen.getByRole('searchbox'), 'family');
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(marks()).toEqual(['family']);
  });

  it('says when nothing matches, and clears the search in one step', async () => {
    const { user } = await renderApp('/journal');
    await screen.findByText(/Met Zoë/);
    await user.type(screen.getByRole('searchbox'), 'volcano');
    expect(
      await screen.findByText(/No entries match “volcano”\. Your entries are all still here\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(articles()).toHaveLength(3));
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});

describe('filtering the journal', () => {
  it('filters by tag, by practice and by dates, and clears the filters', async () => {
    const { user } = await renderApp('/journal');
    await screen.findByText(/Met Zoë/);
    await user.click(screen.getByText('Filter entries'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'work');
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(screen.getByText('The rejection email was polite.')).toBeInTheDocument();
    expect(screen.getByText('Filter entries (1 on)')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Written in' }),
      'Reach for connection',
    );
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(screen.getByText(/A long walk with my sister/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Written in' }), 'Anywhere');
    await user.type(screen.getByLabelText('From'), '2026-04-01');
    await user.type(screen.getByLabelText('Until'), '2026-04-30');
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(screen.getByText(/A long walk with my sister/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(articles()).toHaveLength(3));
  });

  it('offers to clear the filters when they leave nothing to show', async () => {
    const { user } = await renderApp('/journal');
    await screen.findByText(/Met Zoë/);
    await user.click(screen.getByText('Filter entries'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'work');
    await user.type(screen.getByRole('searchbox'), 'sister');
    expect(
      await screen.findByText(/No entries match “sister” with these filters/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(articles()).toHaveLength(3));
  });
});
