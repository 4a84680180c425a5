import { useId } from 'react';
import { Button } from './button';
import { layout } from './layout';
import styles from './two-versions.module.css';

/**
 * The same words were changed in two places (another tab, another window) while
 * someone was working here. Nothing was overwritten: both versions are kept
 * until the person chooses, in plain words.
 */
export function TwoVersions({
  what,
  theirs,
  onKeepMine,
  onKeepTheirs,
  onKeepBoth,
}: {
  /** "entry", "answer", "goal". */
  what: string;
  /** The other version's words, as text. */
  theirs: string;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  onKeepBoth?: () => void;
}) {
  // Several can show at once (two names on the map): each titled by its own id.
  const titleId = useId();
  return (
    <section className={`${layout.gentle} ${styles.box}`} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        This {what} was changed in two places
      </h2>
      <p>
        While you were working here, it was also changed in another tab or window. Nothing has
        been lost: both versions are kept until you choose.
      </p>
      <p className={styles.label}>The other version:</p>
      <blockquote className={styles.theirs}>{theirs.trim() || '(no words)'}</blockquote>
      <p className={styles.label}>Yours is the one on screen.</p>
      <div className={layout.actions}>
        <Button size="small" onClick={onKeepMine}>
          Keep my version
        </Button>
        <Button size="small" variant="secondary" onClick={onKeepTheirs}>
          Keep the other version
        </Button>
        {onKeepBoth ? (
          <Button size="small" variant="secondary" onClick={onKeepBoth}>
            Keep both
          </Button>
        ) : null}
      </div>
    </section>
  );
}
