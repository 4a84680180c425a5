// "Lock now" from any screen while the lock is open, as one item of the
// footer's list, so handing the device to someone is one tap. Ships with the
// first screen, so it holds no crypto: the lock's session is already loaded
// whenever it shows.
import { useState } from 'react';
import { useLockState } from '../../state/lock-state';
import styles from './lock.module.css';

export function LockNowItem() {
  const isOpen = useLockState((state) => state.status === 'open');
  const [couldNotLock, setCouldNotLock] = useState(false);
  if (!isOpen) return null;
  const lock = () => {
    setCouldNotLock(false);
    // Its code can still fail to arrive (offline, or replaced by a new version):
    // say so, and the next tap asks for it again.
    import('../../storage/lock/lock-session')
      .then((session) => session.lockNow())
      .catch(() => setCouldNotLock(true));
  };
  return (
    <li>
      <button type="button" className={styles.lockNow} onClick={lock}>
        Lock now
      </button>
      {couldNotLock ? (
        <p role="alert" className={styles.lockNowProblem}>
          Mend couldn&apos;t lock just now. Nothing was lost. Try again in a moment.
        </p>
      ) : null}
    </li>
  );
}
