// How much of the journal the list shows at once, and how it says so. No React:
// the page drawn before the app starts (src/app/early-paint) says it the same way.

/**
 * Entries in the page at first, and added as the person scrolls near the end:
 * a few screens' worth, so each keystroke of a search redraws little.
 */
export const PAGE_SIZE = 30;
/** The most entries in the page at once (about 480 elements): older pages push out newer ones. */
export const WINDOW_SIZE = 2 * PAGE_SIZE;

export function statusWords(total: number, matching: number, start: number, end: number, isFiltered: boolean): string {
  // "10,000", to match the English words around it. Intl's number formatting costs
  // about 10 ms on first use, right when the journal is opening.
  const n = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const range = start > 0 ? ` Showing ${n(start + 1)} to ${n(end)}.` : null;
  if (isFiltered) {
    if (matching === 0) return `No entries match, out of ${n(total)}.`;
    const found = matching === 1 ? '1 entry matches' : `${n(matching)} entries match`;
    return range ? `${found}.${range}` : end < matching ? `${found}. Showing the first ${n(end)}.` : `${found}.`;
  }
  const all = total === 1 ? '1 entry' : `${n(total)} entries`;
  return range ? `${all}.${range}` : end < total ? `${all}. Showing the newest ${n(end)}.` : `${all}.`;
}
