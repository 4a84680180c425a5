// The records the insights read, from the shared stores (the same ones the
// practice and journal screens use), and one phase for all of them.
import { useEffect } from 'react';
import { checkInRecords, checkInSettingsRecords } from '../../state/check-ins';
import { completionsCollection } from '../../storage/collections/completions';
import { journalCollection } from '../../storage/collections/journal';
import { recordStore } from '../../state/record-store';
import { useLoaded } from '../../state/use-loaded';

export const completionRecords = recordStore(completionsCollection);
export const journalRecords = recordStore(journalCollection);
export { checkInRecords, checkInSettingsRecords };

const STORES = [checkInRecords, completionRecords, journalRecords] as const;

type Phase = 'idle' | 'loading' | 'ready' | 'unreadable';

/**
 * The check-ins and the practices' before and after: small, read first, and
 * what the screen opens with. Unreadable if either can't be read (never shown
 * as empty). The journal, which can hold thousands of entries, is read once
 * the rest is on screen and fills in its own section (useMoodsPhase): reading
 * it first would hold the whole screen up behind it.
 */
export function useInsightsPhase(): Phase {
  const phases = [useLoaded(checkInRecords), useLoaded(completionRecords)];
  if (phases.includes('unreadable')) return 'unreadable';
  return phases.every((phase) => phase === 'ready') ? 'ready' : 'loading';
}

/** The journal's phase; its read starts after the frame that shows the rest of the screen. */
export function useMoodsPhase(): Phase {
  const phase = journalRecords.use((state) => state.phase);
  useEffect(() => {
    if (journalRecords.getState().phase !== 'idle') return;
    let isCurrent = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (isCurrent) void journalRecords.load();
      }, 0),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return phase;
}

export function loadInsights(): Promise<unknown> {
  return Promise.all(STORES.map((store) => store.load()));
}
