import { screen, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { useLockState } from '../../src/state/lock-state';
import { renderApp } from '../support/render-app';

// The unlock screen's code arrives late, as on a slow connection.
vi.mock('../../src/features/lock/unlock-screen', async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return importOriginal();
});

it('a locked journal opened by its link before the unlock screen has arrived asks for the passphrase, with no warning from React', async () => {
  const { user } = await renderApp('/help');
  await screen.findByRole('heading', { level: 1, name: /Need help now/ });
  // Locked from another tab, say: nothing of the unlock screen is loaded yet.
  useLockState.setState({ status: 'locked' });

  await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Journal' }));

  // Any console.error, React's warning of a skipped use() included, fails the test (tests/setup.ts).
  expect(await screen.findByRole('heading', { level: 1, name: 'Mend is locked' })).toBeInTheDocument();
});
