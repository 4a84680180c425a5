// Day One's JSON export: a ZIP with `Journal.json` (one file per journal) holding
// `entries[]` with `uuid`, `creationDate`, `modifiedDate`, `text` (Markdown),
// `tags`, `starred` and `photos`. Photos stay behind (counted for the preview);
// their `![](dayone-moment://...)` places in the text are taken out.
import { isoFromIso } from './dates';
import { isObject, tagsOf, type JsonFile } from './json-files';
import type { ImportReading, ParsedEntry, ParsedImport } from './parsed';
import { refuse } from './refusal';
import { hashId, withUniqueIds } from './source-id';

const MOMENT = /( ?)!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)( ?)/g;

/** A Markdown backslash escape: a backslash before ASCII punctuation. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * The text without Day One's photo, audio and video places, and without the blank
 * lines they leave. Day One escapes punctuation ("okay\.", "1\. apples"); Mend shows
 * a journal's words as written, so the escapes go (an escaped backslash stays one backslash).
 */
export function withoutMoments(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(MOMENT, (_all, before: string, after: string) => (before && after ? ' ' : ''))
    .replace(ESCAPE, '$1')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a parsed JSON document is shaped like a Day One journal. */
export function isDayOneJournal(document: unknown): boolean {
  return isObject(document) && Array.isArray(document.entries) && document.entries.some((entry) => isObject(entry) && 'creationDate' in entry);
}

export function readDayOne(files: JsonFile[]): ImportReading {
  const entries: ParsedEntry[] = [];
  const skipped: ParsedImport['skipped'] = [];
  let photos = 0;
  for (const file of files) {
    const { document } = file;
    if (document === undefined) return refuse(`That Day One export is damaged (${file.name} isn't readable JSON)`);
    if (!isObject(document) || !Array.isArray(document.entries)) return refuse(`That file isn't a Day One export (${file.name} has no entries list)`);
    document.entries.forEach((raw: unknown, index) => {
      const where = `${file.name}, entry ${index + 1}`;
      if (!isObject(raw)) {
        skipped.push({ where, reason: "the entry couldn't be read" });
        return;
      }
      const photoCount = Array.isArray(raw.photos) ? raw.photos.length : 0;
      photos += photoCount;
      const createdAt = typeof raw.creationDate === 'string' ? isoFromIso(raw.creationDate) : null;
      if (!createdAt) {
        skipped.push({ where, reason: "the date couldn't be read" });
        return;
      }
      const text = withoutMoments(typeof raw.text === 'string' ? raw.text : '');
      const tags = tagsOf(raw.tags);
      if (!text && tags.length === 0) {
        skipped.push({ where, reason: photoCount > 0 ? "it holds only photos, which Mend doesn't bring in" : 'it has no words in it' });
        return;
      }
      const modified = typeof raw.modifiedDate === 'string' ? isoFromIso(raw.modifiedDate) : null;
      entries.push({
        sourceId: typeof raw.uuid === 'string' && raw.uuid ? raw.uuid : hashId(createdAt, text),
        createdAt,
        updatedAt: modified ?? createdAt,
        text,
        tags,
        moodName: null,
        starred: raw.starred === true,
      });
    });
  }
  return { ok: true, parsed: { source: 'dayone', entries: withUniqueIds(entries), moods: [], skipped, leftOut: { photos } } };
}
