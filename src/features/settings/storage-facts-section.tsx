import { useEffect, useState } from 'react';
import { formatDay } from '../../lib/dates';
import { backupHistory } from '../../storage/device/backup-history';
import { storageFacts, type StorageFacts } from '../../storage/device/persistence';
import { useStorageStatus } from '../../state/storage-status';
import { WAITING_FOR_DATA } from '../../ui/screen-loading';
import styles from './settings.module.css';
import { compareWords } from '../../lib/compare-words';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where things stand: saving, whether the browser keeps it, space used, what is kept, the last backup. */
export function StorageFactsSection() {
  const mode = useStorageStatus((state) => state.mode);
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  const lastBackup = backupHistory.lastBackupAt();

  useEffect(() => {
    let isCurrent = true;
    void storageFacts().then((next) => isCurrent && setFacts(next), () => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);

  const kept = (facts?.counts.filter((c) => c.count !== null && c.count > 0) ?? []).sort((a, b) =>
    compareWords(a.label.one, b.label.one),
  );
  return (
    <section className={styles.section} aria-labelledby="facts-title">
      <h2 id="facts-title">On this device</h2>
      <ul className={styles.facts}>
        <li>
          {mode === 'memory'
            ? "Right now this browser isn't letting Mend save, so nothing will be kept after this tab closes. Export a copy to keep what you've written."
            : facts?.isPersistent
              ? 'Saving is working, and this browser has agreed to keep what Mend saves.'
              : "Saving is working. This browser may clear Mend's data if the device runs low on space, so a copy now and then is a good idea."}
        </li>
        <li {...(facts === null ? WAITING_FOR_DATA : {})}>
          {facts === null
            ? 'Counting what is kept…'
            : kept.length === 0
              ? 'Nothing is kept here yet.'
              : `Kept here: ${kept.map((c) => `${c.count} ${c.count === 1 ? c.label.one : c.label.many}`).join(', ')}.`}
        </li>
        {facts?.usedBytes ? <li>Space used: about {size(facts.usedBytes)}.</li> : null}
        <li>{lastBackup ? `Last backup saved on ${formatDay(lastBackup.toISOString())}.` : 'No backup has been saved from this device yet.'}</li>
      </ul>
    </section>
  );
}
