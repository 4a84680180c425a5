// The records a summary is made from, from the shared stores (the same ones the
// insights, the journal and the goals show), and one phase for all of them.
import { checkInRecords } from '../../state/check-ins';
import { draftRecords } from '../../state/drafts-store';
import { recordStore } from '../../state/record-store';
import { useLoaded } from '../../state/use-loaded';
import { completionsCollection } from '../../storage/collections/completions';
import { goalsCollection } from '../../storage/collections/goals';
import { journalCollection } from '../../storage/collections/journal';

export const completionRecords = recordStore(completionsCollection);
export const journalRecords = recordStore(journalCollection);
export const goalRecords = recordStore(goalsCollection);
export { checkInRecords };

// The drafts hold the choices made: a summary never opens with them forgotten.
const STORES = [checkInRecords, completionRecords, journalRecords, goalRecords, draftRecords] as const;

type Phase = 'loading' | 'ready' | 'unreadable';

/** Unreadable if any of them can't be read: a summary is never made from part of the records. */
export function useSummaryPhase(): Phase {
  const phases = [
    useLoaded(checkInRecords),
    useLoaded(completionRecords),
    useLoaded(journalRecords),
    useLoaded(goalRecords),
    useLoaded(draftRecords),
  ];
  if (phases.includes('unreadable')) return 'unreadable';
  return phases.every((phase) => phase === 'ready') ? 'ready' : 'loading';
}

export function loadSummaryRecords(): Promise<unknown> {
  return Promise.all(STORES.map((store) => store.load()));
}
