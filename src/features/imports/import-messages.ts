// What the page and the import reader's worker say to each other.
import type { MoodCarrier } from './mood-mapping';
import type { PreparedImport } from './import-records';

export type ToImportWorker = { files: File[]; importId: string };
export type FromImportWorker =
  | { kind: 'refused'; reason: string }
  | { kind: 'items'; items: MoodCarrier[] }
  | ({ kind: 'done' } & Omit<PreparedImport, 'items'>);
