// The shape every storage backend has: IndexedDB in the browser, memory when
// IndexedDB is missing or broken (and in tests not about IndexedDB itself).
// Collections only ever see this interface.

/** A key as IndexedDB keeps it: ours are strings, but a damaged store may hold others. */
export type StoredKey = IDBValidKey;

export type StoredEntry = { key: StoredKey; value: unknown };

/** What one transaction writes: a value at a key, or a key removed. */
export type Write = { key: StoredKey; value: unknown } | { key: StoredKey; isDelete: true };

/**
 * Sees the current value at a key and says what to write, all inside one
 * transaction, so nothing can slip in between the read and the write.
 * An empty list writes nothing.
 */
export type Decide = (current: unknown) => Write[];

export interface KeyValueBackend {
  /** Every stored value, in key order (one read: the fast path for loading). */
  values(): Promise<unknown[]>;
  /** Every key with its value, read together in one transaction. */
  entries(): Promise<StoredEntry[]>;
  /**
   * Up to `count` entries in key order, after the key `after` (from the first
   * when undefined): a large store read a page at a time, so no one read holds
   * the page for long while the browser decodes it.
   */
  entriesAfter(after: StoredKey | undefined, count: number): Promise<StoredEntry[]>;
  get(key: StoredKey): Promise<unknown>;
  /** The values at these keys, in the order given (undefined where none), read together in one transaction. */
  getMany(keys: StoredKey[]): Promise<unknown[]>;
  transact(key: StoredKey, decide: Decide): Promise<void>;
  /** Like transact, for several keys read together: all written, or none. */
  transactKeys(keys: StoredKey[], decide: (currents: unknown[]) => Write[]): Promise<void>;
  /** Reads every entry and decides what to write, in one transaction: an import's all or nothing. */
  transactAll(decide: (entries: StoredEntry[]) => Write[]): Promise<void>;
  /** Every key, without reading the values. */
  keys(): Promise<StoredKey[]>;
  /** Writes many values in one transaction: all of them, or none. */
  putMany(entries: StoredEntry[]): Promise<void>;
  del(key: StoredKey): Promise<void>;
  clear(): Promise<void>;
}
