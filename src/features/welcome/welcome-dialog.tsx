import { useEffect, useRef, useState } from 'react';
import { readPreferences, savePreferences } from '../../storage/device/preferences';
import { ABOUT_MEND } from '../../ui/about-mend';
import { Button } from '../../ui/button';
import styles from './welcome.module.css';

/**
 * The first visit's welcome: what Mend is and isn't, where the words go, where
 * help is (the About page's words), one short screen at a time. Shown once, on
 * the home screen, after it has painted; finishing, skipping, Escape or following
 * a link all count as seen.
 */
export function WelcomeDialog() {
  const [isOpen, setOpen] = useState(() => !readPreferences().hasSeenWelcome);
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const primary = useRef<HTMLButtonElement>(null);

  // Said on <html data-welcome> once decided ("open", or "seen" before or now),
  // so whoever checks that it stays away knows its moment has come.
  useEffect(() => {
    document.documentElement.dataset.welcome = isOpen ? 'open' : 'seen';
  }, [isOpen]);

  useEffect(() => {
    if (!isOpen || dialog.current?.open) return;
    dialog.current?.showModal();
    // Enter goes on at once; the dialog's name (its heading) is read as it opens.
    primary.current?.focus();
  }, [isOpen]);

  const close = () => {
    savePreferences({ hasSeenWelcome: true });
    dialog.current?.close();
    setOpen(false);
  };

  if (!isOpen) return null;
  const part = ABOUT_MEND[index]!;
  const isLast = index === ABOUT_MEND.length - 1;
  const next = () => {
    if (isLast) return close();
    setIndex(index + 1);
    // The new screen's words are read from its heading.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="welcome-title"
      onCancel={close}
      // A link inside (to help, to your data) leaves the welcome behind.
      onClick={(event) => (event.target as HTMLElement).closest('a') && close()}
    >
      <p className={styles.count}>
        Welcome to Mend · {index + 1} of {ABOUT_MEND.length}
      </p>
      <h2 id="welcome-title" ref={heading} tabIndex={-1}>
        {part.title}
      </h2>
      <div className={styles.body}>{part.body}</div>
      <div className={styles.actions}>
        <Button ref={primary} onClick={next}>
          {isLast ? 'Start' : 'Next'}
        </Button>
        {isLast ? null : (
          <Button variant="quiet" onClick={close}>
            Skip
          </Button>
        )}
      </div>
    </dialog>
  );
}
