// Deleting everything: every registered collection emptied (records, tombstones,
// values set aside), every device store cleared (copies rescued as a page
// closed, the lock, appearance, backup history), and every other open tab told
// to start again. The app is as new; the caller reloads it.
import { allCollections } from './all-collections';
import { announceChange } from './cross-tab';
import { registeredDeviceStores } from './registry';

export async function deleteEverything(): Promise<void> {
  for (const collection of allCollections()) await collection.clear();
  for (const store of registeredDeviceStores()) await store.clear();
  announceChange({ collection: '*', id: '*', op: 'wiped' });
}
