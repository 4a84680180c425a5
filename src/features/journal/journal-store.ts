// What the journal screens show: every entry, newest first, loaded once with one
// read. Each change writes one record. Entries written elsewhere (practice answers,
// goal notes, another tab) arrive one at a time through journal.onChange.
import { create } from 'zustand';
import { newId } from '../../lib/ids';
import { nowIso, StorageWriteError } from '../../storage/collection';
import { journal, newJournalEntry, type JournalEntry } from '../../storage/journal';
import { EMPTY_FILTERS, type JournalFilters } from './filter-entries';

/** How long "Entry deleted. Undo" stays before the entry is removed from storage. */
export const UNDO_WINDOW_MS = 8000;

export type EntryInput = Pick<JournalEntry, 'text' | 'mood' | 'tags' | 'link'>;
export type SaveOutcome =
  | { ok: true; entry: JournalEntry }
  | { ok: false; problem: 'quota' | 'failed' | 'newer-elsewhere' };
export type Toast = { kind: 'saved' } | { kind: 'deleted'; entryId: string } | null;

type JournalState = {
  isLoaded: boolean;
  /** Newest first; entries waiting out their undo window are not here. */
  entries: JournalEntry[];
  filters: JournalFilters;
  toast: Toast;
  load(): Promise<void>;
  /** Creates an entry (id null) or updates one, keeping its createdAt. One record written. */
  saveEntry(id: string | null, input: EntryInput): Promise<SaveOutcome>;
  /** Hides the entry at once; storage forgets it only after the undo window. */
  deleteEntry(id: string): void;
  undoDelete(id: string): void;
  /** Stops the undo clock while someone is reaching for the button. */
  holdDelete(id: string): void;
  releaseDelete(id: string): void;
  setFilters(change: Partial<JournalFilters>): void;
  dismissToast(): void;
};

const pendingDeletes = new Map<
  string,
  { entry: JournalEntry; timer: ReturnType<typeof setTimeout> | null }
>();
/** Our own saves in flight: their change notices need no read. */
const savingIds = new Set<string>();
/** Notices that arrived while the first load was under way. */
const noticedDuringLoad = new Set<string>();
let loading: Promise<void> | null = null;
let resets = 0;

export function byNewest(a: JournalEntry, b: JournalEntry): number {
  if (a.createdAt === b.createdAt) return a.id < b.id ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : -1;
}

