// For a passphrase that is truly lost: what was written can't be opened, but
// Mend need not stay locked for ever. Deleting everything (after a typed word,
// so it never happens by a slip) clears the sealed records and the lock alike.
import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../../ui/fields';
import { DELETE_WORD, useDeleteEverything } from '../../state/use-delete-everything';
import styles from './lock.module.css';
import { LockSubmit } from './lock-submit';

export function StartAgain() {
  const [problem, setProblem] = useState<string | null>(null);
  const { typed, setTyped, isConfirmed, isDeleting, erase } = useDeleteEverything(() =>
    setProblem("We couldn't delete everything just now. Nothing was opened. Try again in a moment."),
  );
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await erase();
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-describedby={hintId}>
      <p id={hintId}>
        If you'd rather start again, you can delete everything Mend keeps on this device, the lock
        included. What you wrote before will be gone for good.
      </p>
      <TextField
        label={`To delete everything, type the word “${DELETE_WORD}”`}
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <LockSubmit
        form={{ problem, isBusy: isDeleting }}
        busyLabel="Deleting…"
        variant="secondary"
        isReady={isConfirmed}
      >
        Delete everything and start again
      </LockSubmit>
    </form>
  );
}
