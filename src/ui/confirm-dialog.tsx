import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';
import styles from './confirm-dialog.module.css';

type Question = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The way out; "Keep it" unless the question needs other words. */
  cancelLabel?: string;
};

/** A modal question with a plain way out; Escape and "Keep it" both cancel. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Keep it',
  onConfirm,
  onCancel,
}: Question & {
  isOpen: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal?.();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {isOpen ? (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className={styles.body}>{children}</div>
          <div className={styles.actions}>
            <Button variant="secondary" onClick={onCancel} autoFocus>
              {cancelLabel}
            </Button>
            <Button onClick={onConfirm}>{confirmLabel}</Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

/**
 * The question about one item of a list: open while `item` is set, closed
 * (onClose) whichever way it is answered; the item goes to onConfirm.
 */
export function ConfirmItemDialog<T>({
  item,
  onClose,
  onConfirm,
  ...question
}: Question & {
  item: T | null;
  onClose: () => void;
  onConfirm: (item: T) => void;
}) {
  return (
    <ConfirmDialog
      {...question}
      isOpen={item !== null}
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        if (item !== null) onConfirm(item);
      }}
    />
  );
}
