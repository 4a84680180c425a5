// "Lock now" from any screen while the lock is open, as one item of the
// footer's list, so handing the device to someone is one tap. Ships with the
// first screen, so it holds no crypto: the lock's session is already loaded
// whenever it shows.
import { useLockState } from '../../state/lock-state';
import styles from './lock.module.css';

export function LockNowItem() {
  const isOpen = useLockState((state) => state.status === 'open');
  if (!isOpen) return null;
  return (
    <li>
      <button type="button" className={styles.lockNow} onClick={() => void import('../../storage/lock/lock-session').then((m) => m.lockNow())}>
        Lock now
      </button>
    </li>
  );
}
