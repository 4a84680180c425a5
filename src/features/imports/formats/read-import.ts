// One door for every importer: which format the picked files are, from their
// names and first bytes, then that format's reader. Pure (bytes in, entries or a
// one-sentence refusal out) and never throws, so the import flow can run it in a
// worker and show whatever comes back.
import { readZip, ZIP_CAPS, type ZipProblem } from '../zip';
import { isDaylioHeader, readDaylioCsv } from './daylio-csv';
import { readDaylioBackup } from './daylio-backup';
import { isDayOneJournal, readDayOne } from './dayone';
import { decodeText } from './decode-text';
import { baseName, isObject, parseJson, type JsonFile } from './json-files';
import { isJourneyEntry, readJourney } from './journey';
import { isMendMarkdown, readMendMarkdown } from './mend-markdown';
import type { ImportFile, ImportReading } from './parsed';
import { readTextFiles, type NoteFile } from './plain-text';
import { refuse } from './refusal';

export type { ImportFile, ImportReading } from './parsed';

/** The largest file (or files together) Mend reads: far past years of any journal's words. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

const WHAT_MEND_READS = 'Mend reads exports from Daylio, Day One and Journey, and text or Markdown notes';
const MB = 1024 * 1024;

const ZIP_REFUSALS: Record<ZipProblem, string> = {
  'not-a-zip': "That file isn't the ZIP it seems to be",
  damaged: 'That ZIP file is damaged or cut short (it may not have finished downloading)',
  'too-big': `That ZIP unpacks to more than Mend can safely read (over ${ZIP_CAPS.maxInflatedBytes / MB} MB)`,
  'too-many-entries': `That ZIP holds more files than Mend can safely read (over ${String(ZIP_CAPS.maxEntries).replace(/\B(?=(\d{3})+$)/g, ',')})`,
  'unsafe-path': 'That ZIP holds files that point outside it (not safe to open)',
  encrypted: "That ZIP is locked with a password Mend can't open",
  unsupported: "That ZIP is packed in a way Mend can't read",
};

type Kind = 'zip' | 'csv' | 'json' | 'text' | 'other';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
const TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown', 'text']);

function kindOf(file: ImportFile): Kind {
  if (isZip(file.bytes)) return 'zip';
  const ext = extension(file.name);
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  return TEXT_EXTENSIONS.has(ext) ? 'text' : 'other';
}

/** Files a ZIP holds that no reader wants: macOS's shadow files and hidden files. */
const isClutter = (name: string) => name.startsWith('__MACOSX/') || baseName(name).startsWith('.');

function readJsonFiles(files: JsonFile[]): ImportReading {
  const dayOne = files.filter((file) => isDayOneJournal(file.document));
  if (dayOne.length > 0) {
    const broken = files.find((file) => file.document === undefined);
    if (broken) return refuse(`That export is damaged (${baseName(broken.name)} isn't readable JSON)`);
    return readDayOne(files.filter((file) => isObject(file.document) && Array.isArray(file.document.entries)));
  }
  if (files.some((file) => isJourneyEntry(file.document))) return readJourney(files);
  const broken = files.find((file) => file.document === undefined);
  if (broken && files.length === 1) return refuse(`That export is damaged (${baseName(broken.name)} isn't readable JSON)`);
  return refuse("That JSON file isn't a Day One or Journey export");
}

function readCsvImport(text: string, name: string): ImportReading {
  if (!isDaylioHeader(text.split(/\r?\n/, 1)[0] ?? '')) return refuse("That CSV isn't a Daylio export (its first line doesn't name Daylio's columns)");
  return readDaylioCsv(text, name);
}

/** Mend's own journal file, read as Mend's; null when none of the notes is one. */
function readNotesOrMend(notes: NoteFile[]): ImportReading | null {
  const mend = notes.filter((note) => isMendMarkdown(note.text));
  if (mend.length === 0) return null;
  // With other files it would read as one long note: say so instead.
  return notes.length === 1 ? readMendMarkdown(mend[0]!.text) : refuse('Mend reads a journal saved from Mend on its own, not with other files');
}

