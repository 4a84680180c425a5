// Unfinished writing in the editor: saved a moment after typing stops, and at
// once (with a synchronous rescue copy) when the page is hidden or closed, so a
// reload or a closed tab loses at most the last second. One draft per place of
// writing: "journal:new" or "journal:<entry id>".
import { createKeyedDebounce } from '../../lib/keyed-debounce';
import { flushOnLeave } from '../../lib/on-leave';
import { nowIso } from '../../storage/collection';
import { drafts, draftsCollection, type Draft } from '../../storage/drafts';
import type { EntryInput } from './journal-store';

/** A draft reaches storage this long after the last change (the brief allows 500 ms). */
export const DRAFT_SAVE_DELAY_MS = 400;

const writes = createKeyedDebounce(DRAFT_SAVE_DELAY_MS);
/** Drafts changed on screen and not yet written. */
const waiting = new Map<string, Draft>();

export function draftKeyFor(entryId: string | null): string {
  return entryId === null ? 'journal:new' : `journal:${entryId}`;
}

function write(key: string) {
  return async () => {
    const draft = waiting.get(key);
    if (!draft) return;
    try {
      await drafts.save(draft);
      if (waiting.get(key) === draft) waiting.delete(key);
    } catch {
      // The words are still on screen, and the shell says saving isn't working.
    }
  };
}

/** Keeps what is on screen as the draft for this place (after a short pause). */
export function keepDraft(key: string, entryId: string | null, values: EntryInput): void {
  const now = nowIso();
  const createdAt = waiting.get(key)?.createdAt ?? now;
  waiting.set(key, { schemaVersion: 1, id: key, createdAt, updatedAt: now, entryId, ...values });
  writes.schedule(key, write(key));
}

export function flushDraft(key: string): Promise<void> {
  return writes.flush(key);
}

/** The saved draft for this place, including one still waiting to be written. */
export async function readDraft(key: string): Promise<Draft | undefined> {
  return waiting.get(key) ?? (await drafts.get(key).catch(() => undefined));
}

/** The entry was saved, or the person chose to start fresh: the draft goes. */
export async function discardDraft(key: string): Promise<void> {
  writes.cancel(key);
  waiting.delete(key);
  await drafts.remove(key).catch(() => undefined);
}

/** Forget drafts waiting in memory, as a fresh page would. For tests. */
export function resetDraftsForTests(): void {
  for (const key of waiting.keys()) writes.cancel(key);
  waiting.clear();
}

flushOnLeave(() => {
  for (const [key, draft] of waiting) {
    writes.cancel(key);
    draftsCollection.saveOnLeave(draft);
  }
  waiting.clear();
});
