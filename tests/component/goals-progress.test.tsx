import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { backendFor } from '../../src/storage/backends/backends';
import { goalsCollection, type Goal } from '../../src/storage/collections/goals';
import { journalCollection } from '../../src/storage/collections/journal';
import { put, get } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

function step(id: string, text: string) {
  return { id, text, doneAt: null, note: '', date: null };
}

async function storeGoal(fields: Partial<Goal> = {}) {
  await put(goalsCollection, 
    goalsCollection.create({
      id: 'g',
      title: 'Join the choir',
      why: 'Singing with people lifts me.',
      steps: [step('a', 'Find the choir'), step('b', 'Go to one rehearsal')],
      ...fields,
    }),
  );
}


describe('progress on a goal', () => {
  it('ticks a step with a note on how it went, and keeps both in the history', async () => {
    await storeGoal();
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    expect(screen.getByRole('progressbar', { name: '0 of 2 steps done' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Find the choir' }));
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toBeChecked();
    expect(screen.getByRole('progressbar', { name: '1 of 2 steps done' })).toBeInTheDocument();
    expect(screen.getByText(/Done: “Find the choir”. 1 of 2 steps done./)).toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: 'How did it go? (optional)' }),
      'Easier than I feared',
    );
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toHaveFocus();

    const history = screen.getByRole('region', { name: "What you've done so far" });
    expect(within(history).getByText('Done: Find the choir')).toBeInTheDocument();
    expect(within(history).getByText('“Easier than I feared”')).toBeInTheDocument();
    await waitFor(async () => {
      const stored = await get(goalsCollection, 'g');
      expect(stored!.steps[0]).toMatchObject({ note: 'Easier than I feared' });
      expect(stored!.steps[0]!.doneAt).not.toBeNull();
      expect(stored!.history).toMatchObject([
        { kind: 'ticked', stepId: 'a', note: 'Easier than I feared' },
      ]);
    });
  });

  it('lets you skip the note, and untick a step again', async () => {
    await storeGoal();
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    await user.click(screen.getByRole('checkbox', { name: 'Find the choir' }));
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.queryByRole('textbox', { name: /How did it go/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toHaveFocus();

    await user.click(screen.getByRole('checkbox', { name: 'Find the choir' }));
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).not.toBeChecked();
    await waitFor(async () =>
      expect((await get(goalsCollection, 'g'))!.history.map((e) => e.kind)).toEqual(['ticked', 'unticked']),
    );
  });

  it('celebrates when the last step is ticked, and keeps a note on what helped in the journal', async () => {
    await storeGoal({
      steps: [
        { ...step('a', 'Find the choir'), doneAt: '2026-05-01T10:00:00.000Z' },
        step('b', 'Go to one rehearsal'),
      ],
    });
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    await user.click(screen.getByRole('checkbox', { name: 'Go to one rehearsal' }));

    expect(await screen.findByRole('heading', { name: 'You did it' })).toBeInTheDocument();
    expect(screen.getByText('You finished “Join the choir”. Every step counted.')).toHaveAttribute(
      'role',
      'status',
    );
    await waitFor(async () => expect((await get(goalsCollection, 'g'))!.status).toBe('completed'));
    expect(screen.queryByRole('button', { name: 'Mark goal as done' })).not.toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: /What helped you get here\?/ }),
      'Going with my neighbour.',
    );
    await user.click(screen.getByRole('button', { name: 'Save to my journal' }));
    expect(
      await screen.findByText(/Saved in your journal, linked to this goal./),
    ).toBeInTheDocument();
    const [entry] = await journalCollection.loadAll();
    expect(entry).toMatchObject({
      text: 'Going with my neighbour.',
      tags: ['goal'],
      link: { kind: 'goal', goalId: 'g', goalTitle: 'Join the choir' },
    });
  });

  it('marks a goal as done before every step is ticked, and lets you pick it back up', async () => {
    await storeGoal();
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    await user.click(screen.getByRole('button', { name: 'Mark goal as done' }));
    expect(await screen.findByRole('heading', { name: 'You did it' })).toBeInTheDocument();
    await waitFor(async () => expect((await get(goalsCollection, 'g'))!.status).toBe('completed'));

    await user.click(screen.getByRole('button', { name: 'Pick it back up' }));
    expect(await screen.findByRole('button', { name: 'Mark goal as done' })).toBeInTheDocument();
    await waitFor(async () => expect((await get(goalsCollection, 'g'))!.status).toBe('active'));
  });

  it('links back to the practice that proposed the goal', async () => {
    await storeGoal({ link: { kind: 'practice', moduleId: 'goals', runId: 'run-1' } });
    await renderApp('/goals/g');
    await findHeading('Join the choir');
    expect(screen.getByText(/From the practice/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set one small goal' })).toHaveAttribute(
      'href',
      '/practices/goals',
    );
  });

  it('archives a goal from its own screen and restores it', async () => {
    await storeGoal();
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    await user.click(screen.getByRole('button', { name: 'Archive goal' }));
    expect(await screen.findByText('Archived')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Restore goal' }));
    await waitFor(async () => expect((await get(goalsCollection, 'g'))!.status).toBe('active'));
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toBeEnabled();
  });

  it('keeps a tick on screen when it cannot be saved, says so kindly, and saves it on the next try', async () => {
    await storeGoal();
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    const backend = await backendFor('goals');
    const update = vi.spyOn(backend, 'transact').mockRejectedValue(new Error('disk trouble'));

    await user.click(screen.getByRole('checkbox', { name: 'Find the choir' }));
    expect(
      await screen.findByText(
        /We couldn't save your last change just now. It's still here on screen./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toBeChecked();
    expect((await get(goalsCollection, 'g'))!.steps[0]!.doneAt).toBeNull();

    update.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(screen.queryByText(/We couldn't save/)).not.toBeInTheDocument());
    expect((await get(goalsCollection, 'g'))!.steps[0]!.doneAt).not.toBeNull();
  });

  it('shows a kind not-found screen for a goal that does not exist', async () => {
    await renderApp('/goals/nope');
    await findHeading("We couldn't find that page");
  });
});
