// Three-way merging: two changes made from one base version, combined so that
// neither side's change is lost. Each helper returns CONFLICT when both sides
// changed the same thing in different ways; the caller decides what that means
// (keep both and ask, or let one side win where nothing written is at stake).

export const CONFLICT: unique symbol = Symbol('conflict');
export type Merged<T> = T | typeof CONFLICT;

export function isSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One value: whichever side changed it; both changed it alike; or a conflict. */
export function mergeValue<T>(base: T | undefined, mine: T, theirs: T): Merged<T> {
  if (isSame(mine, theirs)) return mine;
  if (base !== undefined && isSame(base, mine)) return theirs;
  if (base !== undefined && isSame(base, theirs)) return mine;
  return CONFLICT;
}

/** Like mergeValue, but when both changed it, mine (the later change) wins. */
export function mergePreferMine<T>(base: T | undefined, mine: T, theirs: T): T {
  const merged = mergeValue(base, mine, theirs);
  return merged === CONFLICT ? mine : merged;
}

/**
 * A list of words (tags, names, ticked items): what either side added is kept,
 * what either side removed goes, in their order with my additions after.
 */
export function mergeWordLists(base: readonly string[] | undefined, mine: readonly string[], theirs: readonly string[]): string[] {
  const before = new Set(base ?? []);
  const mineSet = new Set(mine);
  const removedByMe = new Set([...before].filter((item) => !mineSet.has(item)));
  const result = theirs.filter((item) => !removedByMe.has(item));
  const seen = new Set(result);
  for (const item of mine) {
    if (!before.has(item) && !seen.has(item)) {
      result.push(item);
      seen.add(item);
    }
  }
  return result;
}

/**
 * Records keyed by id (a goal's steps, its history): each id merged on its own,
 * added and removed ones kept and removed as each side did, in their order.
 */
export function mergeById<T extends { id: string }>(
  base: readonly T[] | undefined,
  mine: readonly T[],
  theirs: readonly T[],
  mergeItem: (base: T | undefined, mine: T, theirs: T) => Merged<T> = mergeValue,
): Merged<T[]> {
  const byId = (list: readonly T[] | undefined) => new Map((list ?? []).map((item) => [item.id, item]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const result: T[] = [];
  for (const item of theirs) {
    const mineItem = mineById.get(item.id);
    const baseItem = baseById.get(item.id);
    if (!mineItem) {
      // I removed it: gone, unless they changed it since (then their words stay).
      if (baseItem && isSame(baseItem, item)) continue;
      result.push(item);
      continue;
    }
    const merged = mergeItem(baseItem, mineItem, item);
    if (merged === CONFLICT) return CONFLICT;
    result.push(merged);
  }
  for (const item of mine) {
    if (theirsById.has(item.id)) continue;
    const baseItem = baseById.get(item.id);
    // They removed it: gone, unless I changed it since.
    if (baseItem && isSame(baseItem, item)) continue;
    result.push(item);
  }
  return result;
}

/** How particular fields of a record merge, each on its own. */
export type FieldMerges<T> = { [K in keyof T]?: (base: T[K] | undefined, mine: T[K], theirs: T[K]) => Merged<T[K]> };

/**
 * A whole record, field by field: `fields` says how particular fields merge;
 * every other field uses mergeValue. CONFLICT if any field conflicts.
 */
export function mergeFields<T extends object>(
  base: T | null,
  mine: T,
  theirs: T,
  fields: FieldMerges<T> = {},
): Merged<T> {
  const result = { ...theirs } as T;
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]) as Set<keyof T>;
  for (const key of keys) {
    const merge = fields[key] ?? mergeValue;
    const merged = merge(base?.[key], mine[key], theirs[key]);
    if (merged === CONFLICT) return CONFLICT;
    result[key] = merged;
  }
  return result;
}

/**
 * Two changes to one stored record, combined field by field; null when both
 * changed the same words (the caller keeps both and lets the person choose).
 * The record's own time is the later change's: mine, which is being written now.
 */
export function mergeRecords<T extends { updatedAt: string }>(
  base: T | null,
  mine: T,
  theirs: T,
  fields: FieldMerges<T> = {},
): T | null {
  const merged = mergeFields(base, mine, theirs, { updatedAt: (_b, m) => m, ...fields } as FieldMerges<T>);
  return merged === CONFLICT ? null : merged;
}
