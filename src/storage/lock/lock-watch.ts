// The lock's part of every page from its first moment: it plugs the lock flag
// and the plan's open-while-locked choice into the engine's sealing seam, listens for another tab setting, changing or
// removing the lock, and lets deleting everything forget the lock. The rest of
// the lock (the key, the passes) loads only when it is first needed.
import { plugLock } from '../engine/lock-seam';
import { registerDeviceStore } from '../signals/registry';
import { isLockSet, LOCK_FLAG_KEY, markSettingLock } from './lock-flag';
import { isKeptPlainByChoice } from './plan-choice';

plugLock({ isSet: isLockSet, isKeptPlain: isKeptPlainByChoice });

const session = () => import('./lock-session');

registerDeviceStore({
  name: 'the lock',
  clear: () => {
    markSettingLock(false);
    return session().then((m) => m.forgetLock());
  },
});

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === LOCK_FLAG_KEY || event.key === null) void session().then((m) => m.flagChangedElsewhere());
  });
}
