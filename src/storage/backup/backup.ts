// Everything stored, as one JSON document a person can keep. Every collection in
// the registry is included, every value as stored (unreadable ones and
// tombstones too), so nothing is lost; what can't be written as JSON is named.
import { downloadFile } from '../../lib/download';
import { allCollections } from '../collections/all-collections';
import { backupHistory } from '../device/backup-history';
import { askStoresToFlush } from '../signals/store-notices';
import { keyLabel } from '../signals/storage-status';

export const BACKUP_APP = 'mend';
export const BACKUP_FORMAT = 1;
/** The most an export waits for changes still being written. */
const FLUSH_WAIT_MS = 1000;

export type ExportReport = {
  text: string;
  /** Values that could not be written as JSON (a cycle, a BigInt): the rest is exported. */
  skipped: { collection: string; key: string; reason: string }[];
  /** Collections that could not be read at all: the file holds none of them. */
  unreadable: string[];
  count: number;
};

export async function exportEverything(now = new Date()): Promise<ExportReport> {
  // Words typed a moment ago are still waiting to be written: a copy made now must
  // hold them (with storage unavailable, the copy is the only place they are kept).
  // A write that hangs (storage blocked by another tab) never holds the copy back.
  await Promise.race([askStoresToFlush().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
  const collections: Record<string, string[]> = {};
  const report: Omit<ExportReport, 'text'> = { skipped: [], unreadable: [], count: 0 };
  for (const collection of allCollections()) {
    let entries;
    try {
      entries = await collection.rawEntries();
    } catch {
      report.unreadable.push(collection.name);
      continue;
    }
    // Each value on its own, so one that can't be written doesn't stop the rest.
    collections[collection.name] = entries.flatMap(({ key, value }) => {
      try {
        const json = JSON.stringify(value);
        if (json === undefined) throw new Error('it has no JSON form');
        report.count += 1;
        return [json];
      } catch (error) {
        report.skipped.push({ collection: collection.name, key: keyLabel(key), reason: String(error) });
        return [];
      }
    });
  }
  const body = Object.entries(collections)
    .map(([name, values]) => `    ${JSON.stringify(name)}: [${values.join(',')}]`)
    .join(',\n');
  const head = `"app": ${JSON.stringify(BACKUP_APP)}, "format": ${BACKUP_FORMAT}, "exportedAt": ${JSON.stringify(now.toISOString())}`;
  return { ...report, text: `{ ${head},\n  "collections": {\n${body}\n  }\n}\n` };
}

export function backupFileName(now = new Date()): string {
  return `mend-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Builds the backup and hands it to the browser to save; says what it holds.
 * `protect` turns the text into what is saved instead (a file sealed with the lock's passphrase).
 */
export async function downloadBackup(protect?: (text: string) => Promise<string>): Promise<ExportReport> {
  const report = await exportEverything();
  downloadFile(backupFileName(), protect ? await protect(report.text) : report.text);
  if (report.unreadable.length === 0) backupHistory.noteBackup();
  return report;
}
