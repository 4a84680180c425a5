// With the lock on and open: lock now, the idle time, a new passphrase, or
// taking the lock off. Changing and removing ask for the current passphrase,
// so someone who finds the app open can't quietly take it over.
import { useState, type FormEvent } from 'react';
import { readLockFlag, useLockState } from '../../storage/lock/lock-flag';
import {
  changePassphrase,
  IDLE_CHOICES,
  lockNow,
  removePassphrase,
  setIdleMinutes,
} from '../../storage/lock/lock-session';
import { Button } from '../../ui/button';
import { FormProblem } from '../../ui/form-problem';
import { PassphraseField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { RadioChoices } from '../../ui/radio-choices';
import styles from './lock.module.css';
import { PassProgress } from './pass-progress';
import { COULD_NOT, newPassphraseProblem, WRONG_CURRENT } from './passphrase-rules';

const IDLE_LABELS: Record<(typeof IDLE_CHOICES)[number], string> = {
  0: 'Never',
  1: 'After 1 minute',
  5: 'After 5 minutes',
  15: 'After 15 minutes',
};

export function LockOnSettings({ onDone }: { onDone: (message: string) => void }) {
  const isRemoving = useLockState((state) => state.pass?.target === 'plain');
  const [idle, setIdle] = useState(() => readLockFlag()?.idleMinutes ?? 0);

  return (
    <>
      <section className={`${layout.card} ${styles.section}`} aria-labelledby="on-title">
        <h2 id="on-title">The lock is on</h2>
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

function ChangeForm({ onDone }: { onDone: (message: string) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const why =
      current === ''
        ? 'Enter the passphrase Mend is locked with now.'
        : newPassphraseProblem(next, again);
    setProblem(why);
    if (why || isBusy) return;
    setBusy(true);
    try {
      const outcome = await changePassphrase(current, next);
      if (outcome === 'wrong') setProblem(WRONG_CURRENT);
      else {
        setCurrent('');
        setNext('');
        setAgain('');
        onDone('Your passphrase is changed. Use the new one from now on.');
      }
    } catch {
      setProblem(COULD_NOT);
    }
    setBusy(false);
  };

  return (
    <section className={styles.section} aria-labelledby="change-title">
      <h2 id="change-title">Change your passphrase</h2>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label="Current passphrase" value={current} onText={setCurrent} />
        <PassphraseField label="New passphrase" isNew value={next} onText={setNext} />
        <PassphraseField label="Type the new one again" isNew value={again} onText={setAgain} />
        <FormProblem className={styles.problem} problem={problem} />
        <Button type="submit" variant="secondary" disabled={isBusy}>
          {isBusy ? 'Changing…' : 'Change passphrase'}
        </Button>
      </form>
    </section>
  );
}

function RemoveForm({ onDone }: { onDone: (message: string) => void }) {
  const [current, setCurrent] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(current === '' ? 'Enter the passphrase Mend is locked with now.' : null);
    if (current === '' || isBusy) return;
    setBusy(true);
    try {
      const outcome = await removePassphrase(current);
      if (outcome === 'wrong') {
        setProblem(WRONG_CURRENT);
        setBusy(false);
      } else
        onDone(
          'The lock is off. What you write is stored on this device without a passphrase again.',
        );
    } catch {
      setProblem(COULD_NOT);
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="remove-title">
      <h2 id="remove-title">Take the lock off</h2>
      <p>
        Your records will be stored without a passphrase again, readable by anyone who uses this
        browser.
      </p>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label="Passphrase" value={current} onText={setCurrent} />
        <FormProblem className={styles.problem} problem={problem} />
        <Button type="submit" variant="secondary" disabled={isBusy}>
          {isBusy ? 'Taking the lock off…' : 'Remove the lock'}
        </Button>
      </form>
    </section>
  );
}
