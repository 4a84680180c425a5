// What a sync did, in Mend's words (docs: VOICE.md): one calm sentence.
import type { SyncReport } from '../../storage/sync/sync';

export const FAILED_WORDS =
  "We couldn't sync just now. Nothing here was changed or lost, and Mend will try again.";

/** "Brought in 3 journal entries and 1 goal from Laptop." or "Up to date: nothing new from your other devices." */
export function reportWords(report: SyncReport): string {
  if (report.brought.length === 0) {
    return report.skipped.length === 0
      ? 'Up to date: nothing new from your other devices.'
      : 'Nothing new was brought in.';
  }
  const parts = report.brought.map(({ deviceName, words }) => `${words} from ${deviceName}`);
  return `Brought in ${joinWords(parts)}.`;
}

export function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
