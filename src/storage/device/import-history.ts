// Imports from another app the person hasn't settled yet: each can be removed
// as a whole ("Remove what came from this Daylio file") until they say they're
// keeping it. A short list in localStorage on this device (the entries
// themselves carry which import they came with). The key is frozen; deleting
// everything clears it.
import { z } from 'zod/mini';
import { IMPORT_APPS } from '../collections/journal';
import { isoDateTime, recordId } from '../engine/record-fields';
import { registerDeviceStore } from '../signals/registry';
import { areWritesStopped } from '../signals/wipe-gate';

const KEY = 'mend-imports-to-settle';

const ImportToSettleSchema = z.object({
  importId: recordId,
  app: z.enum(IMPORT_APPS),
  /** The files chosen, as named on the device. */
  files: z.array(z.string()),
  /** When it was brought in. */
  at: isoDateTime,
  /** The latest time on an entry it wrote: anything later was changed by the person since. */
  latest: isoDateTime,
  /** Entries it added. */
  added: z.number(),
});
export type ImportToSettle = z.infer<typeof ImportToSettleSchema>;

const ListSchema = z.array(ImportToSettleSchema);

/** Newest first; an unreadable list reads as none (it only ever offers an undo). */
export function importsToSettle(): ImportToSettle[] {
  try {
    const parsed = ListSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function write(list: ImportToSettle[]): void {
  if (areWritesStopped()) return;
  try {
    if (list.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Without localStorage the undo can't be offered after a reload; the entries are safe.
  }
}

export function noteImportToSettle(item: ImportToSettle): void {
  write([item, ...importsToSettle().filter((one) => one.importId !== item.importId)]);
}

/** Kept, or removed: either way its undo offer goes. */
export function settleImport(importId: string): void {
  write(importsToSettle().filter((one) => one.importId !== importId));
}

registerDeviceStore({
  name: 'imports to settle',
  clear: () => {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing stored where there is no localStorage.
    }
  },
});
