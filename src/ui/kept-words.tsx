import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';
import { layout } from './layout';
import styles from './kept-words.module.css';

/**
 * "You were writing this, and we kept it for you": an editor opened with words
 * kept from before a reload or a closed tab. Carry on, or go back to what was saved.
 */
export function KeptWordsNotice({
  what,
  startOverLabel,
  onKeepGoing,
  onStartOver,
}: {
  /** "something here", "this goal". */
  what: string;
  /** "Start fresh", "Go back to the saved entry". */
  startOverLabel: string;
  onKeepGoing: () => void;
  onStartOver: () => void;
}) {
  return (
    <div className={`${layout.gentle} ${styles.notice}`} role="status">
      <p>You were writing {what}, and we kept it for you.</p>
      <div className={styles.row}>
        <Button size="small" onClick={onKeepGoing}>
          Keep going
        </Button>
        <Button size="small" variant="secondary" onClick={onStartOver}>
          {startOverLabel}
        </Button>
      </div>
    </div>
  );
}

/** Asked before an editor's unsaved words are thrown away. */
export function DiscardWordsDialog({
  isOpen,
  title,
  onKeepWriting,
  onDiscard,
}: {
  isOpen: boolean;
  title: string;
  onKeepWriting: () => void;
  onDiscard: () => void;
}) {
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={title}
      confirmLabel="Discard what I wrote"
      cancelLabel="Keep writing"
      onCancel={onKeepWriting}
      onConfirm={onDiscard}
    >
      <p>What you wrote here since the last save will be cleared.</p>
    </ConfirmDialog>
  );
}
