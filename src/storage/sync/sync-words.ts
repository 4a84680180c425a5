// What sync says, in Mend's voice: what a sync brought, why a file was left
// alone (one sentence: which file, why, that nothing changed, what to do), and
// the words the "Your devices" screen shows when sync is turned on.
import { collectionNamed } from '../collections/all-collections';
import type { FileProblem } from './sync-file';

/** Shown as sync is turned on (see src/features/devices/). */
export const SYNC_PASSPHRASE_WORDS = {
  cantBeRecovered:
    "No one can recover this passphrase, not even Mend: if it's forgotten, the files in the folder can't be opened. What's on each device stays there.",
  sameOnEachDevice: 'On your other devices, choose the same folder and type the same passphrase.',
  whatIsInTheFolder:
    'The folder holds one sealed file for each device. Without the passphrase, no one can read a word of it, not even your devices’ names.',
  lockPassphrase: 'Sync will use the passphrase you unlock Mend with. Type it here once so your other devices can use it too.',
} as const;

/** "3 entries and 1 goal": what one device's file brought, by collection. */
export function broughtWords(brought: Map<string, number>, removed: number): string {
  const parts = [...brought].map(([name, count]) => {
    const label = collectionNamed(name)?.label ?? { one: 'record', many: 'records' };
    return `${count} ${count === 1 ? label.one : label.many}`;
  });
  if (removed > 0) parts.push(`${removed} ${removed === 1 ? 'deletion' : 'deletions'}`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export type SkipWhy = FileProblem | 'this-device' | 'unreadable';

/**
 * One sentence saying why a file was left alone. `whose` is the device's name when
 * known; `isByHand` when the person chose the file (no folder will bring a better copy).
 */
export function skipReason(why: SkipWhy, fileName: string, whose: string | null, isByHand = false): string {
  const file = whose ? `The file from ${whose}` : `The file ${fileName}`;
  const again = 'save it again on that device and bring the new copy in';
  if (isByHand && why === 'truncated') return `${file} seems cut short (perhaps it didn't finish copying), so nothing was changed; ${again}.`;
  if (isByHand && why === 'damaged') return `${file} is damaged and can't be opened, so nothing from it was brought in; ${again}.`;
  switch (why) {
    case 'wrong-passphrase':
      return `${file} was sealed with a different passphrase, so nothing from it was brought in; check that both devices use the same sync passphrase.`;
    case 'needs-passphrase':
      return `${file} comes from a device this one hasn't met yet, so nothing from it was brought in; type your sync passphrase once more to open it.`;
    case 'truncated':
      return `${file} hasn't finished arriving in the folder, so nothing was changed; it will be read at the next sync.`;
    case 'newer':
      return `${file} was written by a newer version of Mend, so nothing from it was brought in; reload Mend on this device to get the newest version.`;
    case 'damaged':
      return `${file} is damaged and can't be opened, so nothing from it was brought in; it will be read again once that device writes it anew.`;
    case 'not-sync':
      return `${file} isn't a Mend sync file, so it was left alone and nothing was changed.`;
    case 'this-device':
      return `${file} says it was written by this device, which it wasn't, so it was left alone and nothing was changed.`;
    case 'unreadable':
      return `${file} couldn't be read from the folder just now, so nothing was changed; it will be read at the next sync.`;
  }
}
