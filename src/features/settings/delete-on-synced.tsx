// "Delete everything" on a device that syncs: which of two it means. Either
// way this device stops syncing, so nothing deleted here comes back with the
// next sync. "Every device" first writes a deletion mark for every record into
// this device's sync file (into the folder, or saved by hand), so each other
// device deletes them as it next reads the file.
import { useEffect, useState } from 'react';
import { RadioChoices } from '../../ui/radio-choices';
import styles from './settings.module.css';

export type SyncedDelete = 'here' | 'everywhere';

const WORDS: Record<SyncedDelete, { title: string; detail: string }> = {
  here: {
    title: 'Delete here, and stop syncing this device',
    detail: 'Your other devices keep everything. Nothing comes back here.',
  },
  everywhere: {
    title: 'Delete on every device',
    detail: 'Each of your other devices deletes everything too, the next time it syncs.',
  },
};

/** Whether sync is on here: known only once its code has loaded, which happens only on this screen. */
export function useIsSynced(): boolean {
  const [isSynced, setSynced] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void import('../../storage/sync/sync')
      .then((sync) => sync.syncSetup())
      .then((setup) => isCurrent && setSynced(setup !== null))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  return isSynced;
}

export function SyncedDeleteChoice({ value, onChange }: { value: SyncedDelete | null; onChange: (value: SyncedDelete) => void }) {
  return (
    <fieldset className={styles.deleteChoice}>
      <legend>This device syncs with your other devices. What should be deleted?</legend>
      <RadioChoices name="delete-where" choices={['here', 'everywhere'] as const} value={value} onChange={onChange} className={styles.deleteOption}>
        {(choice) => (
          <span>
            <strong>{WORDS[choice].title}</strong>
            <br />
            {WORDS[choice].detail}
          </span>
        )}
      </RadioChoices>
    </fieldset>
  );
}

/**
 * What happens before the deleting itself. "Here": nothing of sync is left on
 * this device (stopSyncingHere), so nothing comes back. "Everywhere": first the
 * deletion marks go into this device's file in the folder; without a folder
 * Mend can reach, the file is handed back to be saved by hand, and this device
 * stops syncing once it has been (stopSyncing).
 */
export async function prepareSyncedDelete(choice: SyncedDelete): Promise<'ready' | { saveByHand: File }> {
  const sync = await import('../../storage/sync/sync');
  if (choice === 'everywhere') {
    const { rememberedFolder } = await import('../../storage/sync/folder-handle');
    const { folderPermission, folderTarget } = await import('../../storage/sync/folder-target');
    const folder = await rememberedFolder();
    if (folder && (await folderPermission(folder, { ask: true })) === 'granted') {
      await sync.prepareDeleteEverywhere(folderTarget(folder));
    } else {
      const own = await sync.prepareDeleteEverywhere();
      return { saveByHand: new File([new Uint8Array(own.bytes)], own.name, { type: 'application/octet-stream' }) };
    }
  }
  await stopSyncing();
  return 'ready';
}

/** Nothing of sync stays on this device: not its key, not the folder. */
export async function stopSyncing(): Promise<void> {
  const sync = await import('../../storage/sync/sync');
  const { forgetFolder } = await import('../../storage/sync/folder-handle');
  await sync.stopSyncingHere();
  await forgetFolder();
}
