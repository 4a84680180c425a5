import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackgroundSync } from '../../src/features/devices/background-sync';
import { useSyncStatus } from '../../src/features/devices/sync-status';
import { lockState } from '../../src/storage/lock/lock-flag';
import { announceChange } from '../../src/storage/signals/cross-tab';
import { forgetFolder, rememberFolder } from '../../src/storage/sync/folder-handle';
import { turnOnSync } from '../../src/storage/sync/sync';
import { fakeFolder, type FakeFolder } from '../support/fake-folder';

let stop: (() => void) | null = null;

afterEach(async () => {
  stop?.();
  stop = null;
  await forgetFolder();
  useSyncStatus.setState(useSyncStatus.getInitialState());
  lockState.setState({ status: 'off' });
});

const isWritten = (folder: FakeFolder) => [...folder.files.keys()].some((name) => name.endsWith('.mendsync'));

/** A device with sync on and a folder kept, syncing in the background, its first sync (on open) done. */
async function syncingDevice(): Promise<FakeFolder> {
  await turnOnSync({ deviceName: 'Laptop', passphrase: 'blue kettle morning' });
  const folder = fakeFolder('Dropbox');
  await rememberFolder(folder);
  stop = startBackgroundSync();
  await waitFor(() => expect(isWritten(folder)).toBe(true), { timeout: 10_000 });
  await waitFor(() => expect(useSyncStatus.getState().state).toBe('idle'));
  return folder;
}

describe('syncing in the background', () => {
  it('syncs as Mend opens, and again when the page comes back to the front or is hidden', async () => {
    const folder = await syncingDevice();

    folder.files.clear();
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(isWritten(folder)).toBe(true), { timeout: 10_000 });

    folder.files.clear();
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(isWritten(folder)).toBe(true), { timeout: 10_000 });
  });

  it('syncs once the lock is opened, having waited while it was closed', async () => {
    const folder = await syncingDevice();
    lockState.setState({ status: 'locked' });
    folder.files.clear();

    lockState.setState({ status: 'open' });

    await waitFor(() => expect(isWritten(folder)).toBe(true), { timeout: 10_000 });
  });

  it('writes this device’s file a few seconds after a change here', async () => {
    const folder = await syncingDevice();
    const before = [...folder.files.values()][0]!.lastModified;

    announceChange({ collection: 'journal', id: 'e1', op: 'put' });

    await waitFor(() => expect([...folder.files.values()][0]!.lastModified).toBeGreaterThan(before), { timeout: 10_000 });
  });

  it('says in one sentence when a sync fails, loses nothing, and tries again later', async () => {
    const folder = await syncingDevice();
    folder.isFull = true;
    announceChange({ collection: 'journal', id: 'e1', op: 'put' });

    await waitFor(() => expect(useSyncStatus.getState().state).toBe('failed'), { timeout: 10_000 });
    expect(useSyncStatus.getState().message).toBe("We couldn't sync just now. Nothing here was changed or lost, and Mend will try again.");

    folder.isFull = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(useSyncStatus.getState().state).toBe('idle'), { timeout: 10_000 });
  });
});
