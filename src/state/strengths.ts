// Strengths and kindnesses as every screen sees them: the one store of the
// records (the practice's lists and the Strengths screen both write through
// it), each list in the order it was written, and the few shown on a hard day.
import { newId } from '../lib/ids';
import { strengthsCollection, type Strength, type StrengthList } from '../storage/collections/strengths';
import type { PracticeSource } from '../storage/engine/record-fields';
import { recordStore } from './record-store';

export const strengthRecords = recordStore(strengthsCollection);

const byCreated = (a: Strength, b: Strength) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/** One list, oldest first: the order the person wrote it in. */
export function strengthsIn(records: Iterable<Strength>, list: StrengthList): Strength[] {
  return [...records].filter((s) => s.list === list).sort(byCreated);
}

export function addStrength(
  list: StrengthList,
  text: string,
  source: PracticeSource = null,
): Strength {
  const strength = strengthsCollection.create({ id: newId(), list, text, source });
  void strengthRecords.save(strength);
  return strength;
}

export function rewordStrength(id: string, text: string): void {
  strengthRecords.update(id, (s) => (s.text === text ? null : { ...s, text }), { typing: true });
}

export function removeStrength(id: string): void {
  void strengthRecords.remove(id);
}

/**
 * A few to read on a hard day, one at a time: at most `count`, taken from
 * every list in turn so one long list doesn't crowd out the others, in an
 * order that changes each time (`random` is passed in, so tests can fix it).
 */
export function hardDayPicks(
  records: Iterable<Strength>,
  count: number,
  random: () => number = Math.random,
): Strength[] {
  const all = [...records]; // read once: an iterator given here would be used up by the first list
  const lists = (['strengths', 'valued', 'wins'] as const).map((list) =>
    shuffle(strengthsIn(all, list), random),
  );
  const picks: Strength[] = [];
  for (let round = 0; picks.length < count && lists.some((l) => l.length > round); round++) {
    for (const list of lists) {
      const next = list[round];
      if (next && picks.length < count) picks.push(next);
    }
  }
  return picks;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
