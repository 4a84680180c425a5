// Another app's entries through the backup's own preview and merge
// (storage/backup/backup-merge.ts): planned against what is stored, applied only
// when the person says so, and undone as a whole until they settle it. Ids come
// from where each entry came from, so the same file twice finds its copies here.
import { applyImport, planImport, type ImportPlan, type ImportResult } from '../../storage/backup/backup-merge';
import { journalCollection, type JournalEntry } from '../../storage/collections/journal';
import { nextUpdatedAt, nowIso } from '../../storage/engine/record-fields';
import { tombstone } from '../../storage/engine/stored-markers';
import { importsToSettle, noteImportToSettle, settleImport, type ImportToSettle } from '../../storage/device/import-history';
import type { PreparedImport } from './import-records';
import { withMoods, type MoodMapping } from './mood-mapping';

export async function planPrepared(prepared: PreparedImport, signal?: AbortSignal): Promise<ImportPlan> {
  const here = prepared.app === 'mend-markdown' ? await writtenHere() : null;
  const records = prepared.items.map((item) => item.record).filter((record) => !here?.has(sameEntryKey(record)));
  const plan = await planImport({ exportedAt: null, unknown: [], collections: [{ name: 'journal', records, tombstones: [], skipped: [] }] }, signal);
  const [part] = plan.collections;
  if (part) part.alreadyHere += prepared.items.length - records.length;
  return plan;
}

/**
 * Mend's own Markdown export carries no ids, only each entry's minute and words:
 * an entry here with the same two is the same entry, come back to the journal it left.
 */
const sameEntryKey = (entry: JournalEntry) => `${Math.floor(Date.parse(entry.createdAt) / 60_000)}\u0000${entry.text.trimEnd()}`;

async function writtenHere(): Promise<Set<string>> {
  return new Set((await journalCollection.loadAll()).map(sameEntryKey));
}

const later = (a: string, b: string) => (Date.parse(a) > Date.parse(b) ? a : b);

/**
 * Writes the plan with the moods the person chose. An entry here already from
 * an earlier import and changed since in the app keeps that import's id: it
 * belongs to the import that first brought it.
 */
export async function applyPrepared(
  plan: ImportPlan,
  prepared: PreparedImport,
  choice: { mapping: MoodMapping; bringBackDeleted: boolean; files: string[] },
): Promise<ImportResult> {
  const byId = new Map(withMoods(prepared.items, choice.mapping).map((record) => [record.id, record]));
  const chosen = (record: { id: string }) => byId.get(record.id) ?? (record as JournalEntry);
  const parts = await Promise.all(
    plan.collections.map(async (part) => ({
      ...part,
      adds: part.adds.map(chosen),
      updates: await Promise.all(part.updates.map((record) => firstImportOf(chosen(record)))),
      deletedHere: part.deletedHere.map(chosen),
    })),
  );
  const at = nowIso();
  const result = await applyImport({ ...plan, collections: parts }, { bringBackDeleted: choice.bringBackDeleted });
  const added = result.added + result.restored;
  if (added > 0) {
    const written = parts.flatMap((part) => [...part.adds, ...(choice.bringBackDeleted ? part.deletedHere : [])]);
    noteImportToSettle({
      importId: prepared.importId,
      app: prepared.app,
      files: choice.files,
      at,
      latest: written.reduce((latest, record) => later(record.updatedAt, latest), at),
      added,
    });
  }
  return result;
}

async function firstImportOf(record: JournalEntry): Promise<JournalEntry> {
  const stored = await journalCollection.get(record.id);
  const first = stored.status === 'found' ? stored.record.source : null;
  return first && record.source ? { ...record, source: { ...record.source, importId: first.importId } } : record;
}

/**
 * Removes every entry that came with this import and hasn't changed since
 * (one the person changed is kept), through the same one-transaction writer,
 * leaving the tombstones any deletion leaves. Its undo offer then goes.
 */
export async function undoImport(item: ImportToSettle): Promise<{ removed: number; kept: number }> {
  const came = (await journalCollection.loadAll()).filter((entry) => entry.source?.importId === item.importId);
  const unchanged = came.filter((entry) => Date.parse(entry.updatedAt) <= Date.parse(item.latest));
  // After every one of them, so each is removed; a change made meanwhile is later still, and stays.
  const deletedAt = nextUpdatedAt(unchanged.reduce((latest, entry) => later(entry.updatedAt, latest), nowIso()));
  const result = await applyImport(
    {
      exportedAt: null,
      unknown: [],
      collections: [
        {
          name: journalCollection.name,
          label: journalCollection.label,
          adds: [],
          updates: [],
          alreadyHere: 0,
          deletedHere: [],
          removes: unchanged.map((entry) => ({ id: entry.id, deletedAt })),
          tombstones: unchanged.map((entry) => tombstone(entry.id, deletedAt)),
          skipped: [],
        },
      ],
    },
    { bringBackDeleted: false },
  );
  settleImport(item.importId);
  return { removed: result.removed, kept: came.length - result.removed };
}

export { importsToSettle, settleImport };
