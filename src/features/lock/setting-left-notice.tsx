// Said on the next page in a tab that was left while a passphrase was being
// set (the key takes a moment to make), when no lock came of it: plainly, so
// no one believes their words are locked when they are not.
import { useSyncExternalStore } from 'react';
import { markSettingLock, wasSettingLeft } from '../../storage/lock/lock-flag';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
// Prerendered pages have no note: hydration matches them, and the note follows.
const isShownInPrerender = () => false;

export function SettingLeftNotice() {
  const isShown = useSyncExternalStore(subscribe, wasSettingLeft, isShownInPrerender);
  if (!isShown) return null;
  return (
    <div className={layout.gentle} role="status">
      <p>
        <strong>The lock was not set.</strong> Mend was closed before it finished, so there is no
        passphrase, and what you wrote is as it was, without a lock. You can set one again from
        Settings, when you&apos;re ready.
      </p>
      <Button
        variant="quiet"
        size="small"
        onClick={() => {
          markSettingLock(false);
          for (const listener of listeners) listener();
        }}
      >
        Dismiss this note
      </Button>
    </div>
  );
}
