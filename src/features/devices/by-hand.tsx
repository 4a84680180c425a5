// Carrying sync files by hand, for a browser that can't keep a folder (Safari,
// Firefox, iOS) and offered everywhere: save this device's sealed file (or share
// it, where the browser can), and bring in the files other devices saved.
import { useId, useRef, useState } from 'react';
import { downloadFile } from '../../lib/download';
import { canKeepFolder } from '../../storage/sync/folder-target';
import { Button } from '../../ui/button';
import { layout } from '../../ui/layout';
import styles from './devices.module.css';
import { bringInFiles, ownFileForSaving } from './sync-runner';
import { useSyncStatus } from './sync-status';
import { FAILED_WORDS } from './sync-words';

/** Hands the browser a file to save: the share sheet where it is the way to Files (iOS), else a download. */
export async function saveOrShare(file: File): Promise<'saved' | 'shared' | 'closed'> {
  const canShare = !canKeepFolder() && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
  if (canShare) {
    try {
      await navigator.share({ files: [file] });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'closed';
      // A share sheet that can't take it: a download still can.
    }
  }
  downloadFile(file.name, file, file.type);
  return 'saved';
}

export function ByHand({ onBrought }: { onBrought: () => void }) {
  const [saved, setSaved] = useState<string | null>(null);
  const [isBringing, setBringing] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const needsKey = useSyncStatus((state) => state.state === 'needs-passphrase');

  const save = async () => {
    setSaved(null);
    try {
      const file = await ownFileForSaving();
      const how = await saveOrShare(file);
      if (how === 'closed') return;
      setSaved(
        `This device's sync file (${file.name}) is ${how === 'shared' ? 'on its way' : 'downloading'}. Bring it into Mend on your other device.`,
      );
    } catch {
      setSaved("We couldn't make the sync file just now. Nothing was changed. Try again in a moment.");
    }
  };

  const bring = async (files: File[]) => {
    if (input.current) input.current.value = '';
    if (files.length === 0) return;
    setFailed(null);
    setBringing(true);
    try {
      await bringInFiles(files);
      onBrought();
    } catch {
      setFailed(FAILED_WORDS);
    } finally {
      setBringing(false);
    }
  };

  return (
    <section className={`${layout.card} ${styles.section}`} aria-labelledby="by-hand-title">
      <h2 id="by-hand-title">Carry it by hand</h2>
      <p>
        {canKeepFolder()
          ? 'Without a shared folder, you can move the same sealed file yourself: by a cable, a memory stick, or any way you like.'
          : 'Save this device’s file where your other device can reach it (Files, iCloud Drive, a message to yourself), then bring it in there. Do the same the other way.'}
      </p>
      {needsKey ? <p className={styles.note}>Type your sync passphrase above first; then both of these work.</p> : null}
      <Button variant="secondary" disabled={needsKey} onClick={() => void save()}>
        Save this device's sync file
      </Button>
      {saved ? (
        <p role="status" className={styles.note}>
          {saved}
        </p>
      ) : null}
      <label className={styles.fileLabel} htmlFor={inputId}>
        Bring in files from other devices
      </label>
      <input
        ref={input}
        id={inputId}
        className={styles.fileInput}
        type="file"
        multiple
        // No `accept`: iOS greys out file types it doesn't know, and a file that isn't one is refused in words.
        disabled={isBringing || needsKey}
        onChange={(event) => void bring([...(event.target.files ?? [])])}
      />
      <p className={styles.note}>{isBringing ? 'Bringing them in…' : 'Choose one or more .mendsync files. What they bring is shown above.'}</p>
      {failed ? <p className={styles.problem}>{failed}</p> : null}
    </section>
  );
}
