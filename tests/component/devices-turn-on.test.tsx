import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetFolder } from '../../src/storage/sync/folder-handle';
import { findHeading, renderApp } from '../support/render-app';
import { fakeFolder, type FakeFolder } from '../support/fake-folder';
import { freshPage, storedDrafts } from '../support/stored';

/** This browser keeps folders, and the picker hands over `folder` (or is closed, with null). */
function offerFolder(folder: FakeFolder | null) {
  Object.assign(window, {
    showDirectoryPicker: () => (folder ? Promise.resolve(folder) : Promise.reject(new DOMException('Closed', 'AbortError'))),
  });
}

afterEach(async () => {
  Reflect.deleteProperty(window, 'showDirectoryPicker');
  await forgetFolder();
});

describe('turning sync on', () => {
  it('says what goes in the folder, that the passphrase cannot be recovered, and that the same folder and passphrase go on the other device', async () => {
    await renderApp('/settings/devices');
    await findHeading('Your devices');

    expect(screen.getByText(/The folder holds one sealed file for each device\. Without the passphrase, no one can read a word of it/)).toBeInTheDocument();
    expect(screen.getByText(/No one can recover this passphrase, not even Mend/)).toBeInTheDocument();
    expect(screen.getByText('On your other devices, choose the same folder and type the same passphrase.')).toBeInTheDocument();
  });

  it('says plainly that this browser cannot sync on its own, and once sync is on offers to carry files by hand', async () => {
    const { user } = await renderApp('/settings/devices');
    await findHeading('Your devices');
    expect(screen.getByText(/This browser can't keep a folder, so it can't sync on its own/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose a folder' })).not.toBeInTheDocument();

    const name = screen.getByLabelText("This device's name");

    // The box opens for typing once any words kept from before are read.

    await waitFor(() => expect(name).toHaveProperty('readOnly', false));
    await user.clear(name);
    await user.type(name, 'Phone');
    await user.type(screen.getByLabelText('Sync passphrase'), 'blue kettle morning');
    await user.type(screen.getByLabelText('Type it again'), 'blue kettle morning');
    await user.click(screen.getByRole('button', { name: 'Turn on sync' }));

    expect(await screen.findByText(/This device is “Phone”/, {}, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Save this device's sync file" })).toBeInTheDocument();
    expect(screen.getByLabelText('Bring in files from other devices')).toHaveAttribute('multiple');
    expect(screen.getByRole('heading', { name: 'Phone (this device)' })).toBeInTheDocument();
  });

  it("keeps the device's name typed before sync is on across a reload, and never the passphrase", async () => {
    const first = await renderApp('/settings/devices');
    await findHeading('Your devices');
    const name = screen.getByLabelText("This device's name");
    // The box opens for typing once any words kept from before are read.
    await waitFor(() => expect(name).toHaveProperty('readOnly', false));
    await first.user.clear(name);
    await first.user.type(name, 'Work laptop');
    await first.user.type(screen.getByLabelText('Sync passphrase'), 'blue kettle morning');
    await waitFor(async () => expect((await storedDrafts()).map((d) => ('text' in d ? d.text : null))).toContain('Work laptop'));
    expect(JSON.stringify(await storedDrafts())).not.toContain('blue kettle');

    cleanup();
    freshPage();
    await renderApp('/settings/devices');
    await findHeading('Your devices');
    expect(await screen.findByDisplayValue('Work laptop')).toBeInTheDocument();
    expect(screen.getByLabelText('Sync passphrase')).toHaveValue('');
  });

  it('turns nothing on until the two passphrases match, and says so calmly', async () => {
    const { user } = await renderApp('/settings/devices');
    await findHeading('Your devices');

    await user.type(screen.getByLabelText('Sync passphrase'), 'blue kettle morning');
    await user.type(screen.getByLabelText('Type it again'), 'blue kettle mornin');
    await user.click(screen.getByRole('button', { name: 'Turn on sync' }));

    expect(await screen.findByText("The two passphrases don't match yet. Try typing them again.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn on sync' })).toBeInTheDocument();
  });

  it('keeps the chosen folder and writes this device’s sealed file there, with nothing readable in it', async () => {
    const folder = fakeFolder('Dropbox');
    offerFolder(folder);
    const { user } = await renderApp('/settings/devices');
    await findHeading('Your devices');

    await user.click(screen.getByRole('button', { name: 'Choose a folder' }));
    expect(await screen.findByText('Chosen: “Dropbox”.')).toBeInTheDocument();
    const name = screen.getByLabelText("This device's name");
    // The box opens for typing once any words kept from before are read.
    await waitFor(() => expect(name).toHaveProperty('readOnly', false));
    await user.clear(name);
    await user.type(name, 'Laptop');
    await user.type(screen.getByLabelText('Sync passphrase'), 'blue kettle morning');
    await user.type(screen.getByLabelText('Type it again'), 'blue kettle morning');
    await user.click(screen.getByRole('button', { name: 'Turn on sync' }));

    await waitFor(() => expect([...folder.files.keys()].some((file) => /^mend-.+\.mendsync$/.test(file))).toBe(true), {
      timeout: 15000,
    });
    expect(await screen.findByText(/Syncing through the folder “Dropbox”/)).toBeInTheDocument();
    const [file] = [...folder.files.values()];
    expect(new TextDecoder().decode(file!.bytes)).not.toContain('Laptop');
  });
});
