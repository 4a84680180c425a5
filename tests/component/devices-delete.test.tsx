import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeleteEverything } from '../../src/features/settings/delete-everything';
import { syncSetup, turnOnSync } from '../../src/storage/sync/sync';

describe('Delete everything on a device that syncs', () => {
  it('asks which it means, and deletes nothing until one is chosen', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: 'blue kettle morning' });
    const user = userEvent.setup();
    render(<DeleteEverything />);

    expect(await screen.findByRole('radio', { name: /Delete here, and stop syncing this device/ })).toBeInTheDocument();
    expect(screen.getByText('Your other devices keep everything. Nothing comes back here.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Delete on every device/ })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/type the word/), 'delete');
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));

    expect(await screen.findByText('Choose whether to delete here only, or on every device.')).toBeInTheDocument();
    expect(await syncSetup()).not.toBeNull();
  });
});
