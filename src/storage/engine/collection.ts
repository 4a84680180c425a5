// A typed collection of records: one key per record, every read validated (and
// migrated), every write checked against the version it started from. Every
// stored collection is one of these, and registers itself where it is defined.
import type { z } from 'zod/mini';
import { mergeRecords, type FieldMerges } from '../../lib/merge';
import type { StoredKey, Write } from '../backends/backend';
import { backendFor } from '../backends/backends';
import { takeReadAhead } from '../backends/read-ahead';
import { announceChange, onChange, type ChangeNotice } from '../signals/cross-tab';
import { compareTimes, nextUpdatedAt, nowIso } from './record-fields';
import { createRecordReader, type Migrations, type ReadOutcome } from './record-reader';
import { schemaVersionOf } from './schema-version';
import { applyRescued } from './apply-rescued';
import {
  isSealed,
  isSealedNonRecord,
  LockedError,
  openAll,
  openStored,
  sealForStorage,
  sealValueForStorage,
  storedUpdatedAt,
} from './sealing';
import {
  addSetAside,
  clearWriteProblem,
  dropSetAside,
  reportReadable,
  reportSetAside,
  reportWriteProblem,
  type SetAsideRecord,
} from '../signals/storage-status';
import {
  isSetAsideValue,
  isTombstone,
  setAsideEntry,
  tombstone,
  tombstoneKey,
  isMarkerKey,
  type Tombstone,
} from './stored-markers';
import { timeSlices, yieldToMain } from '../../lib/yield-to-main';

/** Entries read together when a whole store is looked over a page at a time. */
const READ_PAGE = 1000;

export type { Base, Merge, ReadResult, RecordBase, WriteOutcome } from './record-types';
import type { Base, Merge, ReadResult, RecordBase, WriteOutcome } from './record-types';

export class StorageWriteError extends Error {
  constructor(
    readonly problem: 'quota' | 'failed' | 'invalid',
    cause: unknown,
  ) {
    super(
      problem === 'quota'
        ? 'This device is out of space.'
        : problem === 'invalid'
          ? `The record is not in a shape that can be stored: ${String(cause)}`
          : 'The record could not be saved.',
      { cause },
    );
    this.name = 'StorageWriteError';
  }
}

export class StorageReadError extends Error {
  constructor(collection: string, cause: unknown) {
    super(`The ${collection} records could not be read.`, { cause });
    this.name = 'StorageReadError';
  }
}

export type Collection<T extends RecordBase> = ReturnType<typeof defineCollection<T>>;

// Every collection, registered where it is defined: export, import, deleting
// everything, the lock and the "couldn't be read" list iterate over this, never
// over a list kept by hand (collections/all-collections.ts loads every one).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of every record type
const registered = new Map<string, Collection<any>>();

/** The collections registered so far. Use allCollections() for the complete list. */
export function registeredCollections() {
  return [...registered.values()];
}

/** A schema whose schemaVersion is any number, not one literal, does not type-check. */
type OneFormat<T extends RecordBase> = number extends T['schemaVersion']
  ? { 'schemaVersion must be z.literal(N)': never }
  : unknown;

/** The fields every record shares, stamped by the collection, never given by hand. */
type Stamped = 'schemaVersion' | 'createdAt' | 'updatedAt';

/** What a new record is made from: every field without a default, and any default overridden. */
export type NewRecordFields<T extends RecordBase, D> = Omit<T, Stamped | keyof D> & Partial<Omit<T, 'schemaVersion'>>;

