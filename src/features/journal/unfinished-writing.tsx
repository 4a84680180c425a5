import { useState } from 'react';
import { Link } from 'react-router';
import type { JournalDraft } from '../../storage/collections/drafts';
import { discardDraft, draftRecords } from '../../state/drafts-store';
import { useLoaded } from '../../state/use-loaded';
import { Button } from '../../ui/button';
import { ConfirmItemDialog } from '../../ui/confirm-dialog';
import { layout } from '../../ui/layout';
import styles from './journal.module.css';
import { unfinishedJournalDrafts } from './entry-drafts';

const firstWords = (text: string) => {
  const words = text.trim().replace(/\s+/g, ' ');
  return words.length > 80 ? `${words.slice(0, 80)}…` : words || '(a mood or tags, no words yet)';
};

/**
 * Writing that was never saved (a tab closed mid-entry, two tabs at once): kept,
 * and listed here so it is never forgotten, with a way to carry on or let it go.
 */
export function UnfinishedWriting() {
  useLoaded(draftRecords);
  const drafts = draftRecords.use((state) => state.records);
  const [toLetGo, setToLetGo] = useState<JournalDraft | null>(null);
  const unfinished = unfinishedJournalDrafts(drafts);
  if (unfinished.length === 0) return null;

  return (
    <section className={`${layout.card} ${styles.unfinished}`} aria-labelledby="unfinished-title">
      <h2 id="unfinished-title">Unfinished writing</h2>
      <ul>
        {unfinished.map((draft) => (
          <li key={draft.id}>
            <span className={styles.unfinishedWords}>“{firstWords(draft.text)}”</span>
            <span className={styles.inlineActions}>
              <Link
                to={
                  draft.isNew
                    ? `/journal/new?draft=${encodeURIComponent(draft.id)}`
                    : `/journal/${encodeURIComponent(draft.entryId)}`
                }
              >
                Keep writing
              </Link>
              <Button variant="quiet" size="small" onClick={() => setToLetGo(draft)}>
                Let it go
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmItemDialog
        item={toLetGo}
        title="Let this unfinished writing go?"
        confirmLabel="Let it go"
        onClose={() => setToLetGo(null)}
        onConfirm={(draft) => void discardDraft(draft.id)}
      >
        <p>These words were never saved as an entry. Once you let them go, they can't be brought back.</p>
      </ConfirmItemDialog>
    </section>
  );
}
