import { useEffect, useState } from 'react';
import { downloadFile } from '../../lib/download';
import { downloadBackup, type ExportReport } from '../../storage/backup';
import { checkAllCollections, deleteSetAside } from '../../storage/set-aside';
import { keyLabel, type SetAsideRecord, useStorageStatus } from '../../storage/storage-status';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Page, layout } from '../../ui/layout';
import { PageHeading } from '../../ui/page-heading';
import styles from './settings.module.css';

export function DataScreen() {
  const mode = useStorageStatus((state) => state.mode);
  const setAside = useStorageStatus((state) => state.setAside);
  const [toDelete, setToDelete] = useState<SetAsideRecord | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void checkAllCollections();
  }, []);

  const exportAll = async () => {
    try {
      setMessage(exportWords(await downloadBackup()));
    } catch {
      setMessage("We couldn't make the backup file just now. Nothing was changed. Try again in a moment.");
    }
  };

  return (
    <Page>
      <PageHeading title="Your data">Your data</PageHeading>
      <p className={layout.lead}>
        Everything Mend keeps is stored in this browser, on this device. Nothing is sent anywhere.
      </p>
      <p>
        {mode === 'memory'
          ? "Right now this browser isn't letting Mend save, so nothing will be kept after this tab closes. Export a copy to keep what you've written."
          : 'Saving is working. Clearing your browser data would remove it, so a copy now and then is a good idea.'}
      </p>

      <section className={`${layout.card} ${styles.section}`} aria-labelledby="export-title">
        <h2 id="export-title">Keep a copy</h2>
        <p>One file with your journal, practices, and goals. Keep it somewhere private.</p>
        <Button onClick={() => void exportAll()}>Export my data</Button>
        {message ? (
          <p role="status" className={styles.note}>
            {message}
          </p>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="set-aside-title">
        <h2 id="set-aside-title">Items that couldn't be read</h2>
        {setAside.length === 0 ? (
          <p>Everything saved on this device reads correctly.</p>
        ) : (
          <>
            <p>
              These were saved in a shape Mend can't read any more, perhaps by a damaged file or a
              very old version. They're kept safe, not deleted. You can save a copy of each, and
              remove it when you're ready.
            </p>
            <ul className={styles.setAside}>
              {setAside.map((record) => (
                <li key={`${record.collection}/${record.key}`} className={layout.card}>
                  <p>
                    <strong>{record.collection}</strong>, item {keyLabel(record.key)}
                  </p>
                  <p className={styles.note}>What's wrong: {record.reason}</p>
                  <div className={layout.actions}>
                    <Button
                      variant="secondary"
                      size="small"
                      onClick={() =>
                        downloadFile(
                          `mend-unreadable-${record.collection}-${keyLabel(record.key).replace(/[^\w-]+/g, '_')}.json`,
                          JSON.stringify(record.raw, null, 2),
                        )
                      }
                    >
                      Save a copy of this item
                    </Button>
                    <Button variant="quiet" size="small" onClick={() => setToDelete(record)}>
                      Remove this item
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <ConfirmDialog
        isOpen={toDelete !== null}
        title="Remove this unreadable item?"
        confirmLabel="Remove it"
        cancelLabel="Keep it"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const record = toDelete;
          setToDelete(null);
          if (record) {
            deleteSetAside(record).then(
              () => setMessage('Removed.'),
              () => setMessage("We couldn't remove it just now. It's still kept. Try again in a moment."),
            );
          }
        }}
      >
        <p>
          It can't be read by Mend, and removing it can't be undone. You might save a copy first.
        </p>
      </ConfirmDialog>
    </Page>
  );
}

/** What the backup file holds, said plainly, including anything it could not hold. */
function exportWords(report: ExportReport): string {
  const problems: string[] = [];
  if (report.unreadable.length > 0) {
    problems.push(
      `It doesn't hold ${report.unreadable.join(', ')}: this browser wouldn't let Mend read ${report.unreadable.length === 1 ? 'it' : 'them'} just now. Nothing was deleted; try again in a moment.`,
    );
  }
  if (report.skipped.length > 0) {
    problems.push(
      `${report.skipped.length === 1 ? 'One item' : `${report.skipped.length} items`} couldn't be written into the file (${report.skipped.map((s) => `${s.collection} ${s.key}`).join(', ')}). ${report.skipped.length === 1 ? "It's" : "They're"} still kept on this device.`,
    );
  }
  return problems.length === 0
    ? 'Your backup file is downloading. It holds everything Mend keeps on this device.'
    : `Your backup file is downloading. ${problems.join(' ')}`;
}
