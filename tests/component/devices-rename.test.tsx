import { cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { syncSetup, turnOnSync } from '../../src/storage/sync/sync';
import { findHeading, renderApp } from '../support/render-app';
import { freshPage, storedDrafts } from '../support/stored';

describe("this device's name", () => {
  it('can be changed once sync is on, and the new name is what the others will see', async () => {
    await turnOnSync({ deviceName: 'Computer', passphrase: 'blue kettle morning' });
    const { user } = await renderApp('/settings/devices');
    await findHeading('Your devices');

    await user.click(screen.getByRole('button', { name: 'Rename this device' }));
    const name = screen.getByLabelText("This device's name");
    // The box opens for typing once any words kept from before are read.
    await waitFor(() => expect(name).toHaveProperty('readOnly', false));
    await user.clear(name);
    await user.type(name, 'Kitchen laptop');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));

    expect(await screen.findByText(/This device is “Kitchen laptop”/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kitchen laptop (this device)' })).toBeInTheDocument();
    expect((await syncSetup())?.deviceName).toBe('Kitchen laptop');
  });

  it('keeps a new name typed but not yet saved across a reload', async () => {
    await turnOnSync({ deviceName: 'Computer', passphrase: 'blue kettle morning' });
    const first = await renderApp('/settings/devices');
    await findHeading('Your devices');
    await first.user.click(screen.getByRole('button', { name: 'Rename this device' }));
    const name = screen.getByLabelText("This device's name");
    // The box opens for typing once any words kept from before are read.
    await waitFor(() => expect(name).toHaveProperty('readOnly', false));
    await first.user.clear(name);
    await first.user.type(name, 'Study desk');
    await waitFor(async () => expect((await storedDrafts()).map((d) => ('text' in d ? d.text : null))).toContain('Study desk'));

    cleanup();
    freshPage();
    await renderApp('/settings/devices');
    await findHeading('Your devices');
    expect(await screen.findByDisplayValue('Study desk')).toBeInTheDocument();
    expect((await syncSetup())?.deviceName).toBe('Computer');
  });
});
