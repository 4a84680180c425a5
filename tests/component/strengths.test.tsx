import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { strengthsCollection } from '../../src/storage/collections/strengths';
import { findHeading, renderApp } from '../support/render-app';

const stored = async () => (await strengthsCollection.loadAll()).map((s) => [s.list, s.text]);

describe('strengths and kindnesses', () => {
  it('adds to each list, and a line removed by mistake can be put back', async () => {
    const { user } = await renderApp('/strengths');
    await findHeading('Strengths and kindnesses');
    expect(screen.getAllByText('Nothing here yet. One is enough to start.')).toHaveLength(3);

    const winBox = screen.getByRole('textbox', { name: 'Add a win' });
    await waitFor(() => expect(winBox).not.toHaveAttribute('readonly'));
    await user.type(winBox, 'Replied to one email{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove Replied to one email' }));
    expect(screen.queryByRole('textbox', { name: 'A win 1' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Put it back' }));

    expect(await screen.findByRole('textbox', { name: 'A win 1' })).toHaveValue(
      'Replied to one email',
    );
    await waitFor(async () => expect(await stored()).toEqual([['wins', 'Replied to one email']]));
  });

  it('adds words left in an Add box when the person moves on to another screen', async () => {
    const { user } = await renderApp('/strengths');
    await findHeading('Strengths and kindnesses');
    const box = screen.getByRole('textbox', { name: 'Add a strength' });
    // The box takes typing once its kept draft has been read (until then it is read-only).
    await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
    await user.type(box, 'I notice when people are quiet');

    await user.click(screen.getByRole('link', { name: 'Goals' }));
    await findHeading('Your goals');

    await waitFor(async () =>
      expect(await stored()).toEqual([['strengths', 'I notice when people are quiet']]),
    );
  });
});
