// What every screen that shows a person's words shows while the lock is closed:
// the passphrase, kindly; help that needs no passphrase; and the plain truth
// about a forgotten one.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isPlanOpenWhileLocked } from '../../storage/lock/plan-choice';
import { readLockFlag } from '../../storage/lock/lock-flag';
import { useLockState } from '../../state/lock-state';
import { unlock, unsealedLeft } from '../../storage/lock/lock-session';
import { Button } from '../../ui/button';
import { PlanLink } from '../../ui/plan-link';
import { PassphraseField } from '../../ui/fields';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import styles from './lock.module.css';
import { StartAgain } from './start-again';

type Attempt = 'idle' | 'opening' | 'wrong' | 'failed';

export function UnlockScreen() {
  const [passphrase, setPassphrase] = useState('');
  const [attempt, setAttempt] = useState<Attempt>('idle');
  const field = useRef<HTMLInputElement>(null);
  const isBeingRemoved = readLockFlag()?.state === 'removing';
  // This tab locked while its pass was sealing: it finishes first.
  const sealing = useLockState((state) => (state.pass?.target === 'sealed' ? state.pass : null));
  // A pass a closed tab left unfinished: what is still readable is said, never hidden.
  const [unsealed, setUnsealed] = useState(0);
  const isSealing = sealing !== null;
  useEffect(() => {
    if (isSealing) return;
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Counted again while some are left: another open tab may be finishing them.
    const count = () =>
      void unsealedLeft().then(
        (left) => {
          if (!isCurrent) return;
          setUnsealed(left);
          if (left > 0) timer = setTimeout(count, 2000);
        },
        () => undefined,
      );
    count();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [isSealing]);
  const title = sealing ? 'Mend is locking' : unsealed > 0 ? 'Mend is not fully locked yet' : 'Mend is locked';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || attempt === 'opening') return;
    setAttempt('opening');
    try {
      if ((await unlock(passphrase)) === 'wrong') {
        setAttempt('wrong');
        field.current?.select();
      }
    } catch {
      setAttempt('failed');
    }
  };

  return (
    <Page>
      <PageHeading title={title}>{title}</PageHeading>
      <p className={layout.lead} role={sealing || unsealed > 0 ? 'status' : undefined}>
        {sealing
          ? `Sealing what you wrote with your passphrase: ${sealing.done.toLocaleString()} of ${sealing.total.toLocaleString()}. It takes a moment; keep this tab open until it says Mend is locked.`
          : unsealed > 0
            ? `${unsealed.toLocaleString()} of your records are not sealed yet, so they are still readable on this device. Enter your passphrase to finish sealing them.`
            : isBeingRemoved
              ? 'The lock was being taken off when Mend last closed. Enter your passphrase once more to finish.'
              : 'What you wrote here is locked with your passphrase. Enter it to open your journal, practices and goals.'}
      </p>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          ref={field}
          label="Passphrase"
          value={passphrase}
          onText={setPassphrase}
          aria-invalid={attempt === 'wrong' ? true : undefined}
        />
        {attempt === 'wrong' ? (
          <p className={styles.problem} role="alert">
            That passphrase didn't open Mend. Nothing has changed, and what you wrote is still here.
            Take your time, check capitals and spaces, and try again.
          </p>
        ) : attempt === 'failed' ? (
          <p className={styles.problem} role="alert">
            Mend couldn't check your passphrase just now. Nothing has changed. Try again in a
            moment.
          </p>
        ) : null}
        <Button type="submit" disabled={attempt === 'opening'}>
          {attempt === 'opening' ? 'Opening…' : 'Unlock'}
        </Button>
        {attempt === 'opening' ? (
          <p className={styles.note} role="status">
            Checking your passphrase. This takes a moment on purpose: it makes guessing slow.
          </p>
        ) : null}
      </form>

      <section className={`${layout.gentle} ${styles.help}`} aria-labelledby="unlock-help-title">
        <h2 id="unlock-help-title">Need help now?</h2>
        <p>You don't need your passphrase for this.</p>
        <p>
          <Link to="/help">Crisis lines and where to find more help</Link>
        </p>
        {isPlanOpenWhileLocked() ? (
          <p>
            <PlanLink to="/plan?view=steps&step=1">Open my safety plan</PlanLink>
          </p>
        ) : null}
      </section>

      <details className={`${styles.section} ${styles.forgot}`}>
        <summary>Forgotten your passphrase?</summary>
        <p>
          It may come back to you. Try the way you usually write it, with the same capitals and
          spaces.
        </p>
        <p>
          If it's lost, what you wrote can't be opened, by you or by anyone else. That is what keeps
          it private. The help page and the reading pages stay open without it.
        </p>
        <StartAgain />
      </details>
    </Page>
  );
}