function readZipImport(file: ImportFile): ImportReading {
  const zip = readZip(file.bytes, (name) => {
    if (isClutter(name)) return false;
    const ext = extension(name);
    return baseName(name) === 'backup.daylio' || ext === 'json' || ext === 'csv' || TEXT_EXTENSIONS.has(ext);
  });
  if (!zip.ok) return refuse(ZIP_REFUSALS[zip.problem]);
  const names = [...zip.files.keys()];
  const backup = names.find((name) => baseName(name) === 'backup.daylio');
  if (backup) return readDaylioBackup(zip.files.get(backup)!.bytes);
  if (extension(file.name) === 'daylio') return refuse("That Daylio backup is damaged (it holds no backup.daylio)");
  const csvNames = names.filter((name) => extension(name) === 'csv');
  if (csvNames.length === 1 && names.length === 1) {
    const text = decodeText(zip.files.get(csvNames[0]!)!.bytes);
    return text === null ? refuse("The CSV in that ZIP isn't text") : readCsvImport(text, baseName(csvNames[0]!));
  }
  const jsonNames = names.filter((name) => extension(name) === 'json');
  if (jsonNames.length > 0) {
    const decoded = jsonNames.map((name) => ({ name, text: decodeText(zip.files.get(name)!.bytes) }));
    return readJsonFiles(decoded.map(({ name, text }) => ({ name, document: text === null ? undefined : parseJson(text) })));
  }
  const textNames = names.filter((name) => TEXT_EXTENSIONS.has(extension(name)));
  if (textNames.length === 0) return refuse(`That ZIP doesn't hold a journal Mend can read (${WHAT_MEND_READS})`);
  const notes: NoteFile[] = [];
  const unreadable: { where: string; reason: string }[] = [];
  for (const name of textNames) {
    const { bytes, lastModified } = zip.files.get(name)!;
    const text = decodeText(bytes);
    if (text === null) unreadable.push({ where: baseName(name), reason: "it isn't text" });
    else notes.push({ name, text, lastModified });
  }
  const mend = readNotesOrMend(notes);
  if (mend) return mend;
  const reading = readTextFiles(notes);
  return reading.ok ? { ok: true, parsed: { ...reading.parsed, skipped: [...unreadable, ...reading.parsed.skipped] } } : reading;
}

function readPicked(files: ImportFile[]): ImportReading {
  if (files.length === 0) return refuse('No file was chosen');
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > MAX_INPUT_BYTES) {
    return refuse(`${files.length === 1 ? 'That file is' : 'Those files together are'} larger than Mend can read (over ${MAX_INPUT_BYTES / MB} MB)`);
  }
  const empty = files.find((file) => file.bytes.length === 0);
  if (empty && files.length === 1) return refuse(`“${empty.name}” is empty`);
  const kinds = new Set(files.map(kindOf));
  if (kinds.has('other')) {
    const other = files.find((file) => kindOf(file) === 'other')!;
    if (extension(other.name) === 'daylio') return refuse('That Daylio backup is damaged (a .daylio file should be a ZIP)');
    return refuse(`“${other.name}” isn't a kind of file Mend can read (${WHAT_MEND_READS})`);
  }
  if (kinds.size > 1) return refuse('Mend reads one kind of export at a time');
  const [kind] = kinds;
  if (kind === 'zip') return files.length === 1 ? readZipImport(files[0]!) : refuse('Mend reads one ZIP at a time');
  const texts: { file: ImportFile; text: string }[] = [];
  for (const file of files) {
    const text = decodeText(file.bytes);
    if (text === null) return refuse(`“${file.name}” isn't text (it may be a photo or another kind of file)`);
    texts.push({ file, text });
  }
  if (kind === 'csv') return texts.length > 1 ? refuse('Mend reads one CSV file at a time') : readCsvImport(texts[0]!.text, texts[0]!.file.name);
  if (kind === 'json') return readJsonFiles(texts.map(({ file, text }) => ({ name: file.name, document: parseJson(text) })));
  const notes = texts.map(({ file, text }) => ({ name: file.name, text, lastModified: file.lastModified }));
  return readNotesOrMend(notes) ?? readTextFiles(notes);
}

/** A reading with no entry at all is refused: there is nothing to bring in, and the reason says why. */
function withSomethingToBringIn(reading: ImportReading): ImportReading {
  if (!reading.ok || reading.parsed.entries.length > 0) return reading;
  const first = reading.parsed.skipped[0];
  return first ? refuse(`None of the entries in that file could be read (${first.reason})`) : refuse('That file holds no entries');
}

export function readImportFiles(files: ImportFile[]): Promise<ImportReading> {
  try {
    return Promise.resolve(withSomethingToBringIn(readPicked(files)));
  } catch {
    // A reader met something no test foresaw: refuse plainly rather than fail the page.
    return Promise.resolve(refuse("Mend couldn't read that file (something in it was unexpected)"));
  }
}
