// Deleting everything: every other open tab first lets go of what it holds and
// stops writing, then every device store is cleared (copies rescued as a page
// closed first, so none is applied again; the lock, appearance, backup
// history), every registered collection is emptied (records, tombstones,
// values set aside), and any key of Mend's left in localStorage or this tab's
// sessionStorage goes. Then every other tab starts again as new (told even if
// this failed part way, so none carries on with what it let go); the caller
// reloads this one.
import { allCollections } from '../collections/all-collections';
import { announceChange, askOtherTabsToDrop } from '../signals/cross-tab';
import { registeredDeviceStores } from '../signals/registry';
import { dropEverythingHere, forgetMendKeys, reopenWrites } from '../signals/wipe-gate';

// Every store kept on this device registers itself as it loads: load them all.
import.meta.glob(['./*.ts', '!./wipe.ts'], { eager: true });

/** A tab answering after a pass began may have written just before it let go: go again, this often at most. */
const MOST_PASSES = 3;

export async function deleteEverything(): Promise<void> {
  // This tab too: nothing it holds may be written again, not even as it reloads.
  dropEverythingHere();
  const others = askOtherTabsToDrop();
  try {
    await others.quiet();
    for (let pass = 0; pass < MOST_PASSES; pass++) {
      const answersBefore = others.answers();
      await clearAll();
      // An answer now means a tab let go only as this pass ran: what it wrote just before may have landed after.
      await others.quiet();
      if (others.answers() === answersBefore) break;
    }
  } finally {
    // This tab holds nothing from before now, so what it writes next is new: after
    // a deletion (an import straight after), or after one that failed part way,
    // whose caller says so and whose screens read again what is still here.
    reopenWrites();
    others.stop();
    announceChange({ collection: '*', id: '*', op: 'wiped' });
  }
}

async function clearAll(): Promise<void> {
  for (const store of registeredDeviceStores()) await store.clear();
  for (const collection of allCollections()) await collection.clear();
  forgetMendKeys(() => localStorage);
  forgetMendKeys(() => sessionStorage);
}
