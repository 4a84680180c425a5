// The chosen files read and turned into journal records, wherever this runs
// (the import worker, or the page where there is no worker, as in tests).
import { readImportFiles } from './formats/read-import';
import { prepareImport, type PreparedImport } from './import-records';

export type FilesReading = { ok: true; prepared: PreparedImport } | { ok: false; reason: string };

export async function readAndPrepare(files: readonly File[], importId: string): Promise<FilesReading> {
  let read;
  try {
    const withBytes = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified })),
    );
    read = await readImportFiles(withBytes);
  } catch {
    return { ok: false, reason: "We couldn't read that file just now, so nothing was changed. Try choosing it again." };
  }
  return read.ok ? { ok: true, prepared: prepareImport(read.parsed, importId) } : { ok: false, reason: read.reason };
}
