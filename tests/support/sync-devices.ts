// Several "devices" in one test: each keeps its own IndexedDB (a fake factory of
// its own), its own localStorage and its own sync memory (the key known in this
// session), and the test moves between them as a person moves between a phone
// and a laptop. They meet only through a shared in-memory folder.
import { IDBFactory } from 'fake-indexeddb';
import { resetBackendsForTests } from '../../src/storage/backends/backends';
import { swapSyncMemoryForTests } from '../../src/storage/sync/sync';
import { freshPage } from './stored';

type Device = { idb: IDBFactory; local: Record<string, string>; memory: unknown };

export function syncDevices<Name extends string>(...names: Name[]) {
  const devices = new Map<Name, Device>(names.map((name) => [name, { idb: new IDBFactory(), local: {}, memory: undefined }]));
  let current: Name | null = null;

  const leave = () => {
    if (current === null) return;
    const device = devices.get(current)!;
    device.local = { ...localStorage };
    device.memory = swapSyncMemoryForTests(undefined);
  };

  /** Becomes this device: its storage, as a page opened fresh there would find it. */
  const become = (name: Name) => {
    leave();
    const device = devices.get(name)!;
    globalThis.indexedDB = device.idb;
    localStorage.clear();
    for (const [key, value] of Object.entries(device.local)) localStorage.setItem(key, value);
    resetBackendsForTests();
    freshPage();
    swapSyncMemoryForTests(device.memory);
    current = name;
  };

  return {
    /** Runs `work` as this device, then leaves it. */
    async on<T>(name: Name, work: () => Promise<T>): Promise<T> {
      become(name);
      try {
        return await work();
      } finally {
        leave();
        current = null;
      }
    },
    /** The page on this device reloads: what it held in memory (the key typed this session) is gone. */
    reload(name: Name) {
      devices.get(name)!.memory = undefined;
    },
  };
}
