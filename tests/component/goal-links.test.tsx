import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { goalsCollection } from '../../src/storage/collections/goals';
import { journalCollection } from '../../src/storage/collections/journal';
import { findHeading, renderApp } from '../support/render-app';
import { freshPage, put } from '../support/stored';

beforeEach(() => {
  freshPage();
});

// An imported goal's id may hold characters that end a path segment or the path.
const ODD_ID = 'a/b?#..';

describe('links to a goal whose id holds "/", "?", "#" and ".."', () => {
  it('opens the goal from a journal entry about it, then its editor from Edit goal, and back', async () => {
    await put(goalsCollection, goalsCollection.create({ id: ODD_ID, title: 'Odd one' }));
    await put(
      journalCollection,
      journalCollection.create({
        id: 'e1',
        text: 'What helped.',
        link: { kind: 'goal', goalId: ODD_ID, goalTitle: 'Odd one' },
      }),
    );
    const { user } = await renderApp('/journal/e1');
    await findHeading('Your entry');

    await user.click(await screen.findByRole('link', { name: 'About your goal: Odd one' }));
    await findHeading('Odd one');

    // With no steps yet, the screen offers a first step: that link opens the editor too.
    expect(screen.getByRole('link', { name: 'Add a small first step' })).toHaveAttribute(
      'href',
      `/goals/${encodeURIComponent(ODD_ID)}/edit`,
    );
    await user.click(screen.getByRole('link', { name: 'Edit goal' }));
    await findHeading('Edit your goal');
    expect(await screen.findByRole('textbox', { name: /Your goal/ })).toHaveValue('Odd one');

    await user.click(screen.getByRole('link', { name: /Odd one/ }));
    await findHeading('Odd one');
  });

  it('comes back to the goal after saving an edit', async () => {
    await put(goalsCollection, goalsCollection.create({ id: ODD_ID, title: 'Odd one' }));
    const { user } = await renderApp(`/goals/${encodeURIComponent(ODD_ID)}/edit`);
    await findHeading('Edit your goal');
    const title = await screen.findByRole('textbox', { name: /Your goal/ });
    await user.clear(title);
    await user.type(title, 'Even one');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await findHeading('Even one');
    expect(screen.getByRole('link', { name: 'Edit goal' })).toHaveAttribute(
      'href',
      `/goals/${encodeURIComponent(ODD_ID)}/edit`,
    );
  });
});

describe('the goals list, for a goal whose id holds "/", "?", "#" and ".."', () => {
  it('opens a finished goal and an archived one from their lists', async () => {
    await put(
      goalsCollection,
      goalsCollection.create({
        id: ODD_ID,
        title: 'Finished odd one',
        status: 'completed',
        completedAt: '2026-11-01T10:00:00.000Z',
      }),
    );
    await put(
      goalsCollection,
      goalsCollection.create({ id: `${ODD_ID}2`, title: 'Archived odd one', status: 'archived' }),
    );
    const { user } = await renderApp('/goals');
    await findHeading('Your goals');

    expect(await screen.findByRole('link', { name: 'Finished odd one' })).toHaveAttribute(
      'href',
      `/goals/${encodeURIComponent(ODD_ID)}`,
    );
    expect(screen.getByRole('link', { name: 'Archived odd one', hidden: true })).toHaveAttribute(
      'href',
      `/goals/${encodeURIComponent(`${ODD_ID}2`)}`,
    );
    await user.click(screen.getByRole('link', { name: 'Finished odd one' }));
    await findHeading('Finished odd one');
  });
});
