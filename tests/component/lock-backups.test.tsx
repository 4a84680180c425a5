import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journalCollection } from '../../src/storage/collections/journal';
import { useLockState } from '../../src/state/lock-state';
import { MemoryRouter } from 'react-router';
import { BackupReminder } from '../../src/features/library/backup-reminder';
import { DeleteEverything } from '../../src/features/settings/delete-everything';
import { put } from '../support/stored';

// With a lock set, a backup is only ever made where it can be protected with the
// passphrase: no button elsewhere writes the words out as a plain file.
describe('backups while a lock is set', () => {
  afterEach(() => useLockState.setState({ status: 'off' }));

  it('Delete everything offers no plain export, and points to the protected copy', () => {
    useLockState.setState({ status: 'open' });
    render(<DeleteEverything />);
    expect(screen.queryByRole('button', { name: 'Export my data first' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Keep a copy' })).toHaveAttribute('href', '#export-title');
  });

  it('Delete everything offers a plain export when there is no lock', () => {
    render(<DeleteEverything />);
    expect(screen.getByRole('button', { name: 'Export my data first' })).toBeInTheDocument();
  });

  it('the home reminder leads to Your data for a protected backup, not a plain download', async () => {
    await put(journalCollection, journalCollection.create({ id: 'e1', text: 'Something worth keeping.' }));
    useLockState.setState({ status: 'open' });
    render(
      <MemoryRouter>
        <BackupReminder />
      </MemoryRouter>,
    );
    const link = await screen.findByRole('link', { name: 'Save a protected backup' }, { timeout: 8000 });
    expect(link).toHaveAttribute('href', '/settings/data');
    expect(screen.queryByRole('button', { name: 'Save a backup' })).not.toBeInTheDocument();
  });
});
