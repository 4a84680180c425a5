// What the page and the backup reader's worker say to each other.
import type { IncomingCollection } from './backup-read';

export type ToBackupWorker = { file: Blob } | { text: string };
export type FromBackupWorker =
  | { kind: 'progress'; checked: number; total: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'protected'; reason: string }
  | ({ kind: 'collection' } & IncomingCollection)
  | { kind: 'done'; exportedAt: string | null; unknown: string[] };
