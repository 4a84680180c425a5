// /settings/devices: "Your devices". Turning sync on; then where it stands, the
// folder, carrying files by hand, the devices seen, and stopping.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { knownDevices, syncSetup, turnOffSync, type SyncDevice, type SyncSetup } from '../../storage/sync/sync';
import { Button } from '../../ui/button';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';
import { startBackgroundSync } from './background-sync';
import { ByHand } from './by-hand';
import { DeviceList } from './device-list';
import styles from './devices.module.css';
import { FolderStatus } from './folder-status';
import { RenameDevice } from './rename-device';
import { readSyncStatus, stopUsingFolder } from './sync-runner';
import { useSyncStatus } from './sync-status';
import { TurnOnSync } from './turn-on-sync';

type Seen = { setup: SyncSetup | null; devices: SyncDevice[] };

export function DevicesScreen() {
  const [seen, setSeen] = useState<Seen | 'reading' | 'failed'>('reading');
  const lastSyncedAt = useSyncStatus((state) => state.lastSyncedAt);

  const read = useCallback(async () => {
    try {
      const setup = await syncSetup();
      const devices = setup ? await knownDevices() : [];
      await readSyncStatus();
      setSeen({ setup, devices });
      // Once sync is on with a folder, it keeps going in the background from here on.
      if (setup && useSyncStatus.getState().folder) startBackgroundSync();
    } catch {
      setSeen('failed');
    }
  }, []);

  // Read again after every sync, so the list shows what it brought.
  useEffect(() => {
    void read();
  }, [read, lastSyncedAt]);

  return (
    <Page>
      <PageHeading title="Your devices">Your devices</PageHeading>
      <p className={layout.lead}>
        Keep your journal, goals, practices and map the same on your phone and your computer, sealed so only you can
        read them.
      </p>
      {seen === 'reading' ? (
        <p className={layout.muted} {...WAITING_FOR_DATA}>
          Opening your devices…
        </p>
      ) : seen === 'failed' ? (
        <p className={styles.problem}>
          We couldn't read how sync is set up just now. Nothing was changed or lost. Try opening this page again in a
          moment.
        </p>
      ) : seen.setup ? (
        <SyncOn setup={seen.setup} devices={seen.devices} onChanged={() => void read()} />
      ) : (
        <TurnOnSync onDone={() => void read()} />
      )}
      <p className={styles.note}>
        A copy of everything, for safe keeping, is on <Link to="/settings/data">Your data</Link>.
      </p>
    </Page>
  );
}

function SyncOn({ setup, devices, onChanged }: { setup: SyncSetup; devices: SyncDevice[]; onChanged: () => void }) {
  const [isStopping, setStopping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const stop = async () => {
    setStopping(true);
    try {
      await turnOffSync();
      await stopUsingFolder();
      await readSyncStatus();
      onChanged();
    } catch {
      setProblem("We couldn't stop syncing just now. Nothing was changed. Try again in a moment.");
    } finally {
      setStopping(false);
    }
  };

  return (
    <>
      <p>
        This device is “{setup.deviceName}”. Its sync files are sealed with{' '}
        {setup.keyFrom === 'lock' ? 'your lock passphrase' : 'your sync passphrase'}.
      </p>
      <RenameDevice name={setup.deviceName} onRenamed={onChanged} />
      <FolderStatus onChanged={onChanged} />
      <ByHand onBrought={onChanged} />
      <DeviceList devices={devices} onChanged={onChanged} />
      <section className={styles.section} aria-labelledby="stop-title">
        <h2 id="stop-title">Stop syncing</h2>
        <p>
          Everything here stays here, and your other devices keep what they have. This device stops reading and writing
          sync files.
        </p>
        <Button variant="secondary" disabled={isStopping} onClick={() => void stop()}>
          Stop syncing on this device
        </Button>
        {problem ? <p className={styles.problem}>{problem}</p> : null}
      </section>
    </>
  );
}
