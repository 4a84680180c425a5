// Daylio's own backup: `backup.daylio` inside the .daylio ZIP is Base64 of a JSON
// document: `dayEntries` (datetime in ms, mood id, note_title, note, tag ids,
// asset ids), `customMoods` (mood id to the person's name and Daylio's group 1..5)
// and `tags` (activity id to name). Photos (assets) are counted, not brought in.
import { DAYLIO_MOODS, daylioEntry, daylioImport } from './daylio';
import { isoFromMs } from './dates';
import { isObject, type Json } from './json-files';
import type { ImportReading, ParsedEntry, ParsedImport } from './parsed';
import { refuse } from './refusal';

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function decodeBase64Json(bytes: Uint8Array): unknown {
  let base64 = '';
  for (let i = 0; i < bytes.length; i += 0x8000) base64 += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  base64 = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) return undefined;
  try {
    const binary = atob(base64);
    const decoded = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) decoded[i] = binary.charCodeAt(i);
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decoded));
  } catch {
    return undefined;
  }
}

/** The phone's own clock for an entry: from its offset if Daylio kept one, else the reader's zone. */
function wallClockOf(ms: number, offset: unknown): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (typeof offset === 'number' && Number.isFinite(offset)) {
    const shifted = new Date(ms + offset);
    return `${shifted.getUTCFullYear()}-${two(shifted.getUTCMonth() + 1)}-${two(shifted.getUTCDate())} ${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}`;
  }
  const local = new Date(ms);
  return `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())} ${two(local.getHours())}:${two(local.getMinutes())}`;
}

export function readDaylioBackup(backup: Uint8Array): ImportReading {
  const document = decodeBase64Json(backup);
  if (document === undefined) return refuse("That Daylio backup is damaged (its data couldn't be decoded)");
  if (!isObject(document) || !Array.isArray(document.dayEntries)) return refuse("That file isn't a Daylio backup Mend can read (it has no entries list)");
  const moodById = new Map<unknown, { name: string; group: number | null }>();
  for (const mood of list(document.customMoods)) {
    const group = typeof mood.mood_group_id === 'number' && mood.mood_group_id >= 1 && mood.mood_group_id <= 5 ? mood.mood_group_id : null;
    const predefined = typeof mood.predefined_name_id === 'number' ? DAYLIO_MOODS[mood.predefined_name_id - 1] : undefined;
    const name = text(mood.custom_name).trim() || predefined || (group ? DAYLIO_MOODS[group - 1] : undefined);
    if (name) moodById.set(mood.id, { name, group });
  }
  // A backup with no moods listed uses Daylio's five, ids 1..5.
  DAYLIO_MOODS.forEach((name, i) => {
    if (!moodById.has(i + 1)) moodById.set(i + 1, { name, group: i + 1 });
  });
  const tagById = new Map(list(document.tags).map((tag) => [tag.id, text(tag.name)]));
  const groupByName = new Map([...moodById.values()].map((mood) => [mood.name, mood.group]));
  const entries: ParsedEntry[] = [];
  const skipped: ParsedImport['skipped'] = [];
  let photos = 0;
  document.dayEntries.forEach((raw: unknown, index) => {
    const where = `Daylio entry ${index + 1}`;
    if (!isObject(raw)) {
      skipped.push({ where, reason: "the entry couldn't be read" });
      return;
    }
    photos += Array.isArray(raw.assets) ? raw.assets.length : 0;
    const createdAt = isoFromMs(raw.datetime);
    if (!createdAt) {
      skipped.push({ where, reason: "the date couldn't be read" });
      return;
    }
    const tags = Array.isArray(raw.tags) ? raw.tags.map((id) => tagById.get(id) ?? '') : [];
    entries.push(
      daylioEntry({
        wallClock: wallClockOf(raw.datetime as number, raw.timeZoneOffset),
        createdAt,
        mood: moodById.get(raw.mood)?.name ?? null,
        tags,
        title: text(raw.note_title),
        note: text(raw.note),
      }),
    );
  });
  return { ok: true, parsed: daylioImport(entries, skipped, (name) => groupByName.get(name) ?? null, photos) };
}
