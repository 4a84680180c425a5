import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, localCalendarDay } from '../../src/lib/relative-day';
import { goalsCollection, type Goal } from '../../src/storage/collections/goals';
import { put, get } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

const today = localCalendarDay();

function step(id: string, text: string, isDone = false) {
  return { id, text, doneAt: isDone ? new Date().toISOString() : null, note: '', date: null };
}

async function store(fields: Partial<Goal> & Pick<Goal, 'id' | 'title'>) {
  await put(goalsCollection, goalsCollection.create(fields));
}


describe('the goals screen', () => {
  it('invites picking one small thing when there are no goals yet', async () => {
    await renderApp('/goals');
    await findHeading('Your goals');
    await waitFor(() => expect(screen.queryByText('Opening your goals…')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Pick one small thing' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a goal' })).toHaveAttribute(
      'href',
      '/goals/new',
    );
    expect(
      screen.getByRole('link', { name: /try the practice “Set one small goal”/ }),
    ).toHaveAttribute('href', '/practices/goals');
  });

  it('shows active goals by priority then date, with progress, the next step, the date in words and the priority', async () => {
    await store({ id: 'low', title: 'Tidy the spare room', priority: 'low' });
    await store({
      id: 'later',
      title: 'Learn three songs',
      priority: 'high',
      targetDate: addDays(today, 20),
    });
    await store({
      id: 'soon',
      title: 'Join the choir',
      priority: 'high',
      targetDate: addDays(today, 5),
      steps: [
        step('a', 'Find the choir', true),
        step('b', 'Email the leader'),
        step('c', 'Go once'),
      ],
    });
    await renderApp('/goals');
    await findHeading('Your goals');
    await waitFor(() => expect(screen.queryByText('Opening your goals…')).not.toBeInTheDocument());

    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Join the choir',
      'Learn three songs',
      'Tidy the spare room',
    ]);
    const first = within(cards[0]!);
    expect(first.getByRole('progressbar', { name: '1 of 3 steps done' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    expect(first.getByText('Email the leader')).toBeInTheDocument();
    expect(first.getByText('Next step:')).toBeInTheDocument();
    expect(first.getByText('High priority')).toBeInTheDocument();
    expect(first.getByText('in 5 days')).toBeInTheDocument();
    expect(within(cards[2]!).getByText('Low priority')).toBeInTheDocument();
  });

  it('speaks gently about a target date that has gone by, and lets you pick a new one', async () => {
    await store({ id: 'g', title: 'Call Gran', targetDate: addDays(today, -3) });
    const { user } = await renderApp('/goals');
    await findHeading('Your goals');
    await waitFor(() => expect(screen.queryByText('Opening your goals…')).not.toBeInTheDocument());
    const card = within(screen.getByRole('article'));
    expect(
      card.getByText(/This goal is still here when you want it. Want to pick a new date\?/),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\b(overdue|missed|failed|late)\b/i);

    await user.click(card.getByRole('button', { name: 'Pick a new date for “Call Gran”' }));
    const input = card.getByLabelText('New target date');
    expect(input).toHaveFocus();
    await user.type(input, addDays(today, 7));
    await user.click(card.getByRole('button', { name: 'Save the new date' }));

    expect(await card.findByText('next week')).toBeInTheDocument();
    expect(card.queryByText(/still here when you want it/)).not.toBeInTheDocument();
    await waitFor(async () => expect((await get(goalsCollection, 'g'))?.targetDate).toBe(addDays(today, 7)));
  });

  it('archives a goal, keeps it in the archive, and restores it', async () => {
    await store({ id: 'g', title: 'Join the choir' });
    await store({ id: 'h', title: 'Walk on Sundays' });
    const { user } = await renderApp('/goals');
    await findHeading('Your goals');
    await waitFor(() => expect(screen.queryByText('Opening your goals…')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Archive “Join the choir”' }));
    expect(await screen.findByText(/“Join the choir” is archived/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await waitFor(async () => expect((await get(goalsCollection, 'g'))?.status).toBe('archived'));

    const archive = screen.getByText('Archived goals (1)').closest('details')!;
    await user.click(screen.getByText('Archived goals (1)'));
    await user.click(within(archive).getByRole('button', { name: 'Restore “Join the choir”' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await waitFor(async () => expect((await get(goalsCollection, 'g'))?.status).toBe('active'));
    const stored = await get(goalsCollection, 'g');
    expect(stored!.history.map((e) => e.kind)).toEqual(['archived', 'restored']);
  });

  it('lists finished goals in their own section', async () => {
    await store({
      id: 'done',
      title: 'Send the application',
      status: 'completed',
      completedAt: new Date().toISOString(),
      steps: [step('a', 'Write it', true)],
    });
    await renderApp('/goals');
    await findHeading('Your goals');
    await waitFor(() => expect(screen.queryByText('Opening your goals…')).not.toBeInTheDocument());
    const completed = screen.getByRole('region', { name: 'Completed' });
    expect(within(completed).getByRole('link', { name: 'Send the application' })).toHaveAttribute(
      'href',
      '/goals/done',
    );
    expect(within(completed).getByText(/1 of 1 step done/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Pick one small thing' })).toBeInTheDocument();
  });
});
