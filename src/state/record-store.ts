// The one pattern every feature store is built on: a collection's records held
// in memory for the screens, loaded once (again after a failure), changed on
// screen at once and written one record at a time, with a per-record unsaved
// set, a copy kept as the page closes, changes from other tabs taken in, and
// the version check that never lets one change silently undo another.
// One store per collection (recordStore() hands back the same one), so every
// feature that shows a record shows the same words.
import { create } from 'zustand';
import { createKeyedDebounce } from '../lib/keyed-debounce';
import { isSame } from '../lib/merge';
import { flushOnLeave } from '../lib/on-leave';
import type { Base, Collection, ReadResult, RecordBase } from '../storage/engine/collection';
import { StorageWriteError } from '../storage/engine/collection';
import { nextUpdatedAt } from '../storage/engine/record-fields';
import { askToKeepStorage } from '../storage/device/ask-to-keep';
import { forgetRescued, rescueDelete, rescuePut, sealAhead } from '../storage/engine/rescue';
import type { KeptVersion } from '../storage/collections/drafts';
import { createVersionKeeper } from './kept-versions';
import { onFlushAsked, onForgetAsked } from '../storage/signals/store-notices';
import { onDropEverything } from '../storage/signals/wipe-gate';

export type SaveProblem = 'quota' | 'failed' | 'invalid';
/** Why a record's latest change is not stored yet. */
export type UnsavedState = 'waiting' | SaveProblem | 'conflict';
/** 'unchanged': the change changed nothing, so nothing was written. */
export type SaveOutcome = 'saved' | 'unchanged' | SaveProblem | 'conflict';

/** Whether what was asked for is in storage now (written, or there was nothing to write). */
export const isStored = (outcome: SaveOutcome): outcome is 'saved' | 'unchanged' =>
  outcome === 'saved' || outcome === 'unchanged';

/** Two versions of one record that can't be combined: the person chooses. */
export type Conflict<T> = { mine: T; theirs: T };

export type RecordsState<T> = {
  /** 'unreadable': the collection could not be read; nothing is shown as empty. */
  phase: 'idle' | 'loading' | 'ready' | 'unreadable';
  records: ReadonlyMap<string, T>;
  unsaved: ReadonlyMap<string, UnsavedState>;
  conflicts: ReadonlyMap<string, Conflict<T>>;
};

/** The stored version a change on screen was made from. */
type BaseVersion<T> = { version: Base; record: T | null };

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];
/**
 * Typing reaches storage this long after the last keystroke (at once as the
 * page closes): one delay for every field, so a burst of keys is one write.
 */
export const TYPING_DELAY_MS = 400;

/** When a change is written: at once, or (`typing`) once typing pauses; `delayMs` for a delay of its own. */
export type WriteWhen = { typing?: boolean; delayMs?: number };
const delayOf = (when: WriteWhen) => when.delayMs ?? (when.typing ? TYPING_DELAY_MS : 0);
const DRAFTS = 'drafts';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one store per collection, of any record type
const stores = new Map<string, RecordStore<any>>();

/** The store of this collection's records: the same one wherever it is asked for. */
export function recordStore<T extends RecordBase>(collection: Collection<T>): RecordStore<T> {
  let store = stores.get(collection.name) as RecordStore<T> | undefined;
  if (!store) {
    store = createRecordStore(collection);
    stores.set(collection.name, store);
    watchUnsaved(collection.name, store);
  }
  return store;
}

/** Stores with a change waiting or being written; stores with one that can't be stored now. */
const waitingStores = new Set<string>();
const stuckStores = new Set<string>();
const unsavedListeners = new Set<() => void>();

// Listeners hear only when a store starts or stops having something unstored,
// so a keystroke costs a look at its store's few unsaved records and two Set checks.
function watchUnsaved<T extends RecordBase>(name: string, store: RecordStore<T>): void {
  store.subscribe(({ unsaved }, before) => {
    if (unsaved === before.unsaved) return;
    const states = [...unsaved.values()];
    const waitingChanged = toggle(waitingStores, name, states.includes('waiting'));
    const stuckChanged = toggle(stuckStores, name, states.some((state) => state !== 'waiting'));
    if (waitingChanged || stuckChanged) for (const listener of unsavedListeners) listener();
  });
}

