import { useLockState } from '../../state/lock-state';
import styles from './lock.module.css';

/** How far the pass that seals (or opens) every record has got, while it runs. */
export function PassProgress() {
  const pass = useLockState((state) => state.pass);
  const isUnfinished = useLockState((state) => state.isPassUnfinished);
  if (pass) {
    const what = pass.target === 'sealed' ? 'Locking what you have written' : 'Unlocking what you have written';
    return (
      <p className={styles.note} role="status">
        {pass.total > 0
          ? `${what}: ${pass.done.toLocaleString()} of ${pass.total.toLocaleString()}.`
          : `${what}…`}{' '}
        You can keep using Mend meanwhile.
      </p>
    );
  }
  if (isUnfinished) {
    return (
      <p className={styles.note} role="status">
        A few records weren't finished just now. Everything still opens with your passphrase, and
        Mend finishes the rest the next time you unlock.
      </p>
    );
  }
  return null;
}
