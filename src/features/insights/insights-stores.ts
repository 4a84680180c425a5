// The records the insights read, from the shared stores (the same ones the
// practice and journal screens use), and one phase for all of them.
import { checkInRecords, checkInSettingsRecords } from '../../storage/check-ins';
import { completionsCollection } from '../../storage/collections/completions';
import { journalCollection } from '../../storage/collections/journal';
import { recordStore } from '../../storage/record-store';
import { useLoaded } from '../../storage/use-loaded';

export const completionRecords = recordStore(completionsCollection);
export const journalRecords = recordStore(journalCollection);
export { checkInRecords, checkInSettingsRecords };

const STORES = [checkInRecords, completionRecords, journalRecords] as const;

/** Ready when every store is; unreadable if any can't be read (never shown as empty). */
export function useInsightsPhase(): 'idle' | 'loading' | 'ready' | 'unreadable' {
  const phases = [useLoaded(checkInRecords), useLoaded(completionRecords), useLoaded(journalRecords)];
  if (phases.includes('unreadable')) return 'unreadable';
  return phases.every((phase) => phase === 'ready') ? 'ready' : 'loading';
}

export function loadInsights(): Promise<unknown> {
  return Promise.all(STORES.map((store) => store.load()));
}
