// A conflict's own side ("mine": a change that met another made elsewhere and
// couldn't be combined with it) kept as a draft until the person chooses, so a
// reload, or a tab closed and opened again, offers the same choice: a version
// shown as kept is stored. One kept version per record per tab.
import { knownTabId, tabId } from '../lib/tab-id';
import type { Draft, KeptVersion } from '../storage/collections/drafts';
import { nextUpdatedAt } from '../storage/engine/record-fields';

/** What the keeper needs of the drafts' store (handed over by record-store.ts). */
export type DraftsAccess = {
  load(): Promise<void>;
  getState(): { records: ReadonlyMap<string, Draft> };
  save(draft: Draft, options?: { delayMs?: number }): Promise<unknown>;
  remove(id: string): Promise<unknown>;
};

export type VersionKeeper = ReturnType<typeof createVersionKeeper>;

export function createVersionKeeper(collection: string, drafts: () => Promise<DraftsAccess>) {
  const ownId = (recordId: string) => `kept:${collection}:${recordId}:${tabId()}`;
  const keptIn = (store: DraftsAccess, recordId?: string) =>
    [...store.getState().records.values()].filter(
      (draft): draft is KeptVersion =>
        draft.kind === 'kept-version' &&
        draft.collection === collection &&
        (recordId === undefined || draft.recordId === recordId),
    );

  return {
    /** Keeps my side of a conflict (at once as it starts; `delayMs` while typing goes on). */
    async keep(recordId: string, record: unknown, theirsAt: string, delayMs = 0): Promise<void> {
      const store = await drafts();
      const id = ownId(recordId);
      const before = store.getState().records.get(id);
      const at = nextUpdatedAt(before?.updatedAt);
      const version: KeptVersion = {
        schemaVersion: 2,
        id,
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
        base: theirsAt,
        kind: 'kept-version',
        collection,
        recordId,
        record,
      };
      await store.save(version, { delayMs });
    },

    /** The versions kept for this collection (or one record): this tab's first, then the newest. */
    async kept(recordId?: string): Promise<KeptVersion[]> {
      const store = await drafts();
      await store.load();
      // Reading makes no tab id: only a tab that keeps something needs one.
      const own = knownTabId();
      return keptIn(store, recordId).sort((a, b) => {
        const mineFirst = own === null ? 0 : Number(b.id.endsWith(`:${own}`)) - Number(a.id.endsWith(`:${own}`));
        return mineFirst || (a.updatedAt < b.updatedAt ? 1 : -1);
      });
    },

    /** The person chose: every version kept of this record goes. */
    async letGo(recordId: string): Promise<void> {
      const store = await drafts();
      await store.load();
      await Promise.all(keptIn(store, recordId).map((draft) => store.remove(draft.id)));
    },
  };
}
