// How a stored value becomes a record: brought up to the current format by its
// migrations, then checked by the collection's schema. Every way in (a load, a
// single read, a copy rescued as a page closed, an import) goes through here.
import type { RecordBase } from './record-types';

type Issue = { path: PropertyKey[]; message: string };
export type Validator<T> = {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

/** Brings a record of one format to the next: migrations[1] turns version 1 into 2. */
export type Migrations = Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;

export type ReadOutcome<T> = { ok: true; record: T } | { ok: false; reason: string };

export function createRecordReader<T extends RecordBase>(
  schema: Validator<T>,
  version: number,
  migrations: Migrations,
): (raw: unknown) => ReadOutcome<T> {
  return (raw) => {
    let value: unknown = raw;
    if (isObject(value) && typeof value.schemaVersion === 'number') {
      if (value.schemaVersion > version) {
        return { ok: false, reason: 'saved by a newer version of Mend' };
      }
      try {
        while (isObject(value) && typeof value.schemaVersion === 'number' && value.schemaVersion < version) {
          const step = migrations[value.schemaVersion];
          if (!step) return { ok: false, reason: `no way to read format ${value.schemaVersion}` };
          value = step(value);
        }
      } catch (error) {
        return { ok: false, reason: `could not be brought up to date: ${String(error)}` };
      }
    }
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, record: result.data };
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return { ok: false, reason: `${where}${issue?.message ?? 'not in the expected shape'}` };
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
