// Daylio's moods on Mend's 0 to 10. Daylio has five mood groups (1 rad .. 5
// awful) whose names the person may change, so the preview asks how each name
// maps; these are the answers it starts from. Pure: tested line by line.
import type { JournalEntry } from '../../storage/collections/journal';
import type { ParsedImport } from './formats/parsed';

/** A mood name as the file has it, and the 0-10 number it becomes. */
export type MoodMapping = Record<string, number>;

/** Daylio's groups, best first: rad 9, good 7, meh 5, bad 3, awful 1. */
const BY_GROUP: Readonly<Record<number, number>> = { 1: 9, 2: 7, 3: 5, 4: 3, 5: 1 };
const BY_NAME: Readonly<Record<string, number>> = { rad: 9, good: 7, meh: 5, bad: 3, awful: 1 };

/** Where nothing says how a renamed mood felt (a CSV has names, not groups): the middle, for the person to choose. */
const UNKNOWN = 5;

/** Where the file names a mood's group, that group's number; else a default name's; else the middle. */
export function defaultMoodMapping(moods: ParsedImport['moods']): MoodMapping {
  const mapping: MoodMapping = {};
  for (const { name, group } of moods) {
    const byGroup = group === null ? undefined : BY_GROUP[group];
    mapping[name] = byGroup ?? BY_NAME[name.trim().toLowerCase()] ?? UNKNOWN;
  }
  return mapping;
}

/** The number a mood name stands for: a mapped name, or Mend's own Markdown's number. */
export type MoodCarrier = { record: JournalEntry; moodName: string | null; moodIsNumber: boolean };

/** The records with each one's mood set from the mapping the person settled on. */
export function withMoods(items: readonly MoodCarrier[], mapping: MoodMapping): JournalEntry[] {
  return items.map(({ record, moodName, moodIsNumber }) => {
    if (moodName === null) return record;
    const mood = moodIsNumber ? numberMood(moodName) : (mapping[moodName] ?? null);
    return mood === record.mood ? record : { ...record, mood };
  });
}

/** Mend's own export writes the 0-10 mood as its number; anything else is no mood. */
function numberMood(text: string): number | null {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 0 && value <= 10 && text.trim() !== '' ? value : null;
}
