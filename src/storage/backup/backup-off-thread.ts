// A chosen backup file, read and checked in a worker (see backup-worker.ts),
// with its progress said as it goes and a way to stop. Where there is no worker
// (tests in Node), the same reading runs here.
import type { FromBackupWorker, ToBackupWorker } from './backup-messages';
import { readBackupText, type BackupReading, type IncomingCollection, type OnProgress } from './backup-read';

export type { ToBackupWorker } from './backup-messages';

/** Stopped by the person: nothing was read, nothing changed. */
export class BackupReadStopped extends Error {
  override name = 'BackupReadStopped';
}

export function readBackupOffThread(
  input: ToBackupWorker,
  options: { onProgress?: OnProgress; signal?: AbortSignal } = {},
): Promise<BackupReading> {
  if (typeof Worker === 'undefined') return readHere(input, options);
  return new Promise<BackupReading>((resolve, reject) => {
    const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module', name: 'backup-reader' });
    const collections = new Map<string, IncomingCollection>();
    const finish = (settle: () => void) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', stop);
      settle();
    };
    const stop = () => finish(() => reject(new BackupReadStopped('Stopped before the file was read')));
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop);
    worker.addEventListener('error', (event) => finish(() => reject(new Error(event.message || 'The backup reader stopped'))));
    worker.addEventListener('message', (event: MessageEvent<FromBackupWorker>) => {
      const message = event.data;
      switch (message.kind) {
        case 'progress':
          options.onProgress?.(message.checked, message.total);
          return;
        case 'refused':
          return finish(() => resolve({ ok: false, reason: message.reason }));
        case 'protected':
          return finish(() => resolve({ ok: false, reason: message.reason, isProtected: true, document: null }));
        case 'collection': {
          const kept = collections.get(message.name);
          if (!kept) {
            const { kind: _kind, ...collection } = message;
            collections.set(message.name, collection);
          } else {
            for (const record of message.records) kept.records.push(record);
          }
          return;
        }
        case 'done':
          return finish(() =>
            resolve({ ok: true, contents: { exportedAt: message.exportedAt, unknown: message.unknown, collections: [...collections.values()] } }),
          );
      }
    });
    worker.postMessage(input);
  });
}

async function readHere(input: ToBackupWorker, { onProgress, signal }: { onProgress?: OnProgress; signal?: AbortSignal }): Promise<BackupReading> {
  const text = 'text' in input ? input.text : await input.file.text();
  if (signal?.aborted) throw new BackupReadStopped('Stopped before the file was read');
  return readBackupText(text, 'text' in input ? text.length : input.file.size, onProgress);
}
