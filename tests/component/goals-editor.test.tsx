import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, localCalendarDay } from '../../src/lib/relative-day';
import { goalsCollection } from '../../src/storage/collections/goals';
import { put, get } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';


const stepText = () =>
  screen
    .getAllByRole('textbox', { name: /^Step \d+$/ })
    .map((input) => (input as HTMLInputElement).value);

describe('creating and editing a goal', () => {
  it('creates a goal with its why, small steps, a target date and a priority', async () => {
    const { user } = await renderApp('/goals/new');
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    const target = addDays(localCalendarDay(), 14);

    await user.type(screen.getByRole('textbox', { name: /Your goal/ }), 'Join the choir');
    await user.type(
      screen.getByRole('textbox', { name: /Why it matters to me/ }),
      'Singing lifts me.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Find the choir');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(screen.getByRole('textbox', { name: 'Step 2' })).toHaveFocus();
    await user.keyboard('Go to one rehearsal');
    await user.type(screen.getByLabelText('Day for step 2 (optional)'), addDays(target, -2));
    await user.type(screen.getByLabelText(/Target date/), target);
    await user.click(screen.getByRole('radio', { name: /High/ }));
    await user.click(screen.getByRole('button', { name: 'Save goal' }));

    await findHeading('Join the choir');
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).not.toBeChecked();
    expect(screen.getByText('High priority')).toBeInTheDocument();
    expect(screen.getByText('in 2 weeks')).toBeInTheDocument();
    const [stored] = await goalsCollection.loadAll();
    expect(stored).toMatchObject({
      title: 'Join the choir',
      why: 'Singing lifts me.',
      targetDate: target,
      priority: 'high',
      status: 'active',
    });
    expect(stored!.steps.map((s) => [s.text, s.date])).toEqual([
      ['Find the choir', null],
      ['Go to one rehearsal', addDays(target, -2)],
    ]);
  });

  it('asks kindly for a title before saving, and saves nothing without one', async () => {
    const { user } = await renderApp('/goals/new');
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give your goal a few words first.');
    expect(screen.getByRole('textbox', { name: /Your goal/ })).toHaveFocus();
    expect(await goalsCollection.loadAll()).toEqual([]);
  });

  it('edits a goal, keeping the steps already ticked', async () => {
    await put(goalsCollection, 
      goalsCollection.create({
        id: 'g',
        title: 'Join the choir',
        steps: [
          {
            id: 'a',
            text: 'Find the choir',
            doneAt: '2026-05-01T10:00:00.000Z',
            note: 'Easy',
            date: null,
          },
          { id: 'b', text: 'Go once', doneAt: null, note: '', date: null },
        ],
      }),
    );
    const { user } = await renderApp('/goals/g');
    await findHeading('Join the choir');
    await user.click(screen.getByRole('link', { name: 'Edit goal' }));
    await findHeading('Edit your goal');
    await screen.findByRole('button', { name: 'Save changes' });

    const title = screen.getByRole('textbox', { name: /Your goal/ });
    await user.clear(title);
    await user.type(title, 'Sing with others');
    await user.clear(screen.getByRole('textbox', { name: 'Step 2' }));
    await user.type(screen.getByRole('textbox', { name: 'Step 2' }), 'Go to a rehearsal');
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.keyboard('Something to remove');
    await user.click(screen.getByRole('button', { name: 'Remove step 3' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await findHeading('Sing with others');
    expect(screen.getByRole('checkbox', { name: 'Find the choir' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Go to a rehearsal' })).not.toBeChecked();
    const stored = await get(goalsCollection, 'g');
    expect(stored!.title).toBe('Sing with others');
    expect(stored!.steps.map((s) => [s.text, s.doneAt, s.note])).toEqual([
      ['Find the choir', '2026-05-01T10:00:00.000Z', 'Easy'],
      ['Go to a rehearsal', null, ''],
    ]);
  });

  it('reorders steps by keyboard, keeping focus on the moved step and announcing the move', async () => {
    const { user } = await renderApp('/goals/new');
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    await user.type(screen.getByRole('textbox', { name: 'Step 1' }), 'First');
    for (const text of ['Second', 'Third']) {
      await user.click(screen.getByRole('button', { name: 'Add a step' }));
      await user.keyboard(text);
    }

    screen.getByRole('button', { name: 'Move up step 3' }).focus();
    await user.keyboard('{Enter}');
    expect(stepText()).toEqual(['First', 'Third', 'Second']);
    expect(screen.getByRole('button', { name: 'Move up step 2' })).toHaveFocus();
    expect(screen.getByText('“Third” moved to step 2 of 3.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(stepText()).toEqual(['Third', 'First', 'Second']);
    // At the top "Move up" can't go further: focus stays on the same step, on "Move down".
    expect(screen.getByRole('button', { name: 'Move down step 1' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(stepText()).toEqual(['First', 'Third', 'Second']);
    expect(screen.getByRole('button', { name: 'Move down step 2' })).toHaveFocus();
  });

  it('invites splitting a step that looks big, and splits it into separate steps', async () => {
    const { user } = await renderApp('/goals/new');
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    const step = screen.getByRole('textbox', { name: 'Step 1' });
    await user.type(step, 'Call Sam');
    expect(screen.queryByText(/might be easier in smaller pieces/)).not.toBeInTheDocument();

    await user.type(step, ' and ask how he is, then plan a walk');
    expect(step).toHaveAccessibleDescription(
      expect.stringContaining('This step might be easier in smaller pieces. Want to split it?'),
    );
    await user.click(screen.getByRole('button', { name: 'Split into 3 steps' }));
    expect(stepText()).toEqual(['Call Sam', 'Ask how he is', 'Plan a walk']);
    expect(screen.queryByText(/might be easier in smaller pieces/)).not.toBeInTheDocument();
  });

  it('invites choosing what matters most before a fourth active goal, and lets you archive one', async () => {
    for (const title of ['Join the choir', 'Walk on Sundays', 'Call Gran weekly']) {
      await put(goalsCollection, goalsCollection.create({ id: title.replace(/\W/g, ''), title }));
    }
    const { user } = await renderApp('/goals/new');
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    await user.type(screen.getByRole('textbox', { name: /Your goal/ }), 'Learn to swim');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'You already have 3 goals on the go',
    });
    expect(within(dialog).getByText(/Want to choose what matters most now\?/)).toBeInTheDocument();
    expect(await goalsCollection.loadAll()).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: 'Archive “Walk on Sundays”' }));
    expect(await within(dialog).findByText(/“Walk on Sundays” is archived/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save goal' }));

    await findHeading('Learn to swim');
    const all = await goalsCollection.loadAll();
    expect(
      all
        .filter((g) => g.status === 'active')
        .map((g) => g.title)
        .sort(),
    ).toEqual(['Call Gran weekly', 'Join the choir', 'Learn to swim']);
    expect((await get(goalsCollection, 'WalkonSundays'))?.status).toBe('archived');
  });

  it('lets you keep all your goals and save anyway, or go back to editing', async () => {
    for (const title of ['One', 'Two', 'Three']) await put(goalsCollection, goalsCollection.create({ id: title, title }));
    const { user } = await renderApp('/goals/new');
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    await user.type(screen.getByRole('textbox', { name: /Your goal/ }), 'Four');
    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    await user.click(await screen.findByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Your goal/ })).toHaveValue('Four');

    await user.click(screen.getByRole('button', { name: 'Save goal' }));
    await user.click(await screen.findByRole('button', { name: 'Keep them all and save' }));
    await findHeading('Four');
    await waitFor(async () => expect(await goalsCollection.loadAll()).toHaveLength(4));
  });
});
