// One door for every importer: which format a file is, from its name and first
// bytes, then that format's reader. Pure (bytes in, entries or a refusal out), so
// the import flow can run it in a worker.
import type { ImportFile, ImportReading } from './parsed';

export type { ImportFile, ImportReading } from './parsed';

export function readImportFiles(files: ImportFile[]): Promise<ImportReading> {
  void files;
  return Promise.resolve({ ok: false, reason: "Mend can't read that kind of file yet, so nothing was changed." });
}
