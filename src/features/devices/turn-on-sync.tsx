// Turning sync on: a folder (where this browser can keep one), a name for this
// device, and a passphrase (a new one, or the lock's), with the plain truth
// about what goes in the folder and what can't be recovered.
import { useState, type FormEvent } from 'react';
import { useLockState } from '../../state/lock-state';
import { canKeepFolder, chooseFolder, type FolderHandle } from '../../storage/sync/folder-target';
import { SYNC_PASSPHRASE_WORDS, turnOnSync } from '../../storage/sync/sync';
import { Button } from '../../ui/button';
import { PassphraseField, TextField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { RadioChoices } from '../../ui/radio-choices';
import styles from './devices.module.css';
import { useKeptName } from './use-kept-name';
import { keepFolder } from './sync-runner';

const MIN_PASSPHRASE_LENGTH = 8;

/** A first guess at this device's name; the person can change it. */
function guessName(): string {
  if (typeof navigator === 'undefined') return '';
  return /iPhone|Android.+Mobile|Mobi/i.test(navigator.userAgent) ? 'Phone' : /iPad|Tablet/i.test(navigator.userAgent) ? 'Tablet' : 'Computer';
}

type KeyChoice = 'lock' | 'own';

const KEY_WORDS: Record<KeyChoice, string> = {
  lock: 'My lock passphrase (the same one on every device)',
  own: 'A separate sync passphrase',
};

function problemWith(name: string, key: KeyChoice, passphrase: string, again: string): string | null {
  if (name.trim() === '') return 'Give this device a name, such as Laptop or Phone, so you can tell your devices apart.';
  if (key === 'lock') return passphrase === '' ? 'Type your lock passphrase, so Mend can seal the sync file with it.' : null;
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence you'll remember works well.`;
  }
  if (passphrase !== again) return "The two passphrases don't match yet. Try typing them again.";
  return null;
}

/** The drafts box the name typed waits in until sync is on. */
const DEVICE_NAME_BOX = 'sync:device-name';

export function TurnOnSync({ onDone }: { onDone: () => void }) {
  const isLockOn = useLockState((state) => state.status !== 'off');
  // The name typed is kept as a draft (a reload mid-setup loses no word); the
  // passphrases never are.
  const keptName = useKeptName(DEVICE_NAME_BOX, guessName);
  const { name, setName } = keptName;
  const [key, setKey] = useState<KeyChoice>(isLockOn ? 'lock' : 'own');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [folder, setFolder] = useState<FolderHandle | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const hasPicker = canKeepFolder();
  const keyChoice: KeyChoice = isLockOn ? key : 'own';

  const pick = async () => {
    try {
      const chosen = await chooseFolder();
      if (chosen) setFolder(chosen);
    } catch {
      setProblem("That folder couldn't be used. Nothing was changed. You might choose another, or carry files by hand below.");
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemWith(name, keyChoice, passphrase, again);
    setProblem(found);
    if (found || isBusy) return;
    setBusy(true);
    try {
      const deviceName = name.trim();
      const result = await turnOnSync(
        keyChoice === 'lock' ? { deviceName, useLock: true, passphrase } : { deviceName, passphrase },
      );
      if (result === 'wrong') {
        setProblem("That isn't the passphrase Mend is locked with. Nothing was changed. Try again when you're ready.");
        return;
      }
      keptName.clear();
      if (folder && !(await keepFolder(folder))) {
        setProblem('Sync is on. The browser didn’t allow the folder, so you can choose it again below.');
      }
      onDone();
    } catch {
      setProblem("Mend couldn't turn sync on just now. Nothing was changed. Try again in a moment.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-labelledby="turn-on-title">
      <section className={`${layout.card} ${styles.section}`} aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <p>
          Mend has no server and no accounts. It uses a folder your devices already keep in step, such as iCloud Drive,
          Dropbox, OneDrive, Google Drive or Syncthing.
        </p>
        <p>{SYNC_PASSPHRASE_WORDS.whatIsInTheFolder}</p>
        <p>{SYNC_PASSPHRASE_WORDS.cantBeRecovered}</p>
        <p>{SYNC_PASSPHRASE_WORDS.sameOnEachDevice}</p>
      </section>

      <h2 id="turn-on-title">Turn on sync</h2>
      {hasPicker ? (
        <div className={styles.field}>
          <p className={styles.label}>Folder</p>
          <p className={layout.muted}>{folder ? `Chosen: “${folder.name}”.` : 'Choose a folder your devices already sync.'}</p>
          <Button variant="secondary" onClick={() => void pick()}>
            {folder ? 'Choose a different folder' : 'Choose a folder'}
          </Button>
        </div>
      ) : (
        <p className={layout.gentle}>
          This browser can't keep a folder, so it can't sync on its own. Once sync is on, you can carry your things by
          hand: save this device's sync file, and bring in the files from your other devices.
        </p>
      )}
      <TextField
        label="This device's name"
        hint="So you can tell your devices apart."
        value={name}
        readOnly={!keptName.isReady}
        onChange={(event) => setName(event.target.value)}
      />
      {isLockOn ? (
        <fieldset className={styles.choices}>
          <legend>Seal the sync files with</legend>
          <RadioChoices name="sync-key" choices={['lock', 'own'] as const} value={key} onChange={setKey} className={styles.choice}>
            {(choice) => KEY_WORDS[choice]}
          </RadioChoices>
        </fieldset>
      ) : null}
      {keyChoice === 'lock' ? (
        <PassphraseField label="Your lock passphrase" hint={SYNC_PASSPHRASE_WORDS.lockPassphrase} value={passphrase} onText={setPassphrase} />
      ) : (
        <>
          <PassphraseField
            label="Sync passphrase"
            hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. You'll type the same one on your other devices.`}
            isNew
            value={passphrase}
            onText={setPassphrase}
          />
          <PassphraseField label="Type it again" isNew value={again} onText={setAgain} />
        </>
      )}
      <div className={layout.actions}>
        <Button type="submit" disabled={isBusy}>
          {isBusy ? 'Turning sync on…' : 'Turn on sync'}
        </Button>
      </div>
      <p role="status" className={styles.problem} hidden={!problem}>
        {problem}
      </p>
    </form>
  );
}
