// What bringing in another app's file says, in plain words: pure, so each
// sentence is tested. Worded as "Bring a backup in" words its own preview.
import type { ImportPlan, ImportResult } from '../../storage/backup/backup-merge';
import type { ImportApp } from '../../storage/collections/journal';
import { LIMITS } from '../../storage/engine/record-fields';
import type { PreparedImport } from './import-records';

/** 1234 as "1,234", without Intl (decision 010). */
export const counted = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const entries = (count: number) => `${counted(count)} ${count === 1 ? 'entry' : 'entries'}`;

const APP_NAMES = {
  daylio: 'Daylio',
  dayone: 'Day One',
  journey: 'Journey',
  text: 'text',
  'mend-markdown': 'Mend journal',
} as const satisfies Record<ImportApp, string>;

/** "this Daylio file", "these Day One files", "these text files". */
export function fileWords(app: ImportApp, fileCount: number): string {
  return fileCount === 1 ? `this ${APP_NAMES[app]} file` : `these ${APP_NAMES[app]} files`;
}

const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The main sentence of the preview. */
export function previewSummary(plan: ImportPlan, app: ImportApp, fileCount: number): string {
  const part = plan.collections[0];
  const adds = part?.adds.length ?? 0;
  const updates = part?.updates.length ?? 0;
  const here = part?.alreadyHere ?? 0;
  const from = capital(fileWords(app, fileCount));
  const hereWords = here > 0 ? `${counted(here)} ${here === 1 ? 'is' : 'are'} already here` : null;
  const changes = [adds > 0 ? `adds ${entries(adds)}` : null, updates > 0 ? `updates ${counted(updates)} changed since in ${APP_NAMES[app]}` : null];
  const parts = [...changes, hereWords].filter((words): words is string => words !== null);
  if (adds + updates === 0) {
    return here > 0
      ? `Everything in ${fileWords(app, fileCount)} is already here (${entries(here)}), so nothing would change.`
      : `${from} has no entries Mend can bring in, so nothing would change.`;
  }
  return `${from} ${parts.join(', ')}.`;
}

/** Removed on this device (an undone import, or deleted by hand): left out unless asked. */
export function removedHereWords(plan: ImportPlan): string | null {
  const count = plan.collections[0]?.deletedHere.length ?? 0;
  if (count === 0) return null;
  return `It also has ${entries(count)} you removed on this device. They stay removed unless you choose to bring them back.`;
}

export function photosWords(prepared: PreparedImport): string | null {
  const { photos } = prepared.leftOut;
  if (photos === 0) return null;
  return `${photos === 1 ? 'One photo' : `${counted(photos)} photos`} will be left out: Mend keeps words, not pictures. They stay safe in ${APP_NAMES[prepared.app]}.`;
}

export function splitWords(prepared: PreparedImport): string | null {
  const { entries: long, parts } = prepared.split;
  if (long === 0) return null;
  return `${long === 1 ? 'One entry is' : `${counted(long)} entries are`} longer than one Mend entry holds (${counted(LIMITS.entryText)} characters), so ${long === 1 ? 'it comes' : 'they come'} in as ${counted(parts)} parts, each marked “Part 1 of 3” and so on. Nothing is cut.`;
}

/** Rows or entries the reader couldn't use, each listed with its own reason below. */
export function skippedIntro(count: number): string {
  return `${count === 1 ? 'One entry' : `${counted(count)} entries`} in the file can't come in, and would be left out:`;
}

export function resultWords(result: ImportResult, app: ImportApp, fileCount: number): string {
  const brought = result.added + result.restored;
  const parts = [
    brought > 0 ? `${entries(brought)} from ${fileWords(app, fileCount)} ${brought === 1 ? 'is' : 'are'} in your journal` : null,
    result.updated > 0 ? `${counted(result.updated)} updated` : null,
  ].filter((words): words is string => words !== null);
  return parts.length === 0 ? 'Done. Everything was already here, so nothing changed.' : `Done: ${parts.join(', ')}.`;
}

export function undoneWords(removed: number, kept: number, app: ImportApp, fileCount: number): string {
  const keptWords = kept > 0 ? ` ${kept === 1 ? 'One you changed since is' : `${counted(kept)} you changed since are`} kept.` : '';
  return `Removed ${entries(removed)} that came from ${fileWords(app, fileCount)}.${keptWords}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "From Daylio (daylio_export.csv): 1,234 entries, brought in on 4 Dec at 22:41." */
export function toSettleWords(item: { app: ImportApp; files: string[]; at: string; added: number }): string {
  const at = new Date(item.at);
  const time = `${at.getDate()} ${MONTHS[at.getMonth()]} at ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const files = item.files.length === 1 ? item.files[0] : `${item.files.length} files`;
  return `From ${APP_NAMES[item.app]} (${files}): ${entries(item.added)}, brought in on ${time}.`;
}
