import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { circlesCollection } from '../../src/storage/collections/belonging-circles';
import { peopleCollection } from '../../src/storage/collections/belonging-people';
import { freshPage, put } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

describe('the belonging map', () => {
  it('invites a first person when the map is empty, and says so in words', async () => {
    await renderApp('/belonging');
    await findHeading('Where you belong');
    expect(screen.getByRole('heading', { name: 'Start with one' })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'How spread out your belonging is' });
    expect(within(summary).getByText(/Your map is empty for now/)).toBeInTheDocument();
  });

  it('says in words how many circles hold someone warm, and which', async () => {
    await put(peopleCollection, peopleCollection.create({ id: 'p1', name: 'Jun', circleId: 'friends' }));
    await put(peopleCollection, peopleCollection.create({ id: 'p2', name: 'Book club', circleId: 'hobby' }));
    await put(
      peopleCollection,
      peopleCollection.create({ id: 'p3', name: 'Old team', circleId: 'work-study', isWarm: false }),
    );
    await put(circlesCollection, circlesCollection.create({ id: 'hobby', name: 'Reading', isOwn: false }));

    await renderApp('/belonging');
    await findHeading('Where you belong');

    const summary = screen.getByRole('region', { name: 'How spread out your belonging is' });
    expect(
      within(summary).getByText('2 of your 7 circles hold someone warm. Friends and Reading do.'),
    ).toBeInTheDocument();
    // The picture is for the eye only: the words above are what a screen reader hears.
    expect(summary.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('changes the words when a connection is marked warm', async () => {
    await put(
      peopleCollection,
      peopleCollection.create({ id: 'p1', name: 'Sam', circleId: 'family', isWarm: false }),
    );
    const { user } = await renderApp('/belonging');
    await findHeading('Where you belong');
    expect(
      screen.getByText('None of your 7 circles holds a warm connection yet.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Feels warm: Sam' }));

    expect(
      await screen.findByText('1 of your 7 circles holds someone warm. Family does.'),
    ).toBeInTheDocument();
  });
});

describe('a practice list that feeds the map', () => {
  it('puts a circle named in "Widen your circles" on the map, and offers the map’s circles there', async () => {
    const { user, unmount } = await renderApp('/practices/diversifying-belonging/steps/1');
    await findHeading('Map where you belong');
    // The map's circles are offered to tap.
    expect(screen.getByRole('button', { name: 'Add Family' })).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: 'Add a circle' }),
      'Saturday parkrun{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Add Family' }));
    await waitFor(async () =>
      expect((await circlesCollection.loadAll()).map((c) => c.name)).toEqual(['Saturday parkrun']),
    );
    unmount();

    freshPage();
    await renderApp('/belonging');
    await findHeading('Where you belong');
    expect(screen.getByRole('heading', { level: 2, name: 'Saturday parkrun' })).toBeInTheDocument();
  });

  it('offers the people on the map in "Reach for connection", and marks one picked as safe', async () => {
    await put(peopleCollection, peopleCollection.create({ id: 'p1', name: 'Priya', circleId: 'friends' }));
    const { user } = await renderApp('/practices/reconnection/steps/1');
    await findHeading('Choose one safe person');

    await user.click(screen.getByRole('button', { name: 'Add Priya' }));

    expect(screen.getByRole('textbox', { name: 'A person 1' })).toHaveValue('Priya');
    await waitFor(async () =>
      expect((await peopleCollection.loadAll())[0]).toMatchObject({ name: 'Priya', isSafe: true }),
    );
  });
});
