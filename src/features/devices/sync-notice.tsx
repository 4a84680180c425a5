// The one calm line the app shows anywhere when the browser wants its
// permission again before Mend may use the sync folder (after a restart), with
// the one tap that gives it. "Your devices" says the same in its own place.
import { useState } from 'react';
import { Button } from '../../ui/button';
import styles from './sync-notice.module.css';
import { useSyncStatus } from './sync-status';

export function SyncNotice({ isHidden }: { isHidden: boolean }) {
  const folder = useSyncStatus((state) => (state.state === 'needs-permission' ? state.folder : null));
  const [isSetAside, setAside] = useState(false);
  if (!folder || isHidden || isSetAside) return null;

  const allow = async () => {
    // Loaded already: the background sync that found the folder waiting brought it.
    const { allowFolderAgain } = await import('./sync-runner');
    await allowFolderAgain();
  };

  return (
    <div className={styles.notice} role="status">
      <p>To keep syncing through “{folder.name}”, the browser asks for your permission again.</p>
      <div className={styles.actions}>
        <Button size="small" onClick={() => void allow()}>
          Allow the folder
        </Button>
        <Button size="small" variant="quiet" onClick={() => setAside(true)}>
          Not now
        </Button>
      </div>
    </div>
  );
}
