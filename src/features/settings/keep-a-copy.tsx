import { useState, type FormEvent } from 'react';
import { downloadFile } from '../../lib/download';
import { downloadBackup } from '../../storage/backup/backup';
import { journalCollection } from '../../storage/collections/journal';
import { useLockState } from '../../state/lock-state';
import { Button } from '../../ui/button';
import { CheckField, PassphraseField } from '../../ui/fields';
import { layout } from '../../ui/layout';
import { exportWords } from './export-words';
import { journalAsMarkdown } from './journal-markdown';
import styles from './settings.module.css';

/** A backup of everything, and the journal as a file any editor opens. */
export function KeepACopy() {
  const [message, setMessage] = useState<string | null>(null);

  // With the lock on, the file is sealed with the passphrase too, unless the person chooses otherwise.
  const isLockOpen = useLockState((state) => state.status === 'open');
  const [isProtected, setProtected] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setBusy] = useState(false);
  const protect = isLockOpen && isProtected;

  const exportAll = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isBusy) return;
    if (protect && passphrase === '') {
      setMessage(
        'Enter your passphrase to protect the file, or untick the box to save it without one.',
      );
      return;
    }
    setBusy(true);
    try {
      if (protect) {
        // The crypto loads only when a protected file is made.
        const { downloadProtectedBackup } = await import('../../storage/lock/protected-export');
        const report = await downloadProtectedBackup(passphrase);
        if (report === 'wrong') {
          setMessage(
            "That isn't the passphrase Mend is locked with, so no file was made. Try again when you're ready.",
          );
        } else {
          setPassphrase('');
          setMessage(`${exportWords(report)} It opens only with your passphrase.`);
        }
      } else {
        setMessage(exportWords(await downloadBackup()));
      }
    } catch {
      setMessage(
        "We couldn't make the backup file just now. Nothing was changed. Try again in a moment.",
      );
    }
    setBusy(false);
  };

  const exportJournal = async () => {
    try {
      const entries = await journalCollection.loadAll();
      const now = new Date();
      downloadFile(
        `mend-journal-${now.toISOString().slice(0, 10)}.md`,
        journalAsMarkdown(entries, now),
        'text/markdown',
      );
      setMessage(
        entries.length === 0
          ? 'Your journal is empty for now, so the file only has a title.'
          : 'Your journal is downloading as a Markdown file. Any text editor can open it.',
      );
    } catch {
      setMessage(
        "We couldn't read your journal just now. Nothing was changed. Try again in a moment.",
      );
    }
  };

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="export-title">
      <h2 id="export-title">Keep a copy</h2>
      <p>
        One file with everything: your journal, practices, goals and drafts. Keep it somewhere
        private. You can bring it back here, or into Mend on another device.
      </p>
      {isLockOpen ? (
        <form onSubmit={(event) => void exportAll(event)} noValidate>
          <CheckField
            label="Protect this file with your passphrase"
            checked={isProtected}
            onCheck={setProtected}
          />
          {isProtected ? (
            <PassphraseField
              label="Your passphrase"
              hint="The same one you unlock Mend with. Without it, the file can't be opened."
              value={passphrase}
              onText={setPassphrase}
            />
          ) : (
            <p className={styles.note}>
              Without a passphrase, anyone who finds the file can read it.
            </p>
          )}
        </form>
      ) : null}
      <div className={layout.actions}>
        <Button onClick={() => void exportAll()} disabled={isBusy}>
          {isBusy ? 'Making the file…' : 'Export my data'}
        </Button>
        <Button variant="secondary" onClick={() => void exportJournal()}>
          Save my journal as a text file
        </Button>
      </div>
      <p role="status" className={styles.note}>
        {message}
      </p>
    </section>
  );
}