export function defineCollection<T extends RecordBase, D extends Partial<Omit<T, Stamped | 'id'>> = Record<never, never>>(options: {
  /** Frozen: it names the database on people's devices. */
  name: string;
  /** The record's one definition; its `schemaVersion` literal is the format this app writes. */
  schema: z.ZodMiniType<T> & OneFormat<T>;
  /** One step per older format; a test reads a fixture of each. */
  migrations?: Migrations;
  /**
   * How two changes to one record combine (other tabs, rescued copies, imports):
   * how particular fields merge (every other field must agree, or the person
   * chooses; the record's time is the later change's), or a rule of its own.
   */
  merge?: FieldMerges<T> | Merge<T>;
  /** What one record is called, and many, in plain words ("entry", "entries"). */
  label: { one: string; many: string };
  /** What a new record holds unless told otherwise (see create). */
  defaults?: D;
}) {
  const { name, schema, migrations = {}, label } = options;
  const version = schemaVersionOf(schema, name);
  const rules = options.merge;
  const merge: Merge<T> | undefined =
    typeof rules === 'object' ? (base, mine, theirs) => mergeRecords(base, mine, theirs, rules) : rules;
  const read = createRecordReader(schema, version, migrations);

  const setAsideRecord = (key: StoredKey, reason: string, raw: unknown): SetAsideRecord => ({
    collection: name,
    key,
    reason,
    raw,
  });

  /** Runs one write transaction, saying plainly what went wrong if it fails. */
  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      throw new StorageWriteError(reportWriteProblem(error), error);
    }
    clearWriteProblem();
  };

  /**
   * The writes that move an unreadable stored value aside before its key is
   * reused: it is kept, and listed in Your data, never overwritten.
   */
  const moveAside = (id: string, current: unknown, reason: string, found: SetAsideRecord[]) => {
    const aside = setAsideEntry(id, reason, current);
    found.push(setAsideRecord(aside.key, `${reason} (it was at ${id})`, current));
    return [aside] as Write[];
  };

  /** A stored value as a write sees it, synchronously, inside its transaction. */
  const inspect = (current: unknown) => {
    if (current === undefined || isTombstone(current)) return { kind: 'empty' as const };
    // A sealed record's contents wait for the key; its version is in plain sight.
    if (isSealedNonRecord(current)) return { kind: 'unreadable' as const, reason: 'it could not be read when it was sealed' };
    if (isSealed(current)) return { kind: 'record' as const, updatedAt: current.updatedAt };
    const result = read(current);
    return result.ok
      ? { kind: 'record' as const, updatedAt: result.record.updatedAt }
      : { kind: 'unreadable' as const, reason: result.reason };
  };

  /** Opens a stored value (if sealed) and reads it. Throws LockedError while locked. */
  const openAndRead = async (raw: unknown): Promise<ReadOutcome<T>> => {
    let opened: unknown;
    try {
      opened = await openStored(name, raw);
    } catch (error) {
      if (error instanceof LockedError) throw error;
      return { ok: false, reason: `could not be opened: ${String(error)}` };
    }
    return read(opened);
  };

  const collection = {
    name,
    version,
    merge,
    label,
    read: read as (raw: unknown) => ReadOutcome<T>,

    /** A new record in this app's format, made now: the defaults, then the fields given. */
    create(fields: NewRecordFields<T, D>): T {
      const now = nowIso();
      return {
        schemaVersion: version,
        createdAt: now,
        updatedAt: now,
        ...structuredClone(options.defaults ?? {}),
        ...fields,
      } as unknown as T;
    },

    /** The record with this change, stamped as this app's format and as the newest version. */
    stamp(record: T, previous: T): T {
      return { ...record, schemaVersion: version, updatedAt: nextUpdatedAt(previous.updatedAt) };
    },

    /** Every readable record. Throws StorageReadError when the store can't be read (or is locked). */
    async loadAll(): Promise<T[]> {
      await applyRescued(collection);
      const backend = await backendFor(name);
      let values: unknown[];
      try {
        values = await openAll(name, await (takeReadAhead(name) ?? backend.values()));
      } catch (error) {
        reportReadable(name, false);
        throw new StorageReadError(name, error);
      }
      reportReadable(name, true);
      const records: T[] = [];
      let hasUnreadable = false;
      const slices = timeSlices();
      for (const [i, value] of values.entries()) {
        // Checking each record is most of a large read: done in slices, a tap
        // or key while the journal opens is answered at once.
        if (i % 64 === 63) await slices.check();
        if (isTombstone(value)) continue;
        const result = value instanceof Error || isSetAsideValue(value) ? null : read(value);
        if (result?.ok) records.push(result.record);
        else hasUnreadable = true;
      }
      reportSetAside(name, hasUnreadable ? await collection.unreadableEntries() : []);
      return records;
    },

    /** What is stored under one id: found, missing, unreadable, or the read itself failed. */
    async get(id: string): Promise<ReadResult<T>> {
      await applyRescued(collection, id);
      let raw: unknown;
      try {
        raw = await (await backendFor(name)).get(id);
      } catch (error) {
        return { status: 'failed', error };
      }
      if (raw === undefined || isTombstone(raw)) return { status: 'missing' };
      let result: ReadOutcome<T>;
      try {
        result = await openAndRead(raw);
      } catch (error) {
        return { status: 'failed', error };
      }
      if (result.ok) return { status: 'found', record: result.record };
      addSetAside(setAsideRecord(id, result.reason, raw));
      return { status: 'unreadable', reason: result.reason };
    },

    /**
     * Writes this one record if the stored copy is still the version it was made
     * from (`base`), or, with 'newest-wins', unless the stored copy is newer.
     * An unreadable stored value is moved aside first, never overwritten.
     */
    async write(record: T, base: Base | 'newest-wins'): Promise<WriteOutcome<T>> {
      const checked = schema.safeParse(record);
      if (!checked.success) {
        throw new StorageWriteError('invalid', checked.error.issues[0]?.message ?? 'invalid');
      }
      const next = checked.data;
      const value = await sealForStorage(name, next);
      const backend = await backendFor(name);
      let overtakenBy: unknown;
      let found: SetAsideRecord[] = [];
      await guard(() =>
        backend.transact(next.id, (current) => {
          overtakenBy = undefined;
          found = [];
          const put: Write[] = [{ key: next.id, value }, { key: tombstoneKey(next.id), isDelete: true }];
          const stored = inspect(current);
          if (stored.kind === 'empty') return put;
          if (stored.kind === 'unreadable') return [...moveAside(next.id, current, stored.reason, found), ...put];
          if (isOvertaken(stored.updatedAt, base, next.updatedAt)) {
            overtakenBy = current;
            return [];
          }
          return put;
        }),
      );
      for (const aside of found) addSetAside(aside);
      if (overtakenBy === undefined) {
        announceChange({ collection: name, id: next.id, op: 'put', updatedAt: next.updatedAt });
        return { status: 'saved' };
      }
      const stored = await openAndRead(overtakenBy);
      // Newer, but damaged (a sealed record that won't open): it is kept aside, and ours written.
      if (!stored.ok) {
        await collection.keepAside(next.id, stored.reason, overtakenBy);
        return collection.write(next, storedUpdatedAt(overtakenBy) ?? null);
      }
      return base === 'newest-wins'
        ? { status: 'kept-newer', stored: stored.record }
        : { status: 'changed-elsewhere', stored: stored.record };
    },

    /**
     * Deletes one record, leaving a tombstone, unless it changed since `base`
     * (an edit elsewhere wins over a delete: nothing written is lost that way).
     */
    async remove(id: string, base: Base | 'any', at = new Date().toISOString()): Promise<WriteOutcome<T>> {
      const backend = await backendFor(name);
      let overtakenBy: unknown;
      let found: SetAsideRecord[] = [];
      let hadRecord = false;
      await guard(() =>
        backend.transact(id, (current) => {
          overtakenBy = undefined;
          found = [];
          const stored = inspect(current);
          hadRecord = stored.kind !== 'empty';
          if (stored.kind === 'empty') return [];
          const gone: Write[] = [{ key: id, isDelete: true }, { key: tombstoneKey(id), value: tombstone(id, at) }];
          if (stored.kind === 'unreadable') return [...moveAside(id, current, stored.reason, found), ...gone];
          if (base !== 'any' && isOvertaken(stored.updatedAt, base, at)) {
            overtakenBy = current;
            return [];
          }
          return gone;
        }),
      );
      for (const aside of found) addSetAside(aside);
      if (overtakenBy !== undefined) {
        const stored = await openAndRead(overtakenBy);
        if (stored.ok) return { status: 'changed-elsewhere', stored: stored.record };
        await collection.keepAside(id, stored.reason, overtakenBy);
        return collection.remove(id, 'any', at);
      }
      if (hadRecord) announceChange({ collection: name, id, op: 'delete' });
      return { status: 'saved' };
    },

    /** Keeps a value that can't be used as a record, listed in Your data, under a key of its own. */
    async keepAside(from: string, reason: string, raw: unknown): Promise<void> {
      const backend = await backendFor(name);
      const aside = setAsideEntry(from, reason, raw);
      const value = await sealValueForStorage(name, { id: aside.key, updatedAt: '' }, aside.value);
      await guard(() => backend.putMany([{ key: aside.key, value }]));
      addSetAside(setAsideRecord(aside.key, `${reason} (it was at ${from})`, raw));
    },

    /** Removes whatever is at a key, readable or not: for set-aside values a person let go. */
    async removeKey(key: StoredKey): Promise<void> {
      const backend = await backendFor(name);
      await guard(() => backend.del(key));
      dropSetAside(name, key);
      announceChange({ collection: name, id: String(key), op: 'delete' });
    },

    async clear(): Promise<void> {
      const backend = await backendFor(name);
      await guard(() => backend.clear());
      reportSetAside(name, []);
      announceChange({ collection: name, id: '*', op: 'clear' });
    },

    /** How many records are stored (not counting tombstones or values set aside), without reading them. */
    async countRecords(): Promise<number> {
      await applyRescued(collection);
      const keys = await (await backendFor(name)).keys();
      return keys.filter((key) => !isMarkerKey(key)).length;
    },

    /**
     * Every stored value with its key, valid or not, opened if it was sealed
     * (one that can't be opened stays as stored): for a complete export. Copies
     * rescued as a page closed are applied first, so what is exported is the latest.
     * Throws LockedError while the lock is closed. `inPages`: read a page at a
     * time, the page answering between two (a sync reads every store while the
     * person may be typing), not as one snapshot: fine where each write is checked again.
     */
    async rawEntries({ inPages = false } = {}) {
      await applyRescued(collection);
      const backend = await backendFor(name);
      const entries = inPages ? await readInPages(backend) : await backend.entries();
      const opened = await openAll(name, entries.map((entry) => entry.value));
      return entries.map(({ key, value }, i) => ({ key, value: opened[i] instanceof Error ? value : opened[i] }));
    },

    async tombstones(): Promise<Tombstone[]> {
      return (await collection.rawEntries()).map((e) => e.value).filter(isTombstone);
    },

    /**
     * Everything stored that can't be read as a record, with why. Read a page at
     * a time and checked in slices: Your data checks every collection as it
     * opens, and twenty thousand entries decoded at once hold the page for long.
     * Throws LockedError while the lock is closed.
     */
    async unreadableEntries(): Promise<SetAsideRecord[]> {
      await applyRescued(collection);
      const backend = await backendFor(name);
      const found: SetAsideRecord[] = [];
      const slices = timeSlices();
      let after: StoredKey | undefined;
      for (;;) {
        const page = await backend.entriesAfter(after, READ_PAGE);
        const opened = await openAll(name, page.map((entry) => entry.value));
        for (const [i, { key, value }] of page.entries()) {
          if (i % 64 === 63) await slices.check();
          if (isTombstone(value)) continue;
          const open = opened[i];
          if (isSetAsideValue(open)) {
            found.push(setAsideRecord(key, `${open.reason} (it was at ${open.from})`, open.raw));
            continue;
          }
          const result = open instanceof Error ? { ok: false as const, reason: `could not be opened: ${open.message}` } : read(open);
          if (!result.ok) found.push(setAsideRecord(key, result.reason, value));
        }
        if (page.length < READ_PAGE) return found;
        after = page[page.length - 1]!.key;
      }
    },

    /** Calls back when this collection changes, in this tab or another. */
    onChange(listener: (notice: ChangeNotice) => void): () => void {
      return onChange((notice) => {
        if (notice.collection === name) listener(notice);
      });
    },
  };
  registered.set(collection.name, collection);
  return collection;
}

/** Every entry, a page at a time, the page answering between two pages. */
async function readInPages(backend: Awaited<ReturnType<typeof backendFor>>) {
  const entries: { key: StoredKey; value: unknown }[] = [];
  for (let after: StoredKey | undefined; ; ) {
    const page = await backend.entriesAfter(after, READ_PAGE);
    for (const entry of page) entries.push(entry);
    if (page.length < READ_PAGE) return entries;
    after = page[page.length - 1]!.key;
    await yieldToMain();
  }
}

/**
 * True when the stored copy must win over this change: with a base, when the
 * stored copy is not that version (nor one older than it); newest-wins, when
 * the stored copy is later.
 */
function isOvertaken(storedAt: string, base: Base | 'newest-wins', nextAt: string): boolean {
  if (base === 'newest-wins') return compareTimes(storedAt, nextAt) > 0;
  if (base === null) return true;
  return storedAt !== base && compareTimes(storedAt, base) > 0;
}
