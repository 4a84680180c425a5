// Journey's JSON export: a ZIP of one JSON file per entry, with `id`,
// `date_journal` and `date_modified` in milliseconds, `text` (HTML in newer
// versions, `type: "html"`; Markdown before), `tags`, `favourite` and `photos`.
import { isoFromMs } from './dates';
import { htmlToText, looksLikeHtml } from './html-text';
import { baseName, isObject, tagsOf, type JsonFile } from './json-files';
import type { ImportReading, ParsedEntry, ParsedImport } from './parsed';
import { hashId, withUniqueIds } from './source-id';

/** Whether a parsed JSON document is shaped like one Journey entry (its date may be the thing missing). */
export function isJourneyEntry(document: unknown): boolean {
  return isObject(document) && ('date_journal' in document || ('date_modified' in document && typeof document.text === 'string'));
}

export function readJourney(files: JsonFile[]): ImportReading {
  const entries: ParsedEntry[] = [];
  const skipped: ParsedImport['skipped'] = [];
  let photos = 0;
  for (const file of files) {
    const raw = file.document;
    if (!isObject(raw)) {
      skipped.push({ where: file.name, reason: "the file isn't a Journey entry Mend can read" });
      continue;
    }
    photos += Array.isArray(raw.photos) ? raw.photos.length : 0;
    const createdAt = isoFromMs(raw.date_journal);
    if (!createdAt) {
      skipped.push({ where: file.name, reason: "the date couldn't be read" });
      continue;
    }
    const written = typeof raw.text === 'string' ? raw.text : '';
    const text = raw.type === 'html' || looksLikeHtml(written) ? htmlToText(written) : written.replace(/\r\n?/g, '\n').trim();
    const tags = tagsOf(raw.tags);
    if (!text && tags.length === 0) {
      skipped.push({ where: file.name, reason: 'it has no words in it' });
      continue;
    }
    entries.push({
      sourceId: typeof raw.id === 'string' && raw.id ? raw.id : baseName(file.name).replace(/\.json$/i, '') || hashId(createdAt, text),
      createdAt,
      updatedAt: isoFromMs(raw.date_modified) ?? createdAt,
      text,
      tags,
      moodName: null,
      starred: raw.favourite === true,
    });
  }
  entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { ok: true, parsed: { source: 'journey', entries: withUniqueIds(entries), moods: [], skipped, leftOut: { photos } } };
}
