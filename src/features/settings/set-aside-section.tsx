import { useEffect, useState } from 'react';
import { downloadFile } from '../../lib/download';
import { checkAllCollections, deleteSetAside } from '../../storage/device/set-aside';
import { keyLabel, type SetAsideRecord } from '../../storage/signals/storage-status';
import { useStorageStatus } from '../../state/storage-status';
import { Button } from '../../ui/button';
import { ConfirmItemDialog } from '../../ui/confirm-dialog';
import { layout } from '../../ui/layout';
import styles from './settings.module.css';

/** Items that couldn't be read: kept, never deleted unasked, each with a copy and a way to let it go. */
export function SetAsideSection() {
  const setAside = useStorageStatus((state) => state.setAside);
  const [toDelete, setToDelete] = useState<SetAsideRecord | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void checkAllCollections();
  }, []);

  return (
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
              <li key={`${record.collection}/${keyLabel(record.key)}`} className={layout.card}>
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
                        JSON.stringify(record.raw, null, 2) ?? 'null',
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
      {message ? (
        <p role="status" className={styles.note}>
          {message}
        </p>
      ) : null}
      <ConfirmItemDialog
        item={toDelete}
        title="Remove this unreadable item?"
        confirmLabel="Remove it"
        onClose={() => setToDelete(null)}
        onConfirm={(record) =>
          void deleteSetAside(record).then(
            () => setMessage('Removed.'),
            () => setMessage("We couldn't remove it just now. It's still kept. Try again in a moment."),
          )
        }
      >
        <p>It can't be read by Mend, and removing it can't be undone. You might save a copy first.</p>
      </ConfirmItemDialog>
    </section>
  );
}
