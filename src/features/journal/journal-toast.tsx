import { useEffect } from 'react';
import { Button } from '../../ui/button';
import styles from './journal.module.css';
import { journal, useJournalStore } from './journal-store';

const SAVED_NOTICE_MS = 4000;

/**
 * "Entry saved." or "Entry deleted. Undo". The region is always in the page, so
 * screen readers hear each message as it appears. The undo clock stops while
 * the pointer or keyboard focus is on it.
 */
export function JournalToast() {
  const toast = useJournalStore((state) => state.toast);
  const { undoDelete, holdDelete, releaseDelete, dismissToast } = journal;

  useEffect(() => {
    if (toast?.kind !== 'saved') return;
    const timer = setTimeout(dismissToast, SAVED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [toast, dismissToast]);

  const deletedId = toast?.kind === 'deleted' ? toast.entryId : null;
  const undo = (id: string) => {
    undoDelete(id);
    // The button is gone; keep the keyboard where the entry came back.
    requestAnimationFrame(() => {
      const link = document.querySelector<HTMLElement>(
        `a[href="/journal/${encodeURIComponent(id)}"]`,
      );
      (link ?? document.querySelector<HTMLElement>('h1'))?.focus();
    });
  };
  const hold = () => {
    if (deletedId) holdDelete(deletedId);
  };
  const release = () => {
    if (deletedId) releaseDelete(deletedId);
  };

  return (
    <div className={styles.toastRegion} role="status">
      {toast ? (
        <div
          className={styles.toast}
          onPointerEnter={hold}
          onPointerLeave={release}
          onFocus={hold}
          onBlur={release}
        >
          {toast.kind === 'saved' ? (
            <span>Entry saved.</span>
          ) : (
            <>
              <span>Entry deleted.</span>
              <Button size="small" variant="secondary" onClick={() => undo(toast.entryId)}>
                Undo
              </Button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
