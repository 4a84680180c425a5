/**
 * Alphabetical order, with case set aside first: written here rather than with
 * localeCompare, whose first call wakes the browser's locale data (see
 * date-words.ts). Also orders ISO dates and times, which sort as written.
 */
export function compareWords(a: string, b: string): number {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  if (left !== right) return left < right ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