function toggle(set: Set<string>, name: string, isIn: boolean): boolean {
  if (set.has(name) === isIn) return false;
  if (isIn) set.add(name);
  else set.delete(name);
  return true;
}

/** Whether any store has a change waiting to be written, or being written. */
export function isAnythingWaiting(): boolean {
  return waitingStores.size > 0;
}

/** Whether any store has a change it could not store (a conflict, or a save problem). */
export function isAnythingStuck(): boolean {
  return stuckStores.size > 0;
}

/** Calls back when isAnythingWaiting() or isAnythingStuck() may have changed. */
export function onAnyUnsavedChange(listener: () => void): () => void {
  unsavedListeners.add(listener);
  return () => unsavedListeners.delete(listener);
}

/**
 * Loads the stores of these collections that exist by now (a screen's stores
 * exist once its code has arrived); collections with no store yet are left be.
 */
export function loadStoresOf(collections: readonly string[]): Promise<void> {
  return Promise.all(collections.map((name) => stores.get(name)?.load())).then(() => undefined);
}

/** Every store back to a fresh page's state. For tests. */
export function resetRecordStoresForTests(): void {
  for (const store of stores.values()) store.resetForTests();
}

const resetListeners = new Set<() => void>();

/** Calls back when every store forgets what it read (the lock closing or opening). */
export function onRecordStoresReset(listener: () => void): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

/** Writes every waiting change of every store now. */
export async function flushAllRecordStores(): Promise<void> {
  await Promise.all([...stores.values()].map((store) => store.flush()));
}

/**
 * Every store forgets what it read, and reads again when next asked (the lock
 * closing drops every opened record; opening it reads them with the key).
 * Changes not stored yet are kept, and written once they can be: no word is lost.
 */
export function resetAllRecordStores(): void {
  for (const store of stores.values()) store.forgetStored();
  for (const listener of resetListeners) listener();
}

// Storage asks through notices (a backup, the lock): it never imports the stores.
onFlushAsked(flushAllRecordStores);
onForgetAsked(resetAllRecordStores);

export type RecordStore<T extends RecordBase> = ReturnType<typeof createRecordStore<T>>;

