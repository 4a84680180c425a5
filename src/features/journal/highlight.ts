// Where the searched words are in an entry's own text. Search compares text without
// case or accents, and that normalised text can be shorter than the original ("é"
// written as e + a combining accent becomes one "e"), so each character is normalised
// on its own and mapped back to where it came from.
import { normalizeForSearch } from '../../lib/text-search';

export type Range = readonly [start: number, end: number];

const normalisedChars = new Map<string, string>();

function normaliseChar(char: string): string {
  let normal = normalisedChars.get(char);
  if (normal === undefined) {
    normal = normalizeForSearch(char);
    normalisedChars.set(char, normal);
  }
  return normal;
}

/** Ranges of `text` (start inclusive, end exclusive) that match any of `words`, merged. */
export function matchRanges(text: string, words: readonly string[]): Range[] {
  if (words.length === 0 || text === '') return [];
  let normal = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const end = index + char.length;
    const piece = normaliseChar(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(index);
      ends.push(end);
    }
    normal += piece;
    index = end;
  }

  const found: [number, number][] = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = normal.indexOf(word); at !== -1; at = normal.indexOf(word, at + 1)) {
      let end = ends[at + word.length - 1]!;
      // Accents that normalise to nothing belong to the letter before them.
      while (end < text.length) {
        const next = String.fromCodePoint(text.codePointAt(end)!);
        if (normaliseChar(next) !== '') break;
        end += next.length;
      }
      found.push([starts[at]!, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export type Excerpt = {
  text: string;
  ranges: Range[];
  isCutAtStart: boolean;
  isCutAtEnd: boolean;
};

/** Very long entries are searched for highlights only this far in. */
const HIGHLIGHT_SCAN_LIMIT = 20_000;

/**
 * About `length` characters of the entry: its start, or, when the first match is
 * further in, a window that begins a little before it, cut at word boundaries.
 */
export function excerptOf(fullText: string, words: readonly string[], length = 200): Excerpt {
  const text = fullText.trim();
  const ranges = matchRanges(text.slice(0, HIGHLIGHT_SCAN_LIMIT), words);
  const firstMatch = ranges[0]?.[0] ?? 0;
  let start = 0;
  if (firstMatch > length - 60) {
    start = firstMatch - 60;
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < firstMatch ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
    // Never split a character made of two code units (an emoji, say).
    else if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  }
  return {
    text: text.slice(start, end),
    ranges: ranges
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as const),
    isCutAtStart: start > 0,
    isCutAtEnd: end < text.length,
  };
}
