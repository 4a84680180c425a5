// /settings/lock: set a passphrase, or, with the lock on and open, lock now,
// choose the idle time, change the passphrase or take the lock off. While the
// lock is closed the gate shows the unlock screen here, as everywhere.
import { useState } from 'react';
import { useLockState } from '../../state/lock-state';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import styles from './lock.module.css';
import { LockOnSettings } from './lock-on-settings';
import { SetLockForm } from './set-lock-form';

export function LockSettingsScreen() {
  const status = useLockState((state) => state.status);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <Page>
      <PageHeading title="Lock">Lock with a passphrase</PageHeading>
      <p className={layout.lead}>
        A passphrase keeps what you write here private from anyone else who uses this device.
      </p>
      {message ? (
        <p className={styles.message} role="status">
          {message}
        </p>
      ) : null}
      {status === 'open' ? <LockOnSettings onDone={setMessage} /> : <SetLockForm onDone={setMessage} />}
    </Page>
  );
}
