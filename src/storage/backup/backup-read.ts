// Reading a backup file someone chose: refused with one plain sentence unless it
// is a Mend backup this version can read, and every record in it checked by the
// same reader (migrations, then the schema) as records read from storage.
// Nothing here writes anything.
import { collectionNamed } from '../collections/all-collections';
import { BACKUP_APP, BACKUP_FORMAT } from './backup';
import type { RecordBase } from '../engine/collection';
import { isObject } from '../engine/record-reader';
import { isSealed } from '../engine/sealing';
import { isPossibleTombstone, isSetAsideValue, isTombstone, type Tombstone } from '../engine/stored-markers';

/**
 * The longest text a browser holds in one string (Chromium and Firefox, 64-bit):
 * the export builds its file as one, so no export is longer.
 */
export const LONGEST_STRING = 2 ** 29 - 24;
/**
 * Whatever Mend exports, Mend imports: each character of the export's text is at
 * most 3 bytes of the file, so no export is larger than this. The real guards are
 * the count below, checked before any record is, and the reading off the page's thread.
 */
export const MAX_BACKUP_BYTES = 3 * LONGEST_STRING;
/**
 * Far above what a person keeps (an entry an hour for fifty years), far below what
 * hurts a phone: a file with more is refused before one record is checked.
 */
export const MAX_BACKUP_ITEMS = 500_000;
/** A backup nests records a few levels deep; anything much deeper is not one. */
const MAX_DEPTH = 40;
/** Keys JSON can carry that would reach into JavaScript's object machinery. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type IncomingCollection = {
  name: string;
  records: RecordBase[];
  tombstones: Tombstone[];
  /** Records that could not be read: named, and left out. */
  skipped: { id: string; reason: string }[];
};

export type BackupContents = {
  exportedAt: string | null;
  collections: IncomingCollection[];
  /** Parts of the file this version doesn't know: named, and left out. */
  unknown: string[];
};

export type BackupReading =
  | { ok: true; contents: BackupContents }
  | { ok: false; reason: string }
  /** Protected with a passphrase: open it with the passphrase, then read the text inside. */
  | { ok: false; reason: string; isProtected: true; document: unknown };

const refuse = (reason: string): BackupReading => ({ ok: false, reason });
const NOTHING_CHANGED = 'so nothing was changed.';

/** How far the check of each record has come: called every few thousand records. */
export type OnProgress = (checked: number, total: number) => void;
const PROGRESS_EVERY = 2000;