/** A copy of the list with this entry in its place (replacing any older copy). */
function withEntry(entries: JournalEntry[], entry: JournalEntry): JournalEntry[] {
  const current = entries.find((e) => e.id === entry.id);
  if (current && current.updatedAt > entry.updatedAt) return entries;
  const rest = current ? entries.filter((e) => e.id !== entry.id) : entries.slice();
  let low = 0;
  let high = rest.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (byNewest(rest[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  rest.splice(low, 0, entry);
  return rest;
}

/** Back to a fresh page's state: nothing loaded, nothing waiting. For tests. */
export function resetJournalStore(): void {
  loading = null;
  resets += 1;
  for (const { timer } of pendingDeletes.values()) if (timer) clearTimeout(timer);
  pendingDeletes.clear();
  savingIds.clear();
  noticedDuringLoad.clear();
  useJournalStore.setState({ isLoaded: false, entries: [], filters: EMPTY_FILTERS, toast: null });
}

export const useJournalStore = create<JournalState>((set, get) => {
  const show = (entry: JournalEntry) => {
    if (!get().isLoaded) return;
    set((state) => ({ entries: withEntry(state.entries, entry) }));
  };

  const commitDelete = async (id: string) => {
    const pending = pendingDeletes.get(id);
    if (!pending) return;
    pendingDeletes.delete(id);
    const { toast } = get();
    if (toast?.kind === 'deleted' && toast.entryId === id) set({ toast: null });
    try {
      await journal.remove(id);
    } catch {
      // Still stored: show it again rather than pretend it is gone.
      show(pending.entry);
    }
  };

  const startClock = (id: string) => {
    const pending = pendingDeletes.get(id);
    if (!pending) return;
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = setTimeout(() => void commitDelete(id), UNDO_WINDOW_MS);
  };

  return {
    isLoaded: false,
    entries: [],
    filters: EMPTY_FILTERS,
    toast: null,

    load() {
      // Always the same promise, so screens can suspend on it with use().
      loading ??= (async () => {
        const generation = resets;
        const entries = await journal.loadAll();
        // The store was reset meanwhile (tests do this): a newer load owns the state.
        if (generation !== resets) return;
        // Records come in key order, and the app's ids start with the time they were
        // made: reversed, the list is nearly newest-first already, which sorts fast.
        entries.reverse().sort(byNewest);
        set({ isLoaded: true, entries });
        // A record written while the read was under way may be missing from it.
        for (const id of noticedDuringLoad) void refresh(id);
        noticedDuringLoad.clear();
      })();
      return loading;
    },

    async saveEntry(id, input) {
      const existing = id === null ? undefined : get().entries.find((e) => e.id === id);
      const entry: JournalEntry = existing
        ? { ...existing, ...input, updatedAt: nowIso() }
        : newJournalEntry({ id: id ?? newId(), ...input });
      savingIds.add(entry.id);
      try {
        const result = await journal.save(entry);
        if (result === 'kept-newer') {
          void refresh(entry.id);
          return { ok: false, problem: 'newer-elsewhere' };
        }
      } catch (error) {
        return {
          ok: false,
          problem: error instanceof StorageWriteError ? error.problem : 'failed',
        };
      } finally {
        savingIds.delete(entry.id);
      }
      show(entry);
      set({ toast: { kind: 'saved' } });
      return { ok: true, entry };
    },

    deleteEntry(id) {
      const entry = get().entries.find((e) => e.id === id);
      if (!entry) return;
      pendingDeletes.set(id, { entry, timer: null });
      startClock(id);
      set((state) => ({
        entries: state.entries.filter((e) => e.id !== id),
        toast: { kind: 'deleted', entryId: id },
      }));
    },

    undoDelete(id) {
      const pending = pendingDeletes.get(id);
      if (!pending) return;
      if (pending.timer) clearTimeout(pending.timer);
      pendingDeletes.delete(id);
      set((state) => ({ entries: withEntry(state.entries, pending.entry), toast: null }));
    },

    holdDelete(id) {
      const pending = pendingDeletes.get(id);
      if (pending?.timer) clearTimeout(pending.timer);
      if (pending) pending.timer = null;
    },

    releaseDelete: startClock,

    setFilters(change) {
      set((state) => ({ filters: { ...state.filters, ...change } }));
    },

    dismissToast() {
      set({ toast: null });
    },
  };
});

async function refresh(id: string): Promise<void> {
  const entry = await journal.get(id);
  const { isLoaded } = useJournalStore.getState();
  if (!isLoaded) return;
  if (entry) {
    // A newer edit from elsewhere wins over a deletion still waiting here.
    const pending = pendingDeletes.get(id);
    if (pending) {
      if (pending.timer) clearTimeout(pending.timer);
      pendingDeletes.delete(id);
    }
    useJournalStore.setState((state) => ({ entries: withEntry(state.entries, entry) }));
  } else {
    useJournalStore.setState((state) => ({ entries: state.entries.filter((e) => e.id !== id) }));
  }
}

journal.onChange((notice) => {
  if (notice.origin === 'this-tab' && savingIds.has(notice.id)) return;
  if (!loading) return;
  if (!useJournalStore.getState().isLoaded) {
    noticedDuringLoad.add(notice.id);
    return;
  }
  if (notice.op === 'clear') {
    void journal.loadAll().then((entries) => {
      for (const { timer } of pendingDeletes.values()) if (timer) clearTimeout(timer);
      pendingDeletes.clear();
      useJournalStore.setState({ entries: entries.sort(byNewest), toast: null });
    });
    return;
  }
  if (notice.op === 'delete') {
    const pending = pendingDeletes.get(notice.id);
    if (pending?.timer) clearTimeout(pending.timer);
    pendingDeletes.delete(notice.id);
    useJournalStore.setState((state) => ({
      entries: state.entries.filter((e) => e.id !== notice.id),
      toast:
        state.toast?.kind === 'deleted' && state.toast.entryId === notice.id ? null : state.toast,
    }));
    return;
  }
  void refresh(notice.id);
});
