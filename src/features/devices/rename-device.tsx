// This device's name, as its other devices will see it: changed here, and
// carried in its next sync file. The name typed waits as a draft until saved,
// so a reload in the middle keeps it.
import { useState, type FormEvent } from 'react';
import { renameDevice } from '../../storage/sync/sync';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/fields';
import styles from './devices.module.css';
import { useKeptName } from './use-kept-name';

const RENAME_BOX = 'sync:rename-device';

export function RenameDevice({ name, onRenamed }: { name: string; onRenamed: () => void }) {
  const kept = useKeptName(RENAME_BOX, () => name);
  const [isOpen, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  // Words kept from before a reload open the form again, as they were left.
  const isShown = isOpen || kept.hasKeptWords;

  const close = () => {
    kept.clear();
    setOpen(false);
    setProblem(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = kept.name.trim();
    if (next === '') return setProblem('Give this device a name, such as Laptop or Phone, so you can tell your devices apart.');
    setSaving(true);
    try {
      await renameDevice(next);
      close();
      onRenamed();
    } catch {
      setProblem("We couldn't save the new name just now. It's still here; try again in a moment.");
    } finally {
      setSaving(false);
    }
  };

  if (!isShown) {
    return (
      <Button size="small" variant="quiet" onClick={() => setOpen(true)}>
        Rename this device
      </Button>
    );
  }
  return (
    <form className={styles.form} onSubmit={(event) => void save(event)}>
      <TextField
        label="This device's name"
        hint="Your other devices show it after the next sync."
        value={kept.name}
        readOnly={!kept.isReady}
        onChange={(event) => kept.setName(event.target.value)}
      />
      {problem ? <p className={styles.problem}>{problem}</p> : null}
      <div className={styles.row}>
        <Button size="small" type="submit" disabled={isSaving}>
          Save the name
        </Button>
        <Button size="small" variant="quiet" onClick={close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
