/** Lowercases and strips accents so "Café" matches "cafe". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Every word of the query must appear somewhere in the haystack (already normalised). */
export function matchesAllWords(haystack: string, query: string): boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}
