import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { LockNowItem } from '../../src/features/lock/lock-now-item';
import { useLockState } from '../../src/state/lock-state';

const lockNow = vi.fn(() => Promise.resolve());
let loads = 0;

// The lock's code fails to arrive the first time (offline, or replaced by a deploy), then arrives.
vi.mock('../../src/storage/lock/lock-session', () => {
  loads += 1;
  if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return { lockNow };
});

afterEach(() => {
  useLockState.setState({ status: 'off' });
});

it('says so calmly when the lock’s code fails to load, and locks when tried again', async () => {
  useLockState.setState({ status: 'open' });
  const user = userEvent.setup();
  render(
    <ul>
      <LockNowItem />
    </ul>,
  );

  await user.click(screen.getByRole('button', { name: 'Lock now' }));

  expect(await screen.findByRole('alert')).toHaveTextContent("Mend couldn't lock just now. Nothing was lost. Try again in a moment.");
  expect(lockNow).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Lock now' }));

  await vi.waitFor(() => expect(lockNow).toHaveBeenCalledTimes(1));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
