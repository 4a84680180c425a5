// Every device this one has seen: when it last wrote its file, what the last
// sync brought from it, and a way to forget one (its file is ignored from then on).
import { useState } from 'react';
import { formatWritten } from '../../lib/dates';
import { forgetDevice, type SyncDevice } from '../../storage/sync/sync';
import { folderTarget } from '../../storage/sync/folder-target';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import styles from './devices.module.css';
import { useSyncStatus } from './sync-status';

export function DeviceList({ devices, onChanged }: { devices: SyncDevice[]; onChanged: () => void }) {
  const [forgetting, setForgetting] = useState<SyncDevice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const folder = useSyncStatus((state) => (state.state === 'needs-permission' ? null : state.folder));

  const forget = async (device: SyncDevice) => {
    setForgetting(null);
    try {
      await forgetDevice(device.id, folder ? folderTarget(folder) : undefined);
      onChanged();
    } catch {
      setProblem(`We couldn't forget ${device.name} just now. Nothing was changed. Try again in a moment.`);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="devices-title">
      <h2 id="devices-title">Your devices</h2>
      {devices.length <= 1 ? (
        <p className={styles.note}>No other device has synced yet. Once one has, it shows here.</p>
      ) : null}
      <ul className={styles.devices}>
        {devices.map((device) => (
          <li key={device.id} className={styles.device} aria-label={device.isThis ? `${device.name} (this device)` : device.name}>
            <h3>{device.isThis ? `${device.name} (this device)` : device.name}</h3>
            <p className={styles.note}>
              {device.lastWroteAt ? `Last wrote its file ${formatWritten(device.lastWroteAt)}.` : 'Has not written its file yet.'}
            </p>
            {device.isThis ? null : (
              <>
                <p className={styles.note}>
                  {device.lastBrought ? `The last sync brought ${device.lastBrought}.` : 'The last sync brought nothing new from it.'}
                </p>
                <Button size="small" variant="quiet" onClick={() => setForgetting(device)}>
                  Forget this device
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {problem ? <p className={styles.problem}>{problem}</p> : null}
      <ConfirmDialog
        isOpen={forgetting !== null}
        title={`Forget ${forgetting?.name ?? 'this device'}?`}
        confirmLabel="Forget this device"
        cancelLabel="Keep it"
        onConfirm={() => forgetting && void forget(forgetting)}
        onCancel={() => setForgetting(null)}
      >
        <p>
          What it already brought stays here. From now on, this device passes over its file and brings in nothing more
          from it.
        </p>
      </ConfirmDialog>
    </section>
  );
}
