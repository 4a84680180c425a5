import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetFolder, rememberFolder } from '../../src/storage/sync/folder-handle';
import { turnOnSync } from '../../src/storage/sync/sync';
import { useSyncStatus } from '../../src/features/devices/sync-status';
import { readSyncStatus } from '../../src/features/devices/sync-runner';
import { findHeading, renderApp } from '../support/render-app';
import { fakeFolder } from '../support/fake-folder';

afterEach(async () => {
  await forgetFolder();
  useSyncStatus.setState(useSyncStatus.getInitialState());
});

describe('the folder after a restart', () => {
  it('shows one calm line, and one tap lets Mend use the folder again and sync', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: 'blue kettle morning' });
    const folder = fakeFolder('Dropbox');
    await rememberFolder(folder);
    // As after a restart: the browser asks again before Mend may use the folder.
    folder.permission = 'prompt';
    folder.answer = 'granted';
    await readSyncStatus();

    const { user } = await renderApp('/journal');
    const line = await screen.findByText('To keep syncing through “Dropbox”, the browser asks for your permission again.');
    expect(line).toBeInTheDocument();
    expect(folder.files.size).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Allow the folder' }));

    await waitFor(() => expect([...folder.files.keys()]).toEqual([expect.stringMatching(/^mend-.+\.mendsync$/)]), { timeout: 15000 });
    expect(screen.queryByText(/asks for your permission again/)).not.toBeInTheDocument();
  });

  it('says the same on Your devices, where one tap restores it too', async () => {
    await turnOnSync({ deviceName: 'Laptop', passphrase: 'blue kettle morning' });
    const folder = fakeFolder('Dropbox');
    await rememberFolder(folder);
    folder.permission = 'prompt';

    const { user } = await renderApp('/settings/devices');
    await findHeading('Your devices');
    expect(await screen.findByText('Mend needs your permission again to use the folder “Dropbox”.')).toBeInTheDocument();
    // Only one line says it: the app-wide one stays off this screen.
    expect(screen.queryByText(/asks for your permission again/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Allow the folder' }));

    expect(await screen.findByText(/Syncing through the folder “Dropbox”/, {}, { timeout: 15000 })).toBeInTheDocument();
    await waitFor(() => expect(folder.files.size).toBe(1), { timeout: 15000 });
  });
});
