// For a passphrase that is truly lost: what was written can't be opened, but
// Mend need not stay locked for ever. Deleting everything (after a typed word,
// so it never happens by a slip) clears the sealed records and the lock alike.
import { useId, useState, type FormEvent } from 'react';
import { deleteEverything } from '../../storage/wipe';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/fields';
import styles from './lock.module.css';

const CONFIRM_WORD = 'delete';

export function StartAgain() {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isDeleting, setDeleting] = useState(false);
  const hintId = useId();
  const isConfirmed = typed.trim().toLowerCase() === CONFIRM_WORD;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isConfirmed || isDeleting) return;
    setDeleting(true);
    try {
      await deleteEverything();
      // A fresh start, as if Mend had never been opened here.
      location.assign('/');
    } catch {
      setDeleting(false);
      setProblem("We couldn't delete everything just now. Nothing was opened. Try again in a moment.");
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-describedby={hintId}>
      <p id={hintId}>
        If you'd rather start again, you can delete everything Mend keeps on this device, the lock
        included. What you wrote before will be gone for good.
      </p>
      <TextField
        label={`To delete everything, type the word “${CONFIRM_WORD}”`}
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      {problem ? (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={!isConfirmed || isDeleting}>
        {isDeleting ? 'Deleting…' : 'Delete everything and start again'}
      </Button>
    </form>
  );
}
