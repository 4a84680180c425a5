// The shape every storage backend has: IndexedDB in the browser, memory when
// IndexedDB is missing or broken. Collections only ever see this interface.
export type Updater = (current: unknown) => unknown;

export interface KeyValueBackend {
  /** Every stored value, in key order. */
  values(): Promise<unknown[]>;
  /** Every key, in the same order as values(). */
  keys(): Promise<string[]>;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Reads and writes one key in a single transaction; returning undefined writes nothing. */
  update(key: string, updater: Updater): Promise<void>;
  del(key: string): Promise<void>;
  clear(): Promise<void>;
}
