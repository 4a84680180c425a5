// Started from the app's layout: once the first screen has painted, and only
// when a sync folder is kept on this device, the sync code loads and runs in
// the background. Nothing of sync is in the first load.
import { useEffect } from 'react';
import { afterFirstPaint } from '../../lib/after-first-paint';
import { rememberedFolder } from '../../storage/sync/folder-handle';

export function useBackgroundSync(): void {
  useEffect(() => {
    let isCancelled = false;
    let stop: (() => void) | null = null;
    const cancel = afterFirstPaint(() => {
      void rememberedFolder().then(async (folder) => {
        if (!folder || isCancelled) return;
        const { startBackgroundSync } = await import('./background-sync');
        if (!isCancelled) stop = startBackgroundSync();
      });
    });
    return () => {
      isCancelled = true;
      cancel();
      stop?.();
    };
  }, []);
}
