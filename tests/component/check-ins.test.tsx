import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_SETTINGS_ID,
  checkInSettingsCollection,
} from '../../src/storage/collections/check-in-settings';
import { checkInsCollection } from '../../src/storage/collections/check-ins';
import { progressCollection } from '../../src/storage/collections/progress';
import { freshPage, get } from '../support/stored';
import { findHeading, renderApp } from '../support/render-app';

const careCard = () => screen.queryByRole('region', { name: "You don't have to carry this alone" });
const beforeQuestion = () => screen.queryByRole('group', { name: /Before you begin/ });

describe('the check-in before a practice', () => {
  it('keeps the number with the run, and offers help gently when it is very low', async () => {
    const { user } = await renderApp('/practices/reframing/steps/1');
    await findHeading('Write the story in your head');
    const question = await screen.findByRole('group', { name: /Before you begin/ });
    await user.click(within(question).getByRole('radio', { name: '2' }));
    expect(careCard()).not.toBeNull();
    expect(screen.getByRole('link', { name: 'here is where to find more help' })).toHaveAttribute(
      'href',
      '/help',
    );
    await waitFor(async () =>
      expect((await get(progressCollection, 'reframing'))?.feelingBefore).toBe(2),
    );
    await user.click(within(question).getByRole('radio', { name: '6' }));
    expect(careCard()).toBeNull();
  });

  it('is skipped with one tap, for this run only', async () => {
    const { user } = await renderApp('/practices/reframing/steps/1');
    await findHeading('Write the story in your head');
    await screen.findByRole('group', { name: /Before you begin/ });
    await user.click(screen.getByRole('button', { name: 'Skip this time' }));
    expect(beforeQuestion()).toBeNull();
    await waitFor(async () =>
      expect((await get(progressCollection, 'reframing'))?.feelingBefore).toBe('skipped'),
    );
  });

  it('can be turned off, and stays off after a reload', async () => {
    const { user, unmount } = await renderApp('/practices/reframing/steps/1');
    await findHeading('Write the story in your head');
    await screen.findByRole('group', { name: /Before you begin/ });
    await user.click(screen.getByRole('button', { name: "Don't ask before practices" }));
    expect(screen.getByText(/We won't ask before practices/)).toBeInTheDocument();
    await waitFor(async () =>
      expect((await get(checkInSettingsCollection, CHECK_IN_SETTINGS_ID))?.askBefore).toBe(false),
    );
    unmount();
    freshPage();
    await renderApp('/practices/self-worth/steps/1');
    await findHeading(/./);
    // Decided once the settings are read: the place kept while reading gives way to the answer.
    await waitFor(() => expect(document.querySelector('[data-check-in="reading"]')).toBeNull());
    expect(beforeQuestion()).toBeNull();
  });
});

describe('the quick check-in on the home screen', () => {
  it('saves the number at once, adds words and a line, and shows the calm card when it is low', async () => {
    const { user } = await renderApp('/');
    await findHeading(/Something hurt/);
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    // Its code loads on the tap.
    const scale = await screen.findByRole(
      'group',
      { name: 'How are you feeling right now?' },
      { timeout: 5000 },
    );
    await user.click(within(scale).getByRole('radio', { name: '1' }));
    expect(careCard()).not.toBeNull();
    expect(
      screen.getByRole('link', { name: 'send one small message to someone safe' }),
    ).toHaveAttribute('href', '/practices/reconnection/steps/2');
    await user.click(screen.getByRole('button', { name: 'left out' }));
    await user.click(screen.getByRole('button', { name: 'hurt' }));
    // Pasted rather than typed key by key: the same change, lighter on a busy machine.
    await user.click(screen.getByRole('textbox', { name: 'One line about it (optional)' }));
    await user.paste('A long day');
    await waitFor(async () => {
      const [stored] = await checkInsCollection.loadAll();
      expect(stored).toMatchObject({ value: 1, words: ['hurt', 'left out'], note: 'A long day' });
    });
    await user.click(within(scale).getByRole('radio', { name: '7' }));
    expect(careCard()).toBeNull();
  });
});
