// Setting a passphrase: first the plain truth that a forgotten one can't be
// recovered, with an export offered before anything else; then the passphrase, twice.
import { useState } from 'react';
import { Link } from 'react-router';
import { downloadBackup } from '../../storage/backup/backup';
import { LockProblem, setPassphrase } from '../../storage/lock/lock-session';
import { Button } from '../../ui/button';
import { PassphraseField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import styles from './lock.module.css';
import { LockSubmit } from './lock-submit';
import { PassProgress } from './pass-progress';
import { COULD_NOT, MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from './passphrase-rules';
import { useLockForm } from './use-lock-form';

export function SetLockForm({ onDone }: { onDone: (message: string) => void }) {
  const [passphrase, setValue] = useState('');
  const [again, setAgain] = useState('');
  const [exported, setExported] = useState<string | null>(null);

  const exportFirst = async () => {
    try {
      await downloadBackup();
      setExported('Your backup file is downloading. Keep it somewhere private.');
    } catch {
      setExported(
        "We couldn't make the backup file just now. Nothing was changed. Try again in a moment.",
      );
    }
  };

  const form = useLockForm({
    check: () => newPassphraseProblem(passphrase, again),
    change: () => setPassphrase(passphrase),
    onDone: () => onDone('The lock is on. Mend will ask for your passphrase each time it opens.'),
    failure: (error) =>
      error instanceof LockProblem && error.problem === 'no-storage'
        ? "This browser isn't keeping what Mend saves right now (private browsing can do this), so a lock couldn't keep anything either. Nothing was changed."
        : COULD_NOT,
  });

  return (
    <>
      <section className={`${layout.card} ${styles.section}`} aria-labelledby="before-title">
        <h2 id="before-title">Before you set one</h2>
        <p>
          If you forget your passphrase, no one can open what you wrote, not even Mend. There is no
          reset and no recovery.
        </p>
        <p>
          It may help to export a copy first, and keep it somewhere private. You can do it here, or
          from <Link to="/settings/data">Keep a copy on Your data</Link>.
        </p>
        <Button variant="secondary" onClick={() => void exportFirst()}>
          Export my data
        </Button>
        {exported ? (
          <p className={styles.note} role="status">
            {exported}
          </p>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="set-title">
        <h2 id="set-title">Set a passphrase</h2>
        <form className={styles.form} onSubmit={form.onSubmit} noValidate>
          <PassphraseField
            label="Passphrase"
            hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
            isNew
            value={passphrase}
            onText={setValue}
          />
          <PassphraseField label="Type it again" isNew value={again} onText={setAgain} />
          <LockSubmit form={form} busyLabel="Setting the lock…">
            Set passphrase
          </LockSubmit>
          {form.isBusy ? <PassProgress /> : null}
        </form>
      </section>
    </>
  );
}
