// What the journal screens show, on top of the journal's record store (the one
// every feature shares, so a practice answer and its entry are one text): the
// entries newest first, the filters, the "saved" and "deleted, undo" notices,
// and deletions waiting out their undo window.
import { create } from 'zustand';
import { flushOnLeave } from '../../lib/on-leave';
import { byNewest } from '../../lib/newest-first';
import { journalCollection, type JournalEntry } from '../../storage/collections/journal';
import { nextUpdatedAt } from '../../storage/engine/record-fields';
import { onRecordStoresReset, recordStore, type SaveOutcome } from '../../state/record-store';
import { EMPTY_FILTERS, forgetLastSearch, type JournalFilters } from './filter-entries';

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

const timers = new Map<string, ReturnType<typeof setTimeout> | null>();

export const useJournalStore = create<JournalState>(() => ({
  filters: EMPTY_FILTERS,
  toast: null,
  deleting: new Set(),
}));

const { getState: get, setState: set } = useJournalStore;

function stopDeleting(id: string) {
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.delete(id);
  const deleting = new Set(get().deleting);
  deleting.delete(id);
  set({ deleting });
}

/** The undo window is over (or the page is closing): storage forgets the entry. */
function commitDelete(id: string): Promise<SaveOutcome> {
  stopDeleting(id);
  const { toast } = get();
  if (toast?.kind === 'deleted' && toast.entryId === id) set({ toast: null });
  return journalRecords.remove(id);
}

function startClock(id: string) {
  if (!get().deleting.has(id)) return;
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.set(
    id,
    setTimeout(() => void commitDelete(id), UNDO_WINDOW_MS),
  );
}

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
    const entry: JournalEntry = current
      ? { ...current, ...input, updatedAt: nextUpdatedAt(current.updatedAt) }
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
    set({ deleting: new Set(get().deleting).add(id), toast: { kind: 'deleted', entryId: id } });
    startClock(id);
  },

  undoDelete(id: string): void {
    if (!get().deleting.has(id)) return;
    stopDeleting(id);
    set({ toast: null });
  },

  /** Stops the undo clock while someone is reaching for the button. */
  holdDelete(id: string): void {
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    if (timers.has(id)) timers.set(id, null);
  },

  releaseDelete: startClock,

  setFilters(change: Partial<JournalFilters>): void {
    set((state) => ({ filters: { ...state.filters, ...change } }));
  },

  dismissToast(): void {
    set({ toast: null });
  },
};

/** Back to a fresh page's state: nothing waiting. For tests. */
export function resetJournalStore(): void {
  for (const timer of timers.values()) if (timer) clearTimeout(timer);
  timers.clear();
  set({ filters: EMPTY_FILTERS, toast: null, deleting: new Set() });
}

// Sorting 10,000 entries costs a few milliseconds: done once per change of the records.
let sortedFor: ReadonlyMap<string, JournalEntry> | null = null;
let sorted: JournalEntry[] = [];

/** Every entry, newest first, without those waiting out their undo window. */
export function entriesNewestFirst(
  records: ReadonlyMap<string, JournalEntry>,
  deleting: ReadonlySet<string>,
): JournalEntry[] {
  if (records !== sortedFor) {
    sortedFor = records;
    // Keys come in id order, and ids start with the time they were made: reversed,
    // the list is nearly newest-first already, which sorts fast.
    sorted = [...records.values()].reverse().sort(byNewest);
  }
  return deleting.size === 0 ? sorted : sorted.filter((entry) => !deleting.has(entry.id));
}

// The lock closed: nothing read from the journal stays in memory (the filters hold a search).
onRecordStoresReset(() => {
  sortedFor = null;
  sorted = [];
  forgetLastSearch();
  set({ filters: EMPTY_FILTERS, toast: null });
});

// The page is closing during an undo window: the delete is carried out, not forgotten.
flushOnLeave(() => {
  if (get().deleting.size === 0) return;
  for (const id of [...get().deleting]) void commitDelete(id);
  journalRecords.keepOnLeave();
});

// Deleted or changed elsewhere while waiting here: an edit elsewhere wins over the delete.
journalCollection.onChange((notice) => {
  if (notice.origin === 'other-tab' && get().deleting.has(notice.id)) {
    stopDeleting(notice.id);
    const { toast } = get();
    if (toast?.kind === 'deleted' && toast.entryId === notice.id) set({ toast: null });
  }
});
