import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, localCalendarDay } from '../../src/lib/relative-day';
import { goalsCollection, type Goal } from '../../src/storage/collections/goals';
import { put } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

const today = localCalendarDay();
const two = (n: number) => String(n).padStart(2, '0');

/** `count` goals, stored in a shuffled order; "Goal 01" sorts first however they are stored. */
async function storeGoals(count: number, fields: (n: number) => Partial<Goal>) {
  const order = Array.from({ length: count }, (_, i) => (i * 17) % count);
  for (const i of order) {
    await put(goalsCollection, goalsCollection.create({ id: `g${two(i + 1)}`, title: `Goal ${two(i + 1)}`, ...fields(i + 1) }));
  }
}

async function openGoals() {
  const rendered = await renderApp('/goals');
  await findHeading('Your goals');
  await waitFor(() => expect(screen.queryByText('Opening your goals…')).not.toBeInTheDocument());
  return rendered;
}

const titles = (elements: HTMLElement[]) => elements.map((element) => element.textContent);
const numbered = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Goal ${two(from + i)}`);

describe('the goals screen with many goals', () => {
  it('shows the first 20 goals you are working on at once, and 20 more on each "Show more goals", in order, moving focus to the first one added', async () => {
    await storeGoals(45, (n) => ({ priority: 'high', targetDate: addDays(today, n) }));
    const { user } = await openGoals();

    // Each card is titled by its level-3 heading.
    const cardTitles = () => titles(screen.getAllByRole('heading', { level: 3 }));
    expect(cardTitles()).toEqual(numbered(1, 20));
    expect(screen.getByText('Showing 20 of 45.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more goals' }));
    expect(cardTitles()).toEqual(numbered(1, 40));
    expect(screen.getByRole('link', { name: 'Goal 21' })).toHaveFocus();
    expect(screen.getByText('Showing 40 of 45.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more goals' }));
    expect(cardTitles()).toEqual(numbered(1, 45));
    expect(screen.getByRole('link', { name: 'Goal 41' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show more goals' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Showing \d+ of 45\.$/)).not.toBeInTheDocument();
   }, 30_000); // draws 45 cards in jsdom, on a shared machine

  it('shows the 20 most recently finished goals, and the rest on "Show more finished goals"', async () => {
    await storeGoals(23, (n) => ({ status: 'completed', completedAt: new Date(Date.UTC(2026, 0, 30 - n)).toISOString() }));
    const { user } = await openGoals();

    const completed = within(screen.getByRole('region', { name: 'Completed' }));
    expect(titles(completed.getAllByRole('link'))).toEqual(numbered(1, 20));
    expect(completed.getByText('Showing 20 of 23.')).toBeInTheDocument();

    await user.click(completed.getByRole('button', { name: 'Show more finished goals' }));
    expect(titles(completed.getAllByRole('link'))).toEqual(numbered(1, 23));
    expect(completed.getByRole('link', { name: 'Goal 21' })).toHaveFocus();
    expect(completed.queryByRole('button', { name: 'Show more finished goals' })).not.toBeInTheDocument();
  });

  it('shows 20 archived goals under their count, and the rest on "Show more archived goals", each with its Restore', async () => {
    await storeGoals(21, (n) => ({
      status: 'archived',
      updatedAt: new Date(Date.UTC(2026, 0, 30 - n)).toISOString(),
    }));
    const { user } = await openGoals();

    await user.click(screen.getByText('Archived goals (21)'));
    const archive = within(screen.getByText('Archived goals (21)').closest('details')!);
    expect(archive.getAllByRole('button', { name: /^Restore/ })).toHaveLength(20);
    expect(titles(archive.getAllByRole('link'))).toEqual(numbered(1, 20));

    await user.click(archive.getByRole('button', { name: 'Show more archived goals' }));
    expect(titles(archive.getAllByRole('link'))).toEqual(numbered(1, 21));
    expect(archive.getByRole('button', { name: 'Restore “Goal 21”' })).toBeInTheDocument();
    expect(archive.getByRole('link', { name: 'Goal 21' })).toHaveFocus();
  });
});
