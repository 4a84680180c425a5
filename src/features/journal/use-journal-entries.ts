import { useMemo } from 'react';
import { entriesNewestFirst } from './entries-newest-first';
import { journalRecords, useJournalStore } from './journal-store';

/** Every entry, newest first, without those waiting out their undo window. */
export function useJournalEntries() {
  const records = journalRecords.use((state) => state.records);
  const deleting = useJournalStore((state) => state.deleting);
  return useMemo(() => entriesNewestFirst(records, deleting), [records, deleting]);
}
