// Finding entries: search that ignores case and accents, plus tag, source and
// date filters. Each entry's search text is built the first time a search needs
// it and kept until the entry changes, so opening the journal does no extra work.
// While someone types, each longer query searches only what the last one found.
import { localCalendarDay } from '../../lib/relative-day';
import { normalizeForSearch } from '../../lib/text-search';
import type { JournalEntry } from '../../storage/collections/journal';
import { compareWords } from '../../lib/compare-words';

/** Where an entry came from: anywhere, written freely, from goals, or a practice's id. */
export type SourceFilter = 'any' | 'free' | 'goal' | `practice:${string}`;

export type JournalFilters = {
  query: string;
  tag: string | null;
  source: SourceFilter;
  /** Calendar days (YYYY-MM-DD) in the reader's time zone; empty when not set. */
  from: string;
  to: string;
};

export const EMPTY_FILTERS: JournalFilters = {
  query: '',
  tag: null,
  source: 'any',
  from: '',
  to: '',
};

// Keyed by the entry object itself: a changed entry is a new object, so it gets
// new search text, and one that is gone takes its text with it.
const searchTexts = new WeakMap<JournalEntry, string>();

export function searchTextOf(entry: JournalEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    text = normalizeForSearch(
      entry.tags.length > 0 ? `${entry.text}\n${entry.tags.join('\n')}` : entry.text,
    );
    searchTexts.set(entry, text);
  }
  return text;
}

/** Builds the search text of every entry ahead of the first keystroke. */
export function prepareSearch(entries: readonly JournalEntry[]): void {
  for (const entry of entries) searchTextOf(entry);
}

export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}


export function hasFilters(filters: JournalFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.tag !== null ||
    filters.source !== 'any' ||
    filters.from !== '' ||
    filters.to !== ''
  );
}

function matchesSource(entry: JournalEntry, source: SourceFilter): boolean {
  if (source === 'any') return true;
  if (source === 'free') return entry.link === null;
  if (source === 'goal') return entry.link?.kind === 'goal';
  return entry.link?.kind === 'practice' && `practice:${entry.link.moduleId}` === source;
}

let lastSearch: {
  entries: readonly JournalEntry[];
  filters: JournalFilters;
  found: readonly JournalEntry[];
} | null = null;

/** Drops the remembered search (it holds entries), as the lock closes. */
export function forgetLastSearch(): void {
  lastSearch = null;
}

/** True when everything `next` finds is among what `previous` found. */
function narrows(previous: JournalFilters, next: JournalFilters): boolean {
  return (
    previous.tag === next.tag &&
    previous.source === next.source &&
    previous.from === next.from &&
    previous.to === next.to &&
    // An entry with every next word contains each previous word that is part of one.
    queryWords(previous.query).every((word) =>
      queryWords(next.query).some((nextWord) => nextWord.includes(word)),
    )
  );
}

export function filterEntries(
  entries: readonly JournalEntry[],
  filters: JournalFilters,
): readonly JournalEntry[] {
  if (!hasFilters(filters)) return entries;
  const from =
    lastSearch && lastSearch.entries === entries && narrows(lastSearch.filters, filters)
      ? lastSearch.found
      : entries;
  const found = filterFrom(from, filters);
  lastSearch = { entries, filters, found };
  return found;
}

function filterFrom(
  entries: readonly JournalEntry[],
  filters: JournalFilters,
): readonly JournalEntry[] {
  const words = queryWords(filters.query);
  const { tag, source, from, to } = filters;
  // "To" is inclusive, and "from" later than "to" still means the days between them.
  const [first, last] = from && to && from > to ? [to, from] : [from, to];
  return entries.filter((entry) => {
    if (tag !== null && !entry.tags.includes(tag)) return false;
    if (!matchesSource(entry, source)) return false;
    if (first || last) {
      const day = localCalendarDay(new Date(entry.createdAt));
      if (first && day < first) return false;
      if (last && day > last) return false;
    }
    if (words.length === 0) return true;
    const text = searchTextOf(entry);
    return words.every((word) => text.includes(word));
  });
}

/** Tags in use, most used first: for the filter and the editor's suggestions. */
export function tagsInUse(entries: readonly JournalEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareWords(a[0], b[0]))
    .map(([tag]) => tag);
}

/** Which practices the entries came from, and whether any are free or goal notes. */
export function sourcesInUse(entries: readonly JournalEntry[]): {
  moduleIds: string[];
  hasFree: boolean;
  hasGoal: boolean;
} {
  const moduleIds = new Set<string>();
  let hasFree = false;
  let hasGoal = false;
  for (const entry of entries) {
    if (entry.link === null) hasFree = true;
    else if (entry.link.kind === 'goal') hasGoal = true;
    else moduleIds.add(entry.link.moduleId);
  }
  return { moduleIds: [...moduleIds], hasFree, hasGoal };
}
