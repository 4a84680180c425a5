// Everything stored, as one JSON document a person can keep. Every record is
// included as stored, even ones set aside as unreadable, so nothing is lost.
import { completionsCollection } from './completions';
import { draftsCollection } from './drafts';
import { goalsCollection } from './goals';
import { journalCollection } from './journal';
import { progressCollection } from './progress';

export const BACKUP_APP = 'mend';
export const BACKUP_FORMAT = 1;

export const ALL_COLLECTIONS = [
  journalCollection,
  progressCollection,
  completionsCollection,
  goalsCollection,
  draftsCollection,
] as const;

export async function exportEverything(now = new Date()): Promise<string> {
  const collections: Record<string, unknown[]> = {};
  for (const collection of ALL_COLLECTIONS) {
    collections[collection.name] = await collection.rawValues().catch(() => []);
  }
  return JSON.stringify(
    { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now.toISOString(), collections },
    null,
    2,
  );
}
