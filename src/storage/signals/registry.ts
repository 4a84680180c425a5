// What is kept on this device outside the collections, registered where it is
// defined, so deleting everything finds every one of them (see device/wipe.ts).
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
