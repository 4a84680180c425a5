import { Button } from '../ui/button';
import { useAppUpdate } from './app-update';
import styles from './update-notice.module.css';

/**
 * A quiet note when a new version has been downloaded. Nothing reloads until the
 * person taps "Reload", so it never interrupts typing; what they wrote is saved
 * as the page unloads, as on any reload.
 */
export function UpdateNotice() {
  const isReady = useAppUpdate((state) => state.isReady);
  const reload = useAppUpdate((state) => state.reload);
  const dismiss = useAppUpdate((state) => state.dismiss);
  if (!isReady) return null;
  return (
    <aside className={styles.notice} aria-label="A new version">
      <p role="status">A new version of Mend is ready.</p>
      <div className={styles.actions}>
        <Button size="small" onClick={reload}>
          Reload
        </Button>
        <Button size="small" variant="quiet" onClick={dismiss}>
          Not now
        </Button>
      </div>
    </aside>
  );
}
