// With the lock on and open: lock now, the idle time, a new passphrase, or
// taking the lock off. Changing and removing ask for the current passphrase,
// so someone who finds the app open can't quietly take it over.
import { useState } from 'react';
import { readLockFlag } from '../../storage/lock/lock-flag';
import { useLockState } from '../../state/lock-state';
import {
  changePassphrase,
  IDLE_CHOICES,
  lockNow,
  removePassphrase,
  setIdleMinutes,
} from '../../storage/lock/lock-session';
import { Button } from '../../ui/button';
import { PassphraseField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { RadioChoices } from '../../ui/radio-choices';
import styles from './lock.module.css';
import { PassProgress } from './pass-progress';
import { LockSubmit } from './lock-submit';
import { newPassphraseProblem } from './passphrase-rules';
import { useLockForm } from './use-lock-form';

const IDLE_LABELS: Record<(typeof IDLE_CHOICES)[number], string> = {
  0: 'Never',
  1: 'After 1 minute',
  5: 'After 5 minutes',
  15: 'After 15 minutes',
};

export function LockOnSettings({ onDone }: { onDone: (message: string) => void }) {
  const isRemoving = useLockState((state) => state.pass?.target === 'plain');
  // Not "on" until everything is sealed.
  const isSetting = useLockState((state) => state.pass?.target === 'sealed');
  const [idle, setIdle] = useState(() => readLockFlag()?.idleMinutes ?? 0);

  return (
    <>
      <section className={`${layout.card} ${styles.section}`} aria-labelledby="on-title">
        <h2 id="on-title">{isSetting ? 'Setting the lock' : 'The lock is on'}</h2>
        <p>
          What you write is sealed with your passphrase on this device. Mend asks for it each time
          it opens.
        </p>
        <PassProgress />
        <Button onClick={() => void lockNow()}>Lock now</Button>
      </section>

      <section className={styles.section} aria-labelledby="idle-title">
        <h2 id="idle-title">Locking by itself</h2>
        <fieldset className={styles.choices}>
          <legend>Lock when Mend hasn't been used for a while</legend>
          <RadioChoices
            name="idle"
            choices={IDLE_CHOICES}
            value={idle}
            onChange={(minutes) => {
              setIdle(minutes);
              setIdleMinutes(minutes);
            }}
            className={styles.choice}
          >
            {(minutes) => IDLE_LABELS[minutes]}
          </RadioChoices>
        </fieldset>
      </section>

      {isRemoving ? null : (
        <>
          <ChangeForm onDone={onDone} />
          <RemoveForm onDone={onDone} />
        </>
      )}
    </>
  );
}

/** Asked first by both forms below: the passphrase Mend is locked with now. */
const ENTER_CURRENT = 'Enter the passphrase Mend is locked with now.';

function ChangeForm({ onDone }: { onDone: (message: string) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const form = useLockForm({
    check: () => (current === '' ? ENTER_CURRENT : newPassphraseProblem(next, again)),
    change: () => changePassphrase(current, next),
    onDone: () => {
      setCurrent('');
      setNext('');
      setAgain('');
      onDone('Your passphrase is changed. Use the new one from now on.');
    },
  });

  return (
    <section className={styles.section} aria-labelledby="change-title">
      <h2 id="change-title">Change your passphrase</h2>
      <form className={styles.form} onSubmit={form.onSubmit} noValidate>
        <PassphraseField label="Current passphrase" value={current} onText={setCurrent} />
        <PassphraseField label="New passphrase" isNew value={next} onText={setNext} />
        <PassphraseField label="Type the new one again" isNew value={again} onText={setAgain} />
        <LockSubmit form={form} busyLabel="Changing…" variant="secondary">
          Change passphrase
        </LockSubmit>
      </form>
    </section>
  );
}

function RemoveForm({ onDone }: { onDone: (message: string) => void }) {
  const [current, setCurrent] = useState('');
  const form = useLockForm({
    check: () => (current === '' ? ENTER_CURRENT : null),
    change: () => removePassphrase(current),
    onDone: () =>
      onDone(
        'The lock is off. What you write is stored on this device without a passphrase again.',
      ),
  });

  return (
    <section className={styles.section} aria-labelledby="remove-title">
      <h2 id="remove-title">Take the lock off</h2>
      <p>
        Your records will be stored without a passphrase again, readable by anyone who uses this
        browser.
      </p>
      <form className={styles.form} onSubmit={form.onSubmit} noValidate>
        <PassphraseField label="Passphrase" value={current} onText={setCurrent} />
        <LockSubmit form={form} busyLabel="Taking the lock off…" variant="secondary">
          Remove the lock
        </LockSubmit>
      </form>
    </section>
  );
}
