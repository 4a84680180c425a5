import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { progressCollection } from '../../src/storage/collections/progress';
import { put } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

async function cardTitles() {
  return screen
    .queryAllByRole('article')
    .map((card) => within(card).getByRole('heading').textContent);
}

describe('the library', () => {
  it('lists the seven practices, first aid first, with their minutes', async () => {
    await renderApp('/');
    await findHeading(/Something hurt/);
    expect(await cardTitles()).toHaveLength(7);
    expect((await cardTitles())[0]).toBe('First aid for the first hour');
    expect(screen.getAllByText(/About \d+ minutes · \d steps/)).toHaveLength(7);
  });

  it('finds practices by words inside their steps, ignoring case and accents', async () => {
    const { user } = await renderApp('/');
    await findHeading(/Something hurt/);
    await user.type(
      screen.getByRole('searchbox', { name: 'Search the practices' }),
      'DAÍLY RITUAL',
    );
    expect(await cardTitles()).toEqual(['Remember your worth']);
  });

  it('says kindly when nothing matches, and can show everything again', async () => {
    const { user } = await renderApp('/');
    await findHeading(/Something hurt/);
    await user.type(
      screen.getByRole('searchbox', { name: 'Search the practices' }),
      'zebra crossing',
    );
    // The list follows the search box a moment later (a deferred value).
    expect(await screen.findByText(/Nothing matches “zebra crossing” yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show every practice' }));
    // The list follows the search box a moment later (a deferred value).
    await waitFor(async () => expect(await cardTitles()).toHaveLength(7));
  });

  it('filters by situation', async () => {
    const { user } = await renderApp('/');
    await findHeading(/Something hurt/);
    const filters = screen.getByRole('group', { name: 'Show practices for' });
    await user.click(within(filters).getByRole('button', { name: 'Creative' }));
    expect(within(filters).getByRole('button', { name: 'Creative' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect((await cardTitles()).length).toBeGreaterThan(0);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/practices? shown/);
  });

  it('suggests where to start from what happened and what feels hardest', async () => {
    const { user } = await renderApp('/');
    await findHeading(/Something hurt/);
    await user.click(screen.getByRole('button', { name: 'Friends or a group' }));
    await user.click(screen.getByRole('button', { name: /alone/i }));
    const suggestion = screen.getByText(/You might start with “Reach for connection”/);
    expect(suggestion).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open “Reach for connection”' }));
    await findHeading('Reach for connection');
  });

  it('shows progress on a practice that was started', async () => {
    const now = new Date().toISOString();
    await put(progressCollection, {
      schemaVersion: 3,
      id: 'reframing',
      moduleId: 'reframing',
      runId: 'r1',
      currentStep: 2,
      startedAt: now,
      createdAt: now,
      updatedAt: now,
      answers: {},
      feelingBefore: null,
    });
    await renderApp('/');
    await findHeading(/Something hurt/);
    expect(
      await screen.findByRole('link', { name: 'Look at the story again: resume at step 3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('In progress: step 3 of 6')).toBeInTheDocument();
  });
});
