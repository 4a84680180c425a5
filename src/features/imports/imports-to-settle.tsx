import { useState } from 'react';
import { settleImport, type ImportToSettle } from '../../storage/device/import-history';
import { Button } from '../../ui/button';
import { ConfirmItemDialog } from '../../ui/confirm-dialog';
import { layout } from '../../ui/layout';
import { counted, fileWords, toSettleWords, undoneWords } from './import-words';
import styles from './imports.module.css';

/**
 * Imports not yet settled: each can be removed as a whole, or kept (then its
 * offer goes). What was removed is said once, in the status line.
 */
export function ImportsToSettle({ items, onSettled }: { items: ImportToSettle[]; onSettled: () => void }) {
  const [asking, setAsking] = useState<ImportToSettle | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [said, setSaid] = useState<{ words: string; isProblem: boolean } | null>(null);

  const keep = (item: ImportToSettle) => {
    settleImport(item.importId);
    setSaid({ words: `Kept. The ${counted(item.added)} ${item.added === 1 ? 'entry stays' : 'entries stay'} in your journal.`, isProblem: false });
    onSettled();
  };

  const remove = async (item: ImportToSettle) => {
    setRemoving(item.importId);
    setSaid(null);
    try {
      const { undoImport } = await import('./import-apply');
      const { removed, kept } = await undoImport(item);
      setSaid({ words: undoneWords(removed, kept, item.app, item.files.length), isProblem: false });
      onSettled();
    } catch {
      setSaid({
        words: "We couldn't remove those entries just now, so nothing was changed. Try again in a moment.",
        isProblem: true,
      });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <>
      {items.length > 0 ? (
        <div className={styles.settle}>
          <h3>Brought in recently</h3>
          {items.map((item) => (
            <div key={item.importId} className={styles.settleItem} role="group" aria-label={toSettleWords(item)}>
              <p>{toSettleWords(item)}</p>
              <div className={layout.actions}>
                <Button variant="secondary" disabled={removing !== null} onClick={() => setAsking(item)}>
                  Remove what came from {fileWords(item.app, item.files.length)}
                </Button>
                <Button variant="quiet" disabled={removing !== null} onClick={() => keep(item)}>
                  Keep them
                </Button>
              </div>
            </div>
          ))}
        </div>
      ) : null}
      <div role="status" aria-live="polite" className={styles.status}>
        {removing ? <p>Removing them…</p> : null}
        {said && !said.isProblem ? <p>{said.words}</p> : null}
      </div>
      {said?.isProblem ? (
        <p className={styles.problem} role="alert">
          {said.words}
        </p>
      ) : null}
      <ConfirmItemDialog
        item={asking}
        onClose={() => setAsking(null)}
        onConfirm={(item) => void remove(item)}
        title={asking ? `Remove what came from ${fileWords(asking.app, asking.files.length)}?` : ''}
        confirmLabel="Remove them"
        cancelLabel="Keep them"
      >
        <p>
          {asking ? `The ${counted(asking.added)} ${asking.added === 1 ? 'entry' : 'entries'} it brought in leave your journal. ` : ''}
          Any you changed since stay. You can bring the file in again later.
        </p>
      </ConfirmItemDialog>
    </>
  );
}
