// Reads the chosen files off the page's thread: unzipping, reading thousands of
// rows and checking every record take seconds for years of entries, and the
// page must answer taps meanwhile (and be able to stop it). The records go back
// in batches, so no one message takes long to receive.
import type { FromImportWorker, ToImportWorker } from './import-messages';
import { readAndPrepare } from './read-files';

/** Records per message: small enough that receiving one is a short task. */
const BATCH = 250;

const post = (message: FromImportWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  void read(event.data);
});

async function read({ files, importId }: ToImportWorker) {
  const reading = await readAndPrepare(files, importId);
  if (!reading.ok) return post({ kind: 'refused', reason: reading.reason });
  const { items, ...rest } = reading.prepared;
  for (let i = 0; i < items.length; i += BATCH) post({ kind: 'items', items: items.slice(i, i + BATCH) });
  post({ kind: 'done', ...rest });
}
