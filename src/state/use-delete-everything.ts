import { useState } from 'react';
import { deleteEverything } from '../storage/device/wipe';

/** The word typed to confirm, so deleting everything never happens by a slip. */
export const DELETE_WORD = 'delete';

/**
 * The typed-word confirmation behind "delete everything": what has been typed,
 * whether it is the word, and the deletion itself. On success Mend starts
 * fresh; on failure `onFailed` says so in the screen's own words.
 */
export function useDeleteEverything(onFailed: () => void) {
  const [typed, setTyped] = useState('');
  const [isDeleting, setDeleting] = useState(false);
  const isConfirmed = typed.trim().toLowerCase() === DELETE_WORD;

  const erase = async () => {
    if (!isConfirmed || isDeleting) return;
    setDeleting(true);
    try {
      await deleteEverything();
      // A fresh start, as if Mend had never been opened here.
      location.assign('/');
    } catch {
      setDeleting(false);
      onFailed();
    }
  };

  return { typed, setTyped, isConfirmed, isDeleting, erase };
}
