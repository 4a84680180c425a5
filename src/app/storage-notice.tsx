import { useEffect } from 'react';
import { Link } from 'react-router';
import { useStorageStatus } from '../state/storage-status';
import { Button } from '../ui/button';
import styles from './storage-notice.module.css';

/** Says plainly when saving isn't working, that nothing on screen is lost, and offers a copy. */
export function StorageNotice() {
  const mode = useStorageStatus((state) => state.mode);
  const writeProblem = useStorageStatus((state) => state.writeProblem);
  const setAsideCount = useStorageStatus((state) => state.setAside.length);

  // One list for every screen: once something is found unreadable, every collection
  // is checked, so this count and Your data's list are the same.
  const hasSetAside = setAsideCount > 0;
  useEffect(() => {
    if (hasSetAside) void import('../storage/device/set-aside').then((m) => m.checkAllCollections());
  }, [hasSetAside]);

  let message: string | null = null;
  if (writeProblem === 'quota') {
    message =
      "We couldn't save just now because this device is out of space. Your words are still here. Export a copy to keep them safe.";
  } else if (mode === 'memory') {
    message =
      "Mend can't save on this device right now (private browsing or blocked storage can do this). You can keep going, but nothing is kept after you close this tab. Export a copy to keep your words.";
  } else if (writeProblem === 'failed') {
    message =
      "We couldn't save your last change. Your words are still on screen. Try again in a moment, or export a copy to keep them safe.";
  }

  if (!message && setAsideCount === 0) return null;
  return (
    <div className={styles.notice} role="status">
      <div className={styles.inner}>
        {message ? (
          <>
            <p>{message}</p>
            <Button size="small" variant="secondary" onClick={() => void exportCopy()}>
              Export my data
            </Button>
          </>
        ) : (
          <p>
            {setAsideCount === 1 ? 'One saved item' : `${setAsideCount} saved items`} couldn't be
            read. {setAsideCount === 1 ? "It's" : "They're"} kept safe, not deleted.{' '}
            <Link to="/settings/data">See your data</Link>
          </p>
        )}
      </div>
    </div>
  );
}

export async function exportCopy(): Promise<void> {
  // Loaded when asked for: every record schema isn't needed before the first screen.
  const { downloadBackup } = await import('../storage/backup/backup');
  await downloadBackup();
}
