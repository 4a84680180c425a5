import { useId, useState } from 'react';
import { downloadBackup } from '../../storage/backup/backup';
import { useLockState } from '../../state/lock-state';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import { DELETE_WORD, useDeleteEverything } from '../../state/use-delete-everything';
import { downloadFile } from '../../lib/download';
import { prepareSyncedDelete, stopSyncing, SyncedDeleteChoice, useIsSynced, type SyncedDelete } from './delete-on-synced';
import { exportWords } from './export-words';
import styles from './settings.module.css';

/**
 * Erasing everything Mend keeps on this device, after an export is offered and
 * a word is typed, so it never happens by a slip of the finger.
 */
export function DeleteEverything() {
  const [message, setMessage] = useState<string | null>(null);
  const { typed, setTyped, isConfirmed, isDeleting, erase } = useDeleteEverything(() =>
    setMessage(
      "We couldn't delete everything just now. Some things may still be here. Try again in a moment.",
    ),
  );
  const inputId = useId();
  // With a lock, the copy is made in "Keep a copy", where it is protected with the passphrase.
  const isLockSet = useLockState((state) => state.status !== 'off');
  const isSynced = useIsSynced();
  const [where, setWhere] = useState<SyncedDelete | null>(null);
  const [toSave, setToSave] = useState<File | null>(null);
  const [isPreparing, setPreparing] = useState(false);

  /** On a synced device, what the choice asks for first; then the deleting itself. */
  const confirm = async () => {
    if (!isConfirmed || isDeleting || isPreparing) return;
    if (!isSynced) return erase();
    if (!where) return setMessage('Choose whether to delete here only, or on every device.');
    setPreparing(true);
    try {
      const prepared = await prepareSyncedDelete(where);
      if (prepared !== 'ready') return setToSave(prepared.saveByHand);
      await erase();
    } catch {
      setMessage("We couldn't get your other devices' part ready just now. Nothing was deleted. Try again in a moment.");
    } finally {
      setPreparing(false);
    }
  };

  const saveThenDelete = async (file: File) => {
    downloadFile(file.name, file, file.type);
    try {
      await stopSyncing();
      await erase();
    } catch {
      setMessage("We couldn't delete everything just now. Some things may still be here. Try again in a moment.");
    }
  };

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="delete-title">
      <h2 id="delete-title">Delete everything</h2>
      <p>
        This removes everything Mend keeps on this device: your journal, practices, goals, drafts
        and settings, and the lock if you set one. Mend will be as new. It can't be undone.
      </p>
      {isSynced ? <SyncedDeleteChoice value={where} onChange={setWhere} /> : null}
      {isLockSet ? (
        <p>
          You might save a copy first, protected with your passphrase: see{' '}
          <a href="#export-title">Keep a copy</a>, above.
        </p>
      ) : (
        <>
          <p>You might save a copy first.</p>
          <div className={layout.actions}>
            <Button
              variant="secondary"
              onClick={() =>
                void downloadBackup().then(
                  (report) => setMessage(exportWords(report)),
                  () =>
                    setMessage("We couldn't make the backup file just now. Nothing was deleted."),
                )
              }
            >
              Export my data first
            </Button>
          </div>
        </>
      )}
      <form
        className={styles.deleteForm}
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <label htmlFor={inputId}>To delete everything, type the word “{DELETE_WORD}”</label>
        <input
          id={inputId}
          className={styles.deleteInput}
          value={typed}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={!isConfirmed || isDeleting || isPreparing || toSave !== null}>
            {isDeleting || isPreparing ? 'Deleting…' : 'Delete everything'}
          </Button>
        </div>
      </form>
      {toSave ? (
        <div className={styles.deleteChoice}>
          <p>
            Mend can't reach your sync folder from here, so your other devices will delete everything when they bring in
            this device's sync file. Save it, then bring it into each of them.
          </p>
          <Button onClick={() => void saveThenDelete(toSave)}>Save the sync file and delete everything here</Button>
        </div>
      ) : null}
      <p role="status" className={styles.note}>
        {message}
      </p>
    </section>
  );
}
