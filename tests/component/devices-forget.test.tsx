import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { journalCollection } from '../../src/storage/collections/journal';
import { bringInSyncFiles, knownDevices, ownSyncFile, turnOnSync } from '../../src/storage/sync/sync';
import { findHeading, renderApp } from '../support/render-app';
import { put } from '../support/stored';
import { syncDevices } from '../support/sync-devices';

const PASSPHRASE = 'blue kettle morning';

describe('the devices seen', () => {
  it('lists the other device with what the last sync brought, and forgets it when asked', async () => {
    const devices = syncDevices('phone', 'laptop');
    const phoneFile = await devices.on('phone', async () => {
      await turnOnSync({ deviceName: 'Phone', passphrase: PASSPHRASE });
      await put(journalCollection, journalCollection.create({ id: 'e1', text: 'Written on the phone.' }));
      return ownSyncFile();
    });

    await devices.on('laptop', async () => {
      await turnOnSync({ deviceName: 'Laptop', passphrase: PASSPHRASE });
      await bringInSyncFiles([phoneFile]);
      const { user } = await renderApp('/settings/devices');
      await findHeading('Your devices');

      const phone = await screen.findByRole('listitem', { name: 'Phone' });
      expect(within(phone).getByText('The last sync brought 1 entry.')).toBeInTheDocument();
      expect(screen.getByRole('listitem', { name: 'Laptop (this device)' })).toBeInTheDocument();

      await user.click(within(phone).getByRole('button', { name: 'Forget this device' }));
      const dialog = await screen.findByRole('dialog', { name: 'Forget Phone?' });
      await user.click(within(dialog).getByRole('button', { name: 'Forget this device' }));

      await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Phone' })).not.toBeInTheDocument());
      expect((await knownDevices()).map((device) => device.name)).toEqual(['Laptop']);
    });
  });
});
