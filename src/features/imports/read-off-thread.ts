// The chosen files read in a worker (import-worker.ts), with a way to stop.
// Where there is no worker (tests in Node), the same reading runs here.
import type { FromImportWorker } from './import-messages';
import type { MoodCarrier } from './mood-mapping';
import type { FilesReading } from './read-files';

/** Stopped by the person: nothing was read, nothing changed. */
export class ImportReadStopped extends Error {
  override name = 'ImportReadStopped';
}

export function readFilesOffThread(files: File[], importId: string, signal?: AbortSignal): Promise<FilesReading> {
  // The readers are the worker's: loaded on the page only where there is none.
  if (typeof Worker === 'undefined') return import('./read-files').then(({ readAndPrepare }) => readAndPrepare(files, importId));
  return new Promise<FilesReading>((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import-reader' });
    const items: MoodCarrier[] = [];
    const finish = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      settle();
    };
    const stop = () => finish(() => reject(new ImportReadStopped('Stopped before the files were read')));
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop);
    worker.addEventListener('error', (event) => finish(() => reject(new Error(event.message || 'The import reader stopped'))));
    worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      switch (message.kind) {
        case 'refused':
          return finish(() => resolve({ ok: false, reason: message.reason }));
        case 'items':
          for (const item of message.items) items.push(item);
          return;
        case 'done': {
          const { kind: _kind, ...rest } = message;
          return finish(() => resolve({ ok: true, prepared: { ...rest, items } }));
        }
      }
    });
    worker.postMessage({ files, importId });
  });
}
