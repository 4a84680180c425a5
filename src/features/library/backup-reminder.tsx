import { useEffect, useState } from 'react';
import { afterFirstPaint } from '../../lib/after-first-paint';
import { useLockState } from '../../state/lock-state';
import { Button, ButtonLink } from '../../ui/button';
import { layout } from '../../ui/layout';
import styles from './library.module.css';

// Storage code loads after the first screen, when this is checked.
const loadStorage = () =>
  Promise.all([
    import('../../storage/device/persistence'),
    import('../../storage/device/backup-history'),
    import('../../storage/backup/backup'),
  ]);

/**
 * A quiet word at the end of the home screen when there is something to lose
 * and no backup in 30 days. Set aside, it stays away for a week. Never alarming.
 */
export function BackupReminder() {
  const [isDue, setDue] = useState(false);
  const [words, setWords] = useState<string | null>(null);
  // With a lock, a backup is made where it can be protected with the passphrase.
  const isLockSet = useLockState((state) => state.status !== 'off');

  useEffect(() => {
    let isCurrent = true;
    const stop = afterFirstPaint(() => {
      void loadStorage().then(async ([{ hasAnyRecords }, { isBackupReminderDue }]) => {
        const hasData = await hasAnyRecords().catch(() => false);
        if (isCurrent) setDue(isBackupReminderDue(hasData));
      });
    }, 1500);
    return () => {
      isCurrent = false;
      stop();
    };
  }, []);

  if (!isDue) return null;
  return (
    <aside
      className={`${layout.gentle} ${styles.reminder}`}
      aria-labelledby="backup-reminder-title"
    >
      <h2 id="backup-reminder-title">A copy, just in case</h2>
      <p>
        {words ??
          "It's been a while since you saved a backup. If this browser ever clears its data, a backup brings everything back."}
      </p>
      {words ? null : (
        <div className={layout.actions}>
          {isLockSet ? (
            <ButtonLink size="small" to="/settings/data">
              Save a protected backup
            </ButtonLink>
          ) : (
            <Button
              size="small"
              onClick={() =>
                void loadStorage().then(([, , { downloadBackup }]) =>
                  downloadBackup().then(
                    () => setWords('Your backup is downloading. Keep it somewhere private.'),
                    () =>
                      setWords(
                        "We couldn't make the backup just now. You can try again from Your data.",
                      ),
                  ),
                )
              }
            >
              Save a backup
            </Button>
          )}
          <Button
            size="small"
            variant="secondary"
            onClick={() =>
              void loadStorage().then(([, { backupHistory }]) => {
                backupHistory.setReminderAside();
                setDue(false);
              })
            }
          >
            Not now
          </Button>
        </div>
      )}
    </aside>
  );
}
