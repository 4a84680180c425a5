// Reads a chosen backup file off the page's thread: the file's text, the parse
// and the check of every record take seconds for a large one, and the page must
// answer taps meanwhile (and be able to stop it). What it finds is sent back in
// batches, so no one message takes long to receive either.
import { readBackupText } from './backup-read';
import type { FromBackupWorker, ToBackupWorker } from './backup-messages';

/** Records per message: small enough that receiving one is a short task. */
const BATCH = 1000;

const post = (message: FromBackupWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToBackupWorker>) => {
  void read(event.data);
});

async function read(input: ToBackupWorker) {
  const text = 'file' in input ? await input.file.text() : input.text;
  const size = 'file' in input ? input.file.size : text.length;
  const reading = readBackupText(text, size, (checked, total) => post({ kind: 'progress', checked, total }));
  if (!reading.ok) {
    post('isProtected' in reading ? { kind: 'protected', reason: reading.reason } : { kind: 'refused', reason: reading.reason });
    return;
  }
  const { collections, exportedAt, unknown } = reading.contents;
  for (const { name, records, tombstones, skipped } of collections) {
    post({ kind: 'collection', name, records: [], tombstones, skipped });
    for (let i = 0; i < records.length; i += BATCH) {
      post({ kind: 'collection', name, records: records.slice(i, i + BATCH), tombstones: [], skipped: [] });
    }
  }
  post({ kind: 'done', exportedAt, unknown });
}
