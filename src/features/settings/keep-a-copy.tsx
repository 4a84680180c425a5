import { useState } from 'react';
import { downloadFile } from '../../lib/download';
import { downloadBackup } from '../../storage/backup';
import { journalCollection } from '../../storage/collections/journal';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import { exportWords } from './export-words';
import { journalAsMarkdown } from './journal-markdown';
import styles from './settings.module.css';

/** A backup of everything, and the journal as a file any editor opens. */
export function KeepACopy() {
  const [message, setMessage] = useState<string | null>(null);

  const exportAll = async () => {
    try {
      setMessage(exportWords(await downloadBackup()));
    } catch {
      setMessage("We couldn't make the backup file just now. Nothing was changed. Try again in a moment.");
    }
  };

  const exportJournal = async () => {
    try {
      const entries = await journalCollection.loadAll();
      const now = new Date();
      downloadFile(`mend-journal-${now.toISOString().slice(0, 10)}.md`, journalAsMarkdown(entries, now), 'text/markdown');
      setMessage(
        entries.length === 0
          ? 'Your journal is empty for now, so the file only has a title.'
          : 'Your journal is downloading as a Markdown file. Any text editor can open it.',
      );
    } catch {
      setMessage("We couldn't read your journal just now. Nothing was changed. Try again in a moment.");
    }
  };

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="export-title">
      <h2 id="export-title">Keep a copy</h2>
      <p>
        One file with everything: your journal, practices, goals and drafts. Keep it somewhere
        private. You can bring it back here, or into Mend on another device.
      </p>
      <div className={layout.actions}>
        <Button onClick={() => void exportAll()}>Export my data</Button>
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
