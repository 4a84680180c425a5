// Where sync stands on this device, in one line, with the one thing to do when
// something needs the person: the folder's permission again after a restart,
// the passphrase once on this visit, or a folder to choose.
import { useState, type FormEvent } from 'react';
import { canKeepFolder, chooseFolder } from '../../storage/sync/folder-target';
import { unlockSync } from '../../storage/sync/sync';
import { Button } from '../../ui/button';
import { PassphraseField } from '../../ui/fields';
import styles from './devices.module.css';
import { allowFolderAgain, keepFolder, readSyncStatus, stopUsingFolder, syncAfterPassphrase, syncNow } from './sync-runner';
import { useSyncStatus } from './sync-status';

export function FolderStatus({ onChanged }: { onChanged: () => void }) {
  const { state, folder, message, skipped, lastSyncedAt } = useSyncStatus();
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async () => {
    setProblem(null);
    try {
      const chosen = await chooseFolder();
      if (!chosen) return;
      if (!(await keepFolder(chosen))) setProblem("The browser didn't allow that folder. Nothing was changed. You might try again.");
      onChanged();
    } catch {
      setProblem("That folder couldn't be used. Nothing was changed. You might choose another, or carry files by hand below.");
    }
  };

  const allow = async () => {
    setProblem(null);
    if (!(await allowFolderAgain())) setProblem("The browser didn't allow the folder this time. Nothing was lost. You can try again whenever you like.");
  };

  return (
    <section className={styles.section} aria-labelledby="folder-title" data-sync-state={state}>
      <h2 id="folder-title">Syncing</h2>
      {state === 'needs-passphrase' ? <PassphraseAgain onOpened={onChanged} /> : null}
      {state === 'needs-permission' && folder ? (
        <div className={styles.line}>
          <p>Mend needs your permission again to use the folder “{folder.name}”.</p>
          <Button size="small" onClick={() => void allow()}>
            Allow the folder
          </Button>
        </div>
      ) : null}
      {folder && state !== 'needs-permission' ? (
        <>
          <p className={styles.status}>
            {state === 'syncing'
              ? `Syncing through the folder “${folder.name}”…`
              : `Syncing through the folder “${folder.name}” when Mend opens, after changes, and as you leave.`}
          </p>
          <div className={styles.row}>
            <Button size="small" variant="secondary" disabled={state === 'syncing' || state === 'needs-passphrase'} onClick={() => void syncNow()}>
              Sync now
            </Button>
            <Button size="small" variant="quiet" onClick={() => void stopUsingFolder().then(onChanged)}>
              Stop using this folder
            </Button>
          </div>
        </>
      ) : null}
      {!folder && canKeepFolder() ? (
        <>
          <p className={styles.status}>No folder is chosen on this device, so it syncs only by hand.</p>
          <Button size="small" variant="secondary" onClick={() => void pick()}>
            Choose a folder
          </Button>
        </>
      ) : null}
      {!folder && !canKeepFolder() ? (
        <p className={styles.status}>
          This browser can't keep a folder, so it can't sync on its own. You can carry your things by hand, below.
        </p>
      ) : null}
      <div role="status" className={styles.note}>
        {message ? (
          <p className={styles.status}>
            {message}
            {lastSyncedAt && state !== 'failed' ? ` (${new Date(lastSyncedAt).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })})` : ''}
          </p>
        ) : null}
        {skipped.length > 0 ? (
          <ul className={styles.skipped}>
            {skipped.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {problem ? <p className={styles.problem}>{problem}</p> : null}
    </section>
  );
}

/** The key isn't known on this visit: asked for once, calmly. */
function PassphraseAgain({ onOpened }: { onOpened: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '') return setProblem('Type your sync passphrase to sync on this visit.');
    setBusy(true);
    try {
      if ((await unlockSync(passphrase)) === 'wrong') {
        setProblem("That isn't the sync passphrase. Nothing was changed. Try again when you're ready.");
        return;
      }
      setPassphrase('');
      setProblem(null);
      await readSyncStatus();
      onOpened();
      void syncAfterPassphrase(passphrase);
    } catch {
      setProblem("Mend couldn't check the passphrase just now. Nothing was changed. Try again in a moment.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.line} onSubmit={(event) => void submit(event)} noValidate>
      <p>To carry on syncing, Mend needs your sync passphrase once more.</p>
      <PassphraseField label="Sync passphrase" value={passphrase} onText={setPassphrase} />
      <Button type="submit" size="small" disabled={isBusy}>
        {isBusy ? 'Opening…' : 'Sync'}
      </Button>
      {problem ? <p role="alert">{problem}</p> : null}
    </form>
  );
}
