// What the journal screens show, on top of the journal's record store (the one
// every feature shares, so a practice answer and its entry are one text): the
// entries newest first, the filters, the "saved" and "deleted, undo" notices,
// and deletions waiting out their undo window.
import { create } from 'zustand';
import { flushOnLeave } from '../../lib/on-leave';
import { journalCollection, type JournalEntry } from '../../storage/collections/journal';
import { onRecordStoresReset, recordStore, type SaveOutcome } from '../../state/record-store';
import { EMPTY_FILTERS, forgetLastSearch, type JournalFilters } from './filter-entries';
import { undoWindow } from './undo-window';

/** How long "Entry deleted. Undo" stays before the entry is removed from storage. */
export const UNDO_WINDOW_MS = 8000;

export const journalRecords = recordStore(journalCollection);

export type EntryInput = Pick<JournalEntry, 'text' | 'mood' | 'tags' | 'link'>;
export type Toast = { kind: 'saved' } | { kind: 'deleted'; entryId: string } | null;

type JournalState = {
  filters: JournalFilters;
  toast: Toast;
  /** Entries deleted on screen, waiting out the undo window before storage forgets them. */
  deleting: ReadonlySet<string>;
};

export const useJournalStore = create<JournalState>(() => ({
  filters: EMPTY_FILTERS,
  toast: null,
  deleting: new Set(),
}));

const { getState: get, setState: set } = useJournalStore;

/** The "deleted, undo" notice goes with the entry's undo window. */
function dropDeletedToast(id: string) {
  const { toast } = get();
  if (toast?.kind === 'deleted' && toast.entryId === id) set({ toast: null });
}

const deletes = undoWindow({
  windowMs: UNDO_WINDOW_MS,
  waiting: () => get().deleting,
  setWaiting: (deleting) => set({ deleting }),
  // The undo window is over (or the page is closing): storage forgets the entry.
  carryOut: (id) => {
    dropDeletedToast(id);
    void journalRecords.remove(id);
  },
});

export const journal = {
  load: () => journalRecords.load(),

  /**
   * Creates or updates one entry and writes it. `base` is the entry as the
   * editor opened it (null for a new one): if it changed elsewhere since, both
   * versions are kept and the person chooses.
   */
  async saveEntry(
    id: string,
    input: EntryInput,
    base: { version: string | null; record: JournalEntry | null },
  ): Promise<{ outcome: SaveOutcome; entry: JournalEntry }> {
    const current = journalRecords.getState().records.get(id);
    const entry = current
      ? journalCollection.stamp({ ...current, ...input }, current)
      : journalCollection.create({ id, ...input });
    const outcome = await journalRecords.save(entry, { base });
    if (outcome === 'saved') set({ toast: { kind: 'saved' } });
    return { outcome, entry };
  },

  /** Keeps both versions of an entry changed in two places: mine as a new entry. */
  keepBoth(id: string, newId: string): Promise<SaveOutcome> {
    return journalRecords.keepBoth(id, ({ text, mood, tags, link }) =>
      journalCollection.create({ id: newId, text, mood, tags, link }),
    );
  },

  /** Hides the entry at once; storage forgets it after the undo window. */
  deleteEntry(id: string): void {
    if (!journalRecords.getState().records.has(id)) return;
    set({ toast: { kind: 'deleted', entryId: id } });
    deletes.start(id);
  },

  undoDelete(id: string): void {
    if (deletes.undo(id)) set({ toast: null });
  },

  /** Stops the undo clock while someone is reaching for the button. */
  holdDelete: deletes.hold,

  releaseDelete: deletes.release,

  setFilters(change: Partial<JournalFilters>): void {
    set((state) => ({ filters: { ...state.filters, ...change } }));
  },

  dismissToast(): void {
    set({ toast: null });
  },
};

/** Back to a fresh page's state: nothing waiting. For tests. */
export function resetJournalStore(): void {
  deletes.clearClocks();
  set({ filters: EMPTY_FILTERS, toast: null, deleting: new Set() });
}

// The lock closed: nothing read from the journal stays in memory (the filters hold a search).
onRecordStoresReset(() => {
  forgetLastSearch();
  set({ filters: EMPTY_FILTERS, toast: null });
});

// The page is closing during an undo window: the delete is carried out, not forgotten.
flushOnLeave(() => {
  if (get().deleting.size === 0) return;
  deletes.finishAll();
  journalRecords.keepOnLeave();
});

// Deleted or changed elsewhere while waiting here: an edit elsewhere wins over the delete.
journalCollection.onChange((notice) => {
  if (notice.origin === 'other-tab' && get().deleting.has(notice.id)) {
    deletes.stop(notice.id);
    dropDeletedToast(notice.id);
  }
});