export function readBackupText(text: string, byteSize = text.length, onProgress?: OnProgress): BackupReading {
  if (byteSize > MAX_BACKUP_BYTES) {
    return refuse(`That file is too large to be a Mend backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB), ${NOTHING_CHANGED}`);
  }
  // Some editors put a byte-order mark at the start when a file is saved again.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return refuse(`That file is empty, ${NOTHING_CHANGED}`);
  const shape = shapeOf(json);
  if (shape.deepest > MAX_DEPTH) return refuse(`That file isn't a Mend backup, ${NOTHING_CHANGED}`);
  if (shape.items > MAX_BACKUP_ITEMS) return refuse(tooManyItems());
  let document: unknown;
  let hasHostileKey = false;
  try {
    document = JSON.parse(json, (key, value: unknown) => {
      if (!HOSTILE_KEYS.has(key)) return value;
      // Never honoured: dropped here, and the file refused below.
      hasHostileKey = true;
      return undefined;
    });
  } catch {
    // It starts like one of ours: most likely a download that didn't finish.
    const looksLikeOurs = /^\s*\{[^]{0,300}"app"\s*:\s*"mend"/.test(json);
    return refuse(
      looksLikeOurs
        ? `That backup seems to be cut off or damaged (perhaps the download didn't finish), ${NOTHING_CHANGED}`
        : `That file isn't a Mend backup, ${NOTHING_CHANGED}`,
    );
  }
  if (hasHostileKey) return refuse(`That file has something in it a Mend backup never has, ${NOTHING_CHANGED}`);
  return readBackupDocument(document, onProgress);
}

export function readBackupDocument(document: unknown, onProgress?: OnProgress): BackupReading {
  if (!isObject(document) || document.app !== BACKUP_APP) return refuse(`That file isn't a Mend backup, ${NOTHING_CHANGED}`);
  if (typeof document.format !== 'number' || !Number.isInteger(document.format) || document.format < 1) {
    return refuse(`That backup's format can't be read, ${NOTHING_CHANGED}`);
  }
  if (document.format > BACKUP_FORMAT) {
    return refuse('That backup was made by a newer version of Mend, so nothing was changed; reload Mend to get the newest version and try again.');
  }
  if (isObject(document.protected)) {
    return { ok: false, isProtected: true, document, reason: 'That backup is protected with a passphrase.' };
  }
  if (!isObject(document.collections)) return refuse(`That backup has no records in it, ${NOTHING_CHANGED}`);
  const exportedAt = typeof document.exportedAt === 'string' ? document.exportedAt : null;
  const counted = Object.values(document.collections).reduce<number>((sum, values) => sum + (Array.isArray(values) ? values.length : 0), 0);
  if (counted > MAX_BACKUP_ITEMS) return refuse(tooManyItems());
  const collections: IncomingCollection[] = [];
  const unknown: string[] = [];
  const progress = { checked: 0, total: counted, onProgress };
  for (const [name, values] of Object.entries(document.collections)) {
    const collection = collectionNamed(name);
    if (!collection) {
      unknown.push(name);
      continue;
    }
    if (!Array.isArray(values)) return refuse(`Part of that backup ("${name}") isn't in the shape Mend writes, ${NOTHING_CHANGED}`);
    collections.push(readCollection(name, values, collection.read, progress));
  }
  const usable = collections.some((c) => c.records.length > 0 || c.tombstones.length > 0);
  const skipped = collections.flatMap((c) => c.skipped.map((s) => `${c.name} ${s.id}: ${s.reason}`));
  if (!usable && skipped.length > 0) {
    return refuse(`Nothing in that backup could be read (${skipped.slice(0, 2).join('; ')}${skipped.length > 2 ? '; …' : ''}), ${NOTHING_CHANGED}`);
  }
  if (!usable && unknown.length > 0) {
    return refuse(`That backup holds nothing this version of Mend can use, ${NOTHING_CHANGED}`);
  }
  return { ok: true, contents: { exportedAt, collections, unknown } };
}

function readCollection(
  name: string,
  values: unknown[],
  read: (raw: unknown) => { ok: true; record: RecordBase } | { ok: false; reason: string },
  progress: { checked: number; total: number; onProgress?: OnProgress | undefined },
): IncomingCollection {
  const byId = new Map<string, RecordBase>();
  const tombstones = new Map<string, Tombstone>();
  const skipped: IncomingCollection['skipped'] = [];
  values.forEach((value, index) => {
    progress.checked += 1;
    if (progress.checked % PROGRESS_EVERY === 0) progress.onProgress?.(progress.checked, progress.total);
    const id = isObject(value) && typeof value.id === 'string' ? value.id.slice(0, 80) : `item ${index + 1}`;
    if (isTombstone(value)) {
      if (!isPossibleTombstone(value)) {
        skipped.push({ id, reason: 'it marks a deletion with an id or a time Mend never writes' });
        return;
      }
      const kept = tombstones.get(value.id);
      if (!kept || kept.deletedAt < value.deletedAt) tombstones.set(value.id, { tombstone: true, id: value.id, deletedAt: value.deletedAt });
      return;
    }
    if (isSetAsideValue(value)) {
      skipped.push({ id, reason: 'it was already set aside as unreadable on the device that made the backup' });
      return;
    }
    if (isSealed(value)) {
      skipped.push({ id, reason: 'it is locked with a passphrase' });
      return;
    }
    const result = read(value);
    if (!result.ok) {
      skipped.push({ id, reason: result.reason });
      return;
    }
    // The same record twice in one file: the later change is the one to keep.
    const earlier = byId.get(result.record.id);
    if (!earlier || Date.parse(earlier.updatedAt) < Date.parse(result.record.updatedAt)) byId.set(result.record.id, result.record);
  });
  return { name, records: [...byId.values()], tombstones: [...tombstones.values()], skipped };
}

const tooManyItems = () =>
  `That file has more items than a Mend backup holds (over ${MAX_BACKUP_ITEMS.toLocaleString('en')}), ${NOTHING_CHANGED}`;

/** Where a backup's records sit: in the lists two levels inside the document. */
const ITEM_DEPTH = 3;

/**
 * How deeply brackets nest, outside strings, and how many values sit at the
 * records' depth: cheap guards, checked before parsing, against files built to
 * exhaust a parser or the checks after it.
 */
function shapeOf(text: string): { deepest: number; items: number } {
  let depth = 0;
  let deepest = 0;
  let items = 0;
  let isInString = false;
  let isEmptyList = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (isInString) {
      if (char === 92 /* \\ */) i += 1;
      else if (char === 34 /* " */) isInString = false;
      continue;
    }
    if (char === 32 || char === 10 || char === 13 || char === 9) continue;
    // The first value in a list at the records' depth: one item, whatever it is.
    if (isEmptyList && char !== 93 /* ] */) items += 1;
    isEmptyList = false;
    if (char === 34) {
      isInString = true;
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_DEPTH) break;
      if (char === 91 && depth === ITEM_DEPTH) isEmptyList = true;
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      depth -= 1;
    } else if (char === 44 /* , */ && depth === ITEM_DEPTH) {
      items += 1;
      if (items > MAX_BACKUP_ITEMS) break;
    }
  }
  return { deepest, items };
}
