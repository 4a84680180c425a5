// Every collection, registered where it is defined (defineCollection does it).
// Export, import, deleting everything, the lock and the "couldn't be read" list
// iterate over this, never over a list kept by hand. all-collections.ts loads
// every collection file, so the registry is complete wherever it is needed.
import type { Collection, RecordBase } from './collection';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of every record type
type AnyCollection = Collection<any>;

const registered = new Map<string, AnyCollection>();

/** The latest definition of a name wins (hot reload re-runs a file); a test checks names are unique. */
export function registerCollection<T extends RecordBase>(collection: Collection<T>): void {
  registered.set(collection.name, collection);
}

/** The collections registered so far. Use allCollections() for the complete list. */
export function registeredCollections(): AnyCollection[] {
  return [...registered.values()];
}

/**
 * Something kept on this device outside the collections (in localStorage:
 * appearance, the date of the last backup, copies rescued as a page closed; the
 * lock's settings). Deleting everything clears each one; none is in a backup.
 */
export type DeviceStore = { name: string; clear: () => void | Promise<void> };

const deviceStores = new Map<string, DeviceStore>();

export function registerDeviceStore(store: DeviceStore): void {
  deviceStores.set(store.name, store);
}

export function registeredDeviceStores(): DeviceStore[] {
  return [...deviceStores.values()];
}
