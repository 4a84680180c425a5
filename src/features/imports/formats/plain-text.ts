// Plain text and Markdown notes: one entry per file, or one per dated heading
// (`# 2024-03-05`) when the file is a diary. The date comes from the heading,
// the front matter (`date:`), the file name (`2024-03-05 a walk.md`), else the
// file's own time. A file's name is a title the person gave it, so it stays as
// the entry's first line (unless it is only a date, or the words already start with it).
import { isoFromIso } from './dates';
import { baseName } from './json-files';
import type { ImportReading, ParsedEntry, ParsedImport } from './parsed';
import { refuse } from './refusal';
import { hashId, withUniqueIds } from './source-id';

export type NoteFile = { name: string; text: string; lastModified: number };

const DATED_HEADING = /^#{1,6}[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*[—–:|-]?[ \t]*(.*))?$/;
const NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ _T]\d{2}[.:-]?\d{2}(?:[.:-]?\d{2})?)?[ \t_—–:-]*(.*)$/;

type FrontMatter = { date?: string; title?: string; tags: string[] };

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/** YAML-ish front matter: only the keys a journal uses (date, title, tags), read plainly. */
function frontMatterOf(text: string): { matter: FrontMatter; body: string } {
  const matter: FrontMatter = { tags: [] };
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { matter, body: text };
  let inTags = false;
  for (const line of match[1]!.split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (inTags && item) {
      matter.tags.push(unquote(item[1]!));
      continue;
    }
    inTags = false;
    const pair = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const key = pair[1]!.toLowerCase();
    const value = pair[2]!.trim();
    if ((key === 'date' || key === 'created') && !matter.date) matter.date = unquote(value);
    else if (key === 'title') matter.title = unquote(value);
    else if (key === 'tags' || key === 'keywords') {
      if (value === '') inTags = true;
      else matter.tags.push(...value.replace(/^\[|\]$/g, '').split(',').map(unquote));
    }
  }
  return { matter: { ...matter, tags: [...new Set(matter.tags.filter(Boolean))] }, body: text.slice(match[0].length) };
}

function withTitle(title: string, body: string): string {
  const words = body.trim();
  const firstLine = (words.split('\n')[0] ?? '').replace(/^#+\s*/, '').trim();
  if (!title || firstLine.toLowerCase() === title.toLowerCase()) return words;
  return words ? `${title}\n\n${words}` : '';
}

type Section = { heading: string; date: string; title: string; lines: string[] };

/** The file split at its dated headings (none found: one section, the whole file). */
function sectionsOf(body: string): { before: string[]; sections: Section[] } {
  const before: string[] = [];
  const sections: Section[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : DATED_HEADING.exec(line);
    if (heading) sections.push({ heading: line.trim(), date: heading[1]!, title: (heading[2] ?? '').trim(), lines: [] });
    else (sections.at(-1)?.lines ?? before).push(line);
  }
  return { before, sections };
}

function readOne(file: NoteFile, entries: ParsedEntry[], skipped: ParsedImport['skipped']) {
  const name = baseName(file.name);
  const { matter, body } = frontMatterOf(file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const stem = name.replace(/\.(md|markdown|txt|text)$/i, '');
  const named = NAME_DATE.exec(stem);
  const stableDate = (matter.date && isoFromIso(matter.date)) || (named && isoFromIso(named[1]!)) || null;
  const fileDate = stableDate ?? (file.lastModified > 0 ? new Date(file.lastModified).toISOString() : null);
  const title = matter.title ?? (named ? (named[2] ?? '').trim() : stem.trim());
  const add = (where: string, createdAt: string | null, text: string, idDate: string) => {
    if (!text && matter.tags.length === 0) skipped.push({ where, reason: 'it has no words in it' });
    else if (!createdAt) skipped.push({ where, reason: "Mend couldn't find a date for it" });
    else entries.push({ sourceId: `text-${hashId(idDate, text)}`, createdAt, updatedAt: createdAt, text, tags: matter.tags, moodName: null });
  };
  const { before, sections } = sectionsOf(body);
  const opening = before.join('\n').trim();
  if (sections.length === 0 || opening) add(name, fileDate, withTitle(title, opening), stableDate ?? `undated ${name}`);
  for (const section of sections) {
    const where = `${name}, "${section.heading}"`;
    const createdAt = isoFromIso(section.date);
    if (!createdAt) {
      skipped.push({ where, reason: "the date couldn't be read" });
      continue;
    }
    const words = section.lines.join('\n').trim();
    // Words after the date in a heading are the person's words too, even with nothing under them.
    add(where, createdAt, [section.title, words].filter(Boolean).join('\n\n'), createdAt);
  }
}

export function readTextFiles(files: NoteFile[]): ImportReading {
  if (files.length === 0) return refuse('There were no text or Markdown files to read');
  const entries: ParsedEntry[] = [];
  const skipped: ParsedImport['skipped'] = [];
  for (const file of files) readOne(file, entries, skipped);
  return { ok: true, parsed: { source: 'text', entries: withUniqueIds(entries), moods: [], skipped, leftOut: { photos: 0 } } };
}
