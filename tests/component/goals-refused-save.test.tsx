import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { goalsCollection } from '../../src/storage/collections/goals';
import { findHeading, renderApp } from '../support/render-app';
import { freshPage, get, put, storedDrafts } from '../support/stored';

beforeEach(() => {
  freshPage();
});

/** A reload of this tab: the screen gone, memory emptied, storage and the tab kept. */
async function reload(path: string, previous: { unmount: () => void }) {
  previous.unmount();
  freshPage();
  return renderApp(path);
}

// A date box lets a year run to five digits (Chromium takes up to 275760); a
// goal's stored format holds four, so this edit is refused as invalid.
const FAR_DAY = '20260-05-01';

describe('a goal edit that can not be stored as it is', () => {
  it('says so on screen and keeps the words as a draft, so a reload shows them again', async () => {
    await put(goalsCollection, goalsCollection.create({ id: 'g', title: 'Join the choir', why: 'Singing lifts me.' }));
    const first = await renderApp('/goals/g/edit');
    const { user } = first;
    await findHeading('Edit your goal');
    const title = await screen.findByRole('textbox', { name: /Your goal/ });
    await user.clear(title);
    await user.type(title, 'Sing with others');
    fireEvent.change(screen.getByLabelText(/Target date/), { target: { value: FAR_DAY } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    // On the goal's screen, shown as edited, with word that it isn't stored.
    await findHeading('Sing with others');
    expect(
      await screen.findByText(/We couldn't save this change to your goal as it is/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your words are still kept as a draft/)).toBeInTheDocument();
    expect((await get(goalsCollection, 'g'))!.title).toBe('Join the choir');
    await waitFor(async () =>
      expect((await storedDrafts()).map((d) => (d.kind === 'goal' ? d.title : null))).toEqual(['Sing with others']),
    );

    await reload('/goals/g/edit', first);
    await findHeading('Edit your goal');
    expect(await screen.findByRole('textbox', { name: /Your goal/ })).toHaveValue('Sing with others');
    expect(screen.getByRole('textbox', { name: /Why it matters to me/ })).toHaveValue('Singing lifts me.');
  });

  it('keeps the draft of a new goal that can not be stored, so a reload shows its words again', async () => {
    const first = await renderApp('/goals/new');
    const { user } = first;
    await findHeading('A new goal');
    await screen.findByRole('button', { name: 'Save goal' });
    await user.type(screen.getByRole('textbox', { name: /Your goal/ }), 'Call my sister');
    await user.type(screen.getByRole('textbox', { name: 'Step 1' }), 'Find her number');
    fireEvent.change(screen.getByLabelText(/Target date/), { target: { value: FAR_DAY } });
    await user.click(screen.getByRole('button', { name: 'Save goal' }));

    await findHeading('Call my sister');
    expect(
      await screen.findByText(/We couldn't save this change to your goal as it is/),
    ).toBeInTheDocument();
    expect(await goalsCollection.loadAll()).toEqual([]);
    await waitFor(async () =>
      expect((await storedDrafts()).map((d) => (d.kind === 'goal' ? d.title : null))).toEqual(['Call my sister']),
    );

    await reload('/goals/new', first);
    await findHeading('A new goal');
    expect(await screen.findByRole('textbox', { name: /Your goal/ })).toHaveValue('Call my sister');
    expect(screen.getByRole('textbox', { name: 'Step 1' })).toHaveValue('Find her number');
  });
});
