import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { entries, runs } from '../../src/features/practice/practice-store';
import { goalsCollection } from '../../src/storage/collections/goals';
import { peopleCollection } from '../../src/storage/collections/belonging-people';
import { completionsCollection } from '../../src/storage/collections/completions';
import { journalCollection } from '../../src/storage/collections/journal';
import { progressCollection } from '../../src/storage/collections/progress';
import { freshPage, get } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

async function storedRun(moduleId: string) {
  return get(progressCollection, moduleId);
}

// Each test starts like a fresh page load.
const resetStore = freshPage;
const flushAll = () => Promise.all([runs.flush(), entries.flush()]);

describe('the guided practice', () => {
  it('starts from the module page and shows "Step 1 of 6" with the step heading focused', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection');
    await findHeading('Reach for connection');
    await user.click(screen.getByRole('link', { name: 'Start practice' }));
    const heading = await findHeading('Choose one safe person');
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Step 1 of 6' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('saves a list answer, and keeps it when moving back and next', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/1');
    await findHeading('Choose one safe person');
    await user.type((await screen.findByRole('textbox', { name: 'Add a person' })), 'My sister{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add A cousin who always picks up' }));
    expect(screen.getByRole('textbox', { name: 'A person 1' })).toHaveValue('My sister');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await findHeading('Send something small');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findHeading('Choose one safe person');

    expect(screen.getByRole('textbox', { name: 'A person 2' })).toHaveValue(
      'A cousin who always picks up',
    );
    // The names live on the belonging map, as safe people; the answer names them.
    await waitFor(async () => {
      const people = await peopleCollection.loadAll();
      const byName = new Map(people.map((p) => [p.name, p]));
      expect(byName.get('My sister')).toMatchObject({ isSafe: true });
      expect(byName.get('A cousin who always picks up')).toMatchObject({ isSafe: true });
      expect((await storedRun('reconnection'))?.answers['choose-one-safe-person']).toEqual({
        kind: 'list',
        items: [],
        typed: '',
        refs: [byName.get('My sister')?.id, byName.get('A cousin who always picks up')?.id],
      });
    });
  });

  it('saves ticks on a checklist step', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/2');
    await findHeading('Send something small');
    await user.click((await screen.findByRole('checkbox', { name: 'A voice note' })));
    await user.click(screen.getByRole('checkbox', { name: 'A short text to say hi' }));
    await waitFor(async () =>
      expect((await storedRun('reconnection'))?.answers['send-something-small']).toEqual({
        kind: 'checklist',
        checked: ['A short text to say hi', 'A voice note'],
      }),
    );
  });

  it('saves a rating chosen with the keyboard', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/5');
    await findHeading('Notice the pull to hide');
    await user.click((await screen.findByRole('radio', { name: '5' })));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '10, Very strong' })).toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedRun('reconnection'))?.answers['notice-the-pull-to-hide']).toEqual({
        kind: 'rating',
        value: 7,
      }),
    );
  });

  it('saves a written answer as you type, and keeps it in the journal linked to the step', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/3');
    await findHeading('Let the kindness in');
    await user.type(
      (await screen.findByRole('textbox', { name: /What kindness, recent or long ago/ })),
      'She said she missed me.',
    );

    await waitFor(async () =>
      expect((await storedRun('reconnection'))?.answers['let-the-kindness-in']).toMatchObject({
        kind: 'text',
        entryId: expect.stringMatching(/^practice-.+-let-the-kindness-in$/),
      }),
    );
    await waitFor(async () => {
      const entries = await journalCollection.loadAll();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        text: 'She said she missed me.',
        link: { kind: 'practice', moduleId: 'reconnection', stepId: 'let-the-kindness-in' },
      });
    });
  });

  it('runs a pause to its end and lets you stop it early', async () => {
    resetStore();
    const { user } = await renderApp('/practices/boundaries/steps/5');
    await findHeading('Settle, then say it out loud');
    await user.click((await screen.findByRole('button', { name: 'Start the pause' })));
    expect(screen.getByText(/45 seconds left/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop the pause' }));
    expect((await screen.findByRole('button', { name: 'Start the pause' }))).toBeInTheDocument();
  });

  it('turns a proposed goal, as edited, into one of your goals', async () => {
    resetStore();
    const { user } = await renderApp('/practices/diversifying-belonging/steps/4');
    await findHeading('Make it a small goal');
    const title = (await screen.findByRole('textbox', { name: 'The goal' }));
    await user.clear(title);
    await user.type(title, 'Try the climbing club once');
    await user.click(screen.getByRole('button', { name: 'Remove step 6' }));
    await user.click(screen.getByRole('button', { name: 'Add to my goals' }));

    expect(await screen.findByText(/is in your goals now, with 5 small steps/)).toBeInTheDocument();
    const [goal] = await goalsCollection.loadAll();
    expect(goal).toMatchObject({
      title: 'Try the climbing club once',
      status: 'active',
      link: { kind: 'practice', moduleId: 'diversifying-belonging' },
    });
    expect(goal!.steps).toHaveLength(5);
  });

  it('resumes at the step you left, with your answers, after a reload', async () => {
    resetStore();
    const first = await renderApp('/practices/reconnection/steps/4');
    await findHeading('Add one more place to belong');
    await first.user.type(
      (await screen.findByRole('textbox', { name: /Where could you meet people who share something/ })),
      'The Tuesday choir',
    );
    await act(() => flushAll());
    first.unmount();

    resetStore(); // a reload: nothing in memory, only what storage kept
    const { user } = await renderApp('/practices/reconnection');
    await findHeading('Reach for connection');
    expect(screen.getByText("You're on step 4 of 6. Your answers are saved.")).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Resume at step 4' }));
    await findHeading('Add one more place to belong');
    expect((await screen.findByRole('textbox', { name: /Where could you meet people who share something/ }))).toHaveValue(
      'The Tuesday choir',
    );
  });

  it('finishes with a summary of your answers, keeps it in history, and offers a check-in', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/6');
    await findHeading('Take one step toward people');
    await user.type(
      (await screen.findByRole('textbox', { name: /one tiny step toward people/ })),
      'Reply to Jo',
    );
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    await findHeading('You did it');
    const summary = screen
      .getByRole('heading', { name: 'Take one step toward people' })
      .closest('li')!;
    expect(within(summary).getByText('Reply to Jo')).toBeInTheDocument();
    expect(await completionsCollection.loadAll()).toHaveLength(1);
    expect(await get(progressCollection, 'reconnection')).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: '8' }));
    await waitFor(async () => expect((await completionsCollection.loadAll())[0]?.feelingAfter).toBe(8));
  });

  it('offers more help, gently, after a very low check-in', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/6');
    await findHeading('Take one step toward people');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await findHeading('You did it');
    await user.click(screen.getByRole('radio', { name: '1' }));
    expect(
      await screen.findByRole('link', { name: 'here is where to find more help' }),
    ).toHaveAttribute('href', '/help');
  });

  it('starts over only after you confirm, keeping what went to the journal', async () => {
    resetStore();
    const { user } = await renderApp('/practices/reconnection/steps/3');
    await findHeading('Let the kindness in');
    await user.type(
      (await screen.findByRole('textbox', { name: /What kindness, recent or long ago/ })),
      'A kind text',
    );
    await act(() => flushAll());
    await user.click(screen.getByRole('link', { name: '← Reach for connection' }));
    await findHeading('Reach for connection');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(await storedRun('reconnection')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Start over' }),
    );
    await findHeading('Choose one safe person');
    await waitFor(async () => expect((await storedRun('reconnection'))?.answers).toEqual({}));
    expect((await journalCollection.loadAll()).map((e) => e.text)).toEqual(['A kind text']);
  });

  it('shows a kind not-found screen for a step that does not exist', async () => {
    resetStore();
    await renderApp('/practices/reconnection/steps/99');
    await findHeading("We couldn't find that page");
  });
});
