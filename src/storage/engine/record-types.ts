// The shapes every collection speaks in: a record's shared fields, what a read
// finds, the version a change was made from, and what a write did.
export type RecordBase = {
  schemaVersion: number;
  id: string;
  createdAt: string;
  updatedAt: string;
};

export type ReadResult<T> =
  | { status: 'found'; record: T }
  | { status: 'missing' }
  | { status: 'unreadable'; reason: string }
  | { status: 'failed'; error: unknown };

/**
 * Which stored version a change was made from: the updatedAt of that version,
 * or null for a record that should not exist yet. A write whose base is no
 * longer what is stored was overtaken by another change, and is not written.
 */
export type Base = string | null;

export type WriteOutcome<T> =
  | { status: 'saved' }
  /** Stored changed since the base: nothing was written; here is what is stored. */
  | { status: 'changed-elsewhere'; stored: T }
  /** Newest-wins (an import, an old rescued copy): the stored copy was newer. */
  | { status: 'kept-newer'; stored: T };

/** Combines two changes made from one base; null when words would be lost. */
export type Merge<T> = (base: T | null, mine: T, theirs: T) => T | null;
