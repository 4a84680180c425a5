import type { ExportReport } from '../../storage/backup/backup';

/** What the backup file holds, said plainly, including anything it could not hold. */
export function exportWords(report: ExportReport): string {
  const problems: string[] = [];
  if (report.unreadable.length > 0) {
    problems.push(
      `It doesn't hold ${report.unreadable.join(', ')}: this browser wouldn't let Mend read ${report.unreadable.length === 1 ? 'it' : 'them'} just now. Nothing was deleted; try again in a moment.`,
    );
  }
  if (report.skipped.length > 0) {
    const count = report.skipped.length === 1 ? 'One item' : `${report.skipped.length} items`;
    const names = report.skipped.map((s) => `${s.collection} ${s.key}`).join(', ');
    problems.push(
      `${count} couldn't be written into the file (${names}). ${report.skipped.length === 1 ? "It's" : "They're"} still kept on this device.`,
    );
  }
  return problems.length === 0
    ? 'Your backup file is downloading. It holds everything Mend keeps on this device.'
    : `Your backup file is downloading. ${problems.join(' ')}`;
}