function createRecordStore<T extends RecordBase>(collection: Collection<T>) {
  const initial = (): RecordsState<T> => ({
    phase: 'idle',
    records: new Map(),
    unsaved: new Map(),
    conflicts: new Map(),
  });
  const useRecords = create<RecordsState<T>>(initial);
  const { getState: get, setState: set } = useRecords;
  const debounce = createKeyedDebounce<SaveOutcome>(0);
  const bases = new Map<string, BaseVersion<T>>();
  const inFlight = new Map<string, Promise<SaveOutcome>>();
  let loading: Promise<void> | null = null;
  /** Records another change reached while the load was reading: read again after it. */
  const noticedDuringLoad = new Set<string>();
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retries = 0;
  let generation = 0;
  /** Goes up when what was read is forgotten: a load begun before then is dropped. */
  let loads = 0;
  // Where my side of a conflict is kept until the person chooses (not for the
  // drafts themselves: a draft belongs to one tab, and never conflicts).
  const keeper =
    collection.name === DRAFTS
      ? null
      : createVersionKeeper(collection.name, () =>
          import('../storage/collections/drafts').then(({ draftsCollection }) => recordStore(draftsCollection)),
        );

  const withMap = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V | undefined) => {
    const next = new Map(map);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    return next;
  };
  const setRecord = (id: string, record: T | undefined) =>
    set((state) => ({ records: withMap(state.records, id, record) }));
  const setUnsaved = (id: string, value: UnsavedState | undefined) =>
    set((state) => ({ unsaved: withMap(state.unsaved, id, value) }));
  const setConflict = (id: string, value: Conflict<T> | undefined) =>
    set((state) => ({ conflicts: withMap(state.conflicts, id, value) }));

  /** Takes in the stored version as what this record now is (no change of ours waits). */
  const accept = (id: string, stored: T | undefined) => {
    bases.delete(id);
    setRecord(id, stored);
    setUnsaved(id, undefined);
  };

  /** Shows a change at once and remembers the stored version it was made from. */
  const showChange = (id: string, next: T | undefined, base?: BaseVersion<T>) => {
    if (base) bases.set(id, base);
    else if (!bases.has(id)) {
      const before = get().records.get(id);
      bases.set(id, { version: before?.updatedAt ?? null, record: before ?? null });
    }
    setRecord(id, next);
    // With the lock on, the copy kept as the page closes must be sealed before then.
    if (next) sealAhead(collection.name, next);
    // While a conflict waits for the person, further typing stays on screen, and in the kept version.
    const conflict = get().conflicts.get(id);
    if (!conflict) setUnsaved(id, 'waiting');
    else if (next) void keeper?.keep(id, next, conflict.theirs.updatedAt, TYPING_DELAY_MS);
  };

  /**
   * Conflicts kept before a reload (or by a tab since closed) are shown again,
   * with the same choice; mine on screen, as before. A version whose record
   * was deleted since is written back: an edit outlives a delete.
   */
  const showKept = (kept: readonly KeptVersion[]) => {
    for (const version of kept) {
      const id = version.recordId;
      if (get().conflicts.has(id) || get().unsaved.has(id)) continue;
      const read = collection.read(version.record);
      if (!read.ok) continue;
      const mine = read.record;
      const theirs = get().records.get(id);
      if (theirs && isSame(theirs, mine)) {
        void keeper?.letGo(id);
      } else if (!theirs) {
        void api.save(mine, { base: { version: null, record: null } }).then((outcome) => {
          if (outcome === 'saved') void keeper?.letGo(id);
        });
      } else {
        bases.set(id, { version: theirs.updatedAt, record: theirs });
        setRecord(id, mine);
        setConflict(id, { mine, theirs });
        setUnsaved(id, 'conflict');
      }
    }
  };

  const scheduleRetry = () => {
    if (retryTimer) return;
    const delay = RETRY_DELAYS_MS[Math.min(retries, RETRY_DELAYS_MS.length - 1)]!;
    retries += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void api.retry();
    }, delay);
  };

  const writeNow = async (id: string): Promise<SaveOutcome> => {
    const state = get().unsaved.get(id);
    if (state === undefined) return 'saved';
    if (state === 'conflict') return 'conflict';
    const local = get().records.get(id);
    const base = bases.get(id) ?? { version: null, record: null };
    const started = generation;
    try {
      const outcome = local
        ? await collection.write(local, base.version)
        : await collection.remove(id, base.version);
      if (started !== generation) return 'saved';
      if (outcome.status === 'saved') {
        retries = 0;
        if (get().records.get(id) === local) accept(id, local);
        else {
          // Changed again while it was being written: that change starts from this one.
          bases.set(id, { version: local?.updatedAt ?? null, record: local ?? null });
          return writeNow(id);
        }
        return 'saved';
      }
      return settle(id, base, outcome.stored);
    } catch (error) {
      if (started !== generation) return 'saved';
      const problem: SaveProblem = error instanceof StorageWriteError ? error.problem : 'failed';
      setUnsaved(id, problem);
      if (problem !== 'invalid') scheduleRetry();
      return problem;
    }
  };

  /** Another change got there first: combine the two, or keep both and ask. */
  const settle = (id: string, base: BaseVersion<T>, theirs: T): Promise<SaveOutcome> | SaveOutcome => {
    const mine = get().records.get(id);
    // My delete against their edit: their words stay.
    if (!mine) {
      accept(id, theirs);
      return 'saved';
    }
    // Our own write, landed by the copy made as the page was hidden (the same
    // time alone could be another tab's change made in the same millisecond).
    if (isSame(theirs, mine)) {
      accept(id, mine);
      return 'saved';
    }
    const merged = collection.merge?.(base.record, mine, theirs) ?? null;
    if (merged) {
      bases.set(id, { version: theirs.updatedAt, record: theirs });
      setRecord(id, { ...merged, updatedAt: nextUpdatedAt(theirs.updatedAt) });
      return writeNow(id);
    }
    setConflict(id, { mine, theirs });
    setUnsaved(id, 'conflict');
    // Kept where a reload or a closed tab can't lose it, until the person chooses.
    void keeper?.keep(id, mine, theirs.updatedAt);
    return 'conflict';
  };

  /** One write at a time per record, in the order the changes were made. */
  const persist = (id: string): Promise<SaveOutcome> => {
    const previous = inFlight.get(id) ?? Promise.resolve<SaveOutcome>('saved');
    const next = previous.then(() => writeNow(id));
    inFlight.set(id, next);
    void next.finally(() => {
      if (inFlight.get(id) === next) inFlight.delete(id);
    });
    return next;
  };

  // A save overtaken by a later one for the record settles with the later one's write, which carries its change.
  const whenWritten = (id: string, delayMs: number): Promise<SaveOutcome> =>
    delayMs <= 0 ? debounce.runNow(id, () => persist(id)) : debounce.schedule(id, () => persist(id), delayMs);

  const refresh = async (id: string) => {
    const result = await collection.get(id);
    // A change of ours waits to be written: its write will meet this one and combine.
    if (get().unsaved.has(id)) {
      const conflict = get().conflicts.get(id);
      if (conflict && result.status === 'found') setConflict(id, { ...conflict, theirs: result.record });
      return;
    }
    if (result.status === 'found') accept(id, result.record);
    else if (result.status === 'missing') accept(id, undefined);
  };

  const api = {
    use: useRecords,
    getState: get,
    subscribe: useRecords.subscribe,
    collection,

    /** Loads every record once; after a failure, the next call tries again. */
    load(): Promise<void> {
      if (get().phase === 'ready') return Promise.resolve();
      loading ??= (async () => {
        const started = generation;
        const startedLoad = loads;
        // Not set synchronously: load() may be called while a screen renders.
        await Promise.resolve();
        if (get().phase !== 'ready') set({ phase: 'loading' });
        try {
          const [list, kept] = await Promise.all([collection.loadAll(), keeper?.kept() ?? []]);
          if (started !== generation || startedLoad !== loads) {
            // Read before an import or a clear: the load started over in its place answers for it.
            await loading;
            return;
          }
          const records = new Map(list.map((record) => [record.id, record]));
          // Changes made on screen before the load finished win over what was read.
          for (const id of get().unsaved.keys()) {
            const local = get().records.get(id);
            if (local) records.set(id, local);
            else records.delete(id);
          }
          set({ phase: 'ready', records });
          showKept(kept);
          for (const id of noticedDuringLoad) void refresh(id);
          noticedDuringLoad.clear();
        } catch {
          if (started !== generation || startedLoad !== loads) {
            await loading;
            return;
          }
          set({ phase: 'unreadable' });
          loading = null;
        }
      })();
      return loading;
    },

    /** One record, without loading the whole collection. */
    async loadOne(id: string): Promise<ReadResult<T>> {
      const known = get().records.get(id);
      if (known && (get().phase === 'ready' || get().unsaved.has(id))) return { status: 'found', record: known };
      const [result, kept] = await Promise.all([collection.get(id), keeper?.kept(id) ?? []]);
      if (result.status === 'found' && !get().unsaved.has(id)) setRecord(id, result.record);
      if (result.status === 'found' || result.status === 'missing') showKept(kept);
      const shown = get().records.get(id);
      return shown ? { status: 'found', record: shown } : result;
    },

    /**
     * Shows the record at once and writes it (once typing pauses, with `typing`,
     * gathering a burst of keys into one write). `base` names the version an
     * editor started from, when that is older than what this store now shows.
     */
    save(record: T, options: WriteWhen & { base?: BaseVersion<T> } = {}): Promise<SaveOutcome> {
      // Called from the person's own typing or tap: the moment to ask the browser to keep storage.
      askToKeepStorage();
      showChange(record.id, record, options.base);
      return whenWritten(record.id, delayOf(options));
    },

    /**
     * Applies an edit to the record shown, stamped as this app's format and the
     * newest version, and writes it. An edit that returns null, or a record that
     * isn't here, changes nothing: 'unchanged'.
     */
    update(id: string, edit: (current: T) => T | null, when: WriteWhen = {}): Promise<SaveOutcome> {
      const current = get().records.get(id);
      const edited = current ? edit(current) : null;
      if (!current || !edited) return Promise.resolve('unchanged');
      return api.save(collection.stamp(edited, current), when);
    },

    /** Hides the record at once and deletes it (once typing pauses, with `typing`), leaving a tombstone. */
    remove(id: string, when: WriteWhen = {}): Promise<SaveOutcome> {
      showChange(id, undefined);
      return whenWritten(id, delayOf(when));
    },

    /** Writes every waiting change now. */
    async flush(): Promise<void> {
      await debounce.flushAll();
      await Promise.all([...inFlight.values()]);
    },

    /** Tries again every change that couldn't be stored. */
    async retry(): Promise<void> {
      const failed = [...get().unsaved].filter(([, state]) => state !== 'conflict' && state !== 'waiting');
      await Promise.all(failed.map(([id]) => persist(id)));
    },

    /** Ends a conflict: my version written over theirs, or theirs kept and mine let go. */
    resolve(id: string, choice: 'mine' | 'theirs'): Promise<SaveOutcome> {
      const conflict = get().conflicts.get(id);
      if (!conflict) return Promise.resolve('saved');
      setConflict(id, undefined);
      if (choice === 'theirs') {
        accept(id, conflict.theirs);
        void keeper?.letGo(id);
        return Promise.resolve('saved');
      }
      const mine = get().records.get(id) ?? conflict.mine;
      const written = api.save(
        { ...mine, updatedAt: nextUpdatedAt(conflict.theirs.updatedAt) },
        { base: { version: conflict.theirs.updatedAt, record: conflict.theirs } },
      );
      // The kept version goes once mine is stored in its place (a new conflict keeps it again).
      void written.then((outcome) => {
        if (outcome === 'saved') void keeper?.letGo(id);
      });
      return written;
    },

    /**
     * Ends a conflict by keeping both: theirs stays at this id, mine is saved
     * as a new record (made by `copy`).
     */
    async keepBoth(id: string, copy: (mine: T) => T): Promise<SaveOutcome> {
      const conflict = get().conflicts.get(id);
      if (!conflict) return 'saved';
      const mine = get().records.get(id) ?? conflict.mine;
      setConflict(id, undefined);
      accept(id, conflict.theirs);
      const outcome = await api.save(copy(mine));
      if (outcome === 'saved') void keeper?.letGo(id);
      return outcome;
    },

    /** The page is closing: a synchronous copy of every waiting change, then the writes. */
    keepOnLeave(): void {
      for (const [id, state] of get().unsaved) {
        if (state === 'conflict' || state === 'invalid') continue;
        const local = get().records.get(id);
        const version = bases.get(id)?.version ?? null;
        const copy = local
          ? rescuePut(collection.name, id, local, version)
          : rescueDelete(collection.name, id, version);
        void debounce.runNow(id, () => persist(id)).then((outcome) => {
          if (outcome === 'saved') forgetRescued(collection.name, id, copy);
        });
      }
    },

    /** Drops every record read from storage; changes waiting to be stored stay, with their base. */
    forgetStored(): void {
      loads += 1;
      loading = null;
      noticedDuringLoad.clear();
      const { records, unsaved, conflicts } = get();
      for (const id of [...bases.keys()]) if (!unsaved.has(id)) bases.delete(id);
      set({
        phase: 'idle',
        records: new Map([...records].filter(([id]) => unsaved.has(id))),
        conflicts: new Map([...conflicts].filter(([id]) => unsaved.has(id))),
      });
    },

    /**
     * Lets go of everything, changes not stored yet too, and disregards writes
     * under way: everything is being deleted (see wipe-gate.ts).
     */
    dropAll(): void {
      generation += 1;
      loads += 1;
      loading = null;
      noticedDuringLoad.clear();
      bases.clear();
      inFlight.clear();
      // As for writes under way: nothing is left to store, so no caller waits on.
      debounce.cancelAll('saved');
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      retries = 0;
      set(initial());
    },

    resetForTests(): void {
      api.dropAll();
    },
  };

  collection.onChange((notice) => {
    const { phase, records, unsaved } = get();
    if (notice.op === 'clear' || notice.op === 'reload') {
      if (phase === 'idle') return;
      // A load still reading read what was there before: it starts over, so nothing stale shows.
      loads += 1;
      loading = null;
      set({ phase: 'idle', records: new Map([...records].filter(([id]) => unsaved.has(id))) });
      void api.load();
      return;
    }
    const isKnown = records.has(notice.id) || unsaved.has(notice.id);
    if (phase === 'loading') noticedDuringLoad.add(notice.id);
    if (phase === 'idle' && !isKnown) return;
    // Our own write coming back: nothing new.
    if (notice.op === 'put' && notice.updatedAt !== undefined && records.get(notice.id)?.updatedAt === notice.updatedAt) return;
    void refresh(notice.id);
  });

  flushOnLeave(() => api.keepOnLeave());
  onDropEverything(() => api.dropAll());

  return api;
}
