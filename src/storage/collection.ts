// A typed collection of records: one key per record, every read validated, every
// write checked and refused if it would replace a newer version. Every stored
// collection is one of these; features call the small functions built on it.
import { announceChange, onChange, type ChangeNotice } from './cross-tab';
import { forgetRescued, rescuedRecords, rescueRecord } from './rescue';
import { backendFor, fallBackToMemory } from './backends';
import {
  clearWriteProblem,
  dropSetAside,
  reportSetAside,
  reportWriteProblem,
  type SetAsideRecord,
} from './storage-status';

export type RecordBase = {
  schemaVersion: number;
  id: string;
  createdAt: string;
  updatedAt: string;
};

type Issue = { path: PropertyKey[]; message: string };
export type Validator<T> = {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

export type SaveResult = 'saved' | 'kept-newer';

export class StorageWriteError extends Error {
  constructor(
    readonly problem: 'quota' | 'failed',
    cause: unknown,
  ) {
    super(problem === 'quota' ? 'This device is out of space.' : 'The record could not be saved.', {
      cause,
    });
    this.name = 'StorageWriteError';
  }
}

export type Collection<T extends RecordBase> = ReturnType<typeof defineCollection<T>>;

export function defineCollection<T extends RecordBase>(options: {
  /** Frozen: it names the database on people's devices. */
  name: string;
  schema: Validator<T>;
  /** Brings a record stored by an older version up to the current format. */
  migrate?: (raw: unknown) => unknown;
}) {
  const { name, schema, migrate = (raw) => raw } = options;

  const read = (raw: unknown): { ok: true; record: T } | { ok: false; reason: string } => {
    let migrated: unknown;
    try {
      migrated = migrate(raw);
    } catch (error) {
      return { ok: false, reason: `could not be brought up to date: ${String(error)}` };
    }
    const result = schema.safeParse(migrated);
    if (result.success) return { ok: true, record: result.data };
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return { ok: false, reason: `${where}${issue?.message ?? 'not in the expected shape'}` };
  };

  const write = async (id: string, op: ChangeNotice['op'], action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      const problem = reportWriteProblem(error);
      throw new StorageWriteError(problem ?? 'failed', error);
    }
    clearWriteProblem();
    announceChange({ collection: name, id, op });
  };

  const saveIfNewer = async (record: T): Promise<SaveResult> => {
    const backend = await backendFor(name);
    let result: SaveResult = 'saved';
    await write(record.id, 'put', () =>
      backend.update(record.id, (current) => {
        const stored = current as Partial<RecordBase> | undefined;
        if (stored?.updatedAt && stored.updatedAt > record.updatedAt) {
          result = 'kept-newer';
          return undefined;
        }
        return record;
      }),
    );
    return result;
  };

  // Records saved in a hurry as the last page closed: move them into IndexedDB first.
  const applyRescued = async (onlyId?: string) => {
    for (const { id, value } of rescuedRecords(name)) {
      if (onlyId !== undefined && id !== onlyId) continue;
      const result = schema.safeParse(value);
      try {
        if (result.success) await saveIfNewer(result.data);
        forgetRescued(name, id);
      } catch {
        // Still can't write: keep the rescued copy for the next try.
      }
    }
  };

  return {
    name,

    /** Every valid record. Invalid ones are kept where they are and reported, never dropped. */
    async loadAll(): Promise<T[]> {
      let raws: unknown[];
      await applyRescued();
      const backend = await backendFor(name);
      try {
        raws = await backend.values();
      } catch {
        fallBackToMemory(name);
        return [];
      }
      const records: T[] = [];
      const badIndexes: { index: number; reason: string }[] = [];
      raws.forEach((raw, index) => {
        const result = read(raw);
        if (result.ok) records.push(result.record);
        else badIndexes.push({ index, reason: result.reason });
      });
      if (badIndexes.length > 0) {
        // Keys come in the same order as values, so the index finds each bad record's key.
        const keys = await backend.keys().catch(() => [] as string[]);
        const setAside: SetAsideRecord[] = badIndexes.map(({ index, reason }) => ({
          collection: name,
          key: keys[index] ?? `#${index}`,
          reason,
          raw: raws[index],
        }));
        reportSetAside(name, setAside);
      } else {
        reportSetAside(name, []);
      }
      return records;
    },

    async get(id: string): Promise<T | undefined> {
      await applyRescued(id);
      const backend = await backendFor(name);
      const raw = await backend.get(id).catch(() => undefined);
      if (raw === undefined) return undefined;
      const result = read(raw);
      return result.ok ? result.record : undefined;
    },

    /** Writes this one record, unless the stored copy is newer (another tab won). */
    async save(record: T): Promise<SaveResult> {
      const checked = schema.safeParse(record);
      if (!checked.success)
        throw new Error(
          `Refusing to store an invalid ${name} record: ${checked.error.issues[0]?.message}`,
        );
      return saveIfNewer(checked.data);
    },

    /**
     * For the moment the page is closing: keeps a synchronous copy, then starts
     * the normal write. Whichever survives, the next read ends up with the record.
     */
    saveOnLeave(record: T): void {
      rescueRecord(name, record.id, record);
      void saveIfNewer(record)
        .then(() => forgetRescued(name, record.id))
        .catch(() => undefined);
    },

    async remove(id: string): Promise<void> {
      const backend = await backendFor(name);
      await write(id, 'delete', () => backend.del(id));
    },

    /** Removes a record by key whatever it holds: for set-aside records that can't be read. */
    async removeKey(key: string): Promise<void> {
      const backend = await backendFor(name);
      await write(key, 'delete', () => backend.del(key));
      dropSetAside(name, key);
    },

    async clear(): Promise<void> {
      const backend = await backendFor(name);
      await write('*', 'clear', () => backend.clear());
    },

    /** Every raw stored value, valid or not: for a complete export. */
    async rawValues(): Promise<unknown[]> {
      const backend = await backendFor(name);
      return backend.values();
    },

    /** Calls back when this collection changes, in this tab or another. */
    onChange(listener: (notice: ChangeNotice) => void): () => void {
      return onChange((notice) => {
        if (notice.collection === name) listener(notice);
      });
    },
  };
}

export function nowIso(): string {
  return new Date().toISOString();
}
