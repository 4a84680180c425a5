// The belonging map as every screen sees it: the circles (the seven defaults,
// renamed or not, then the person's own), the people and groups in them, and
// how spread out the warm connections are. Shared by the map screen and the
// practice steps that read and write it; the records are owned here, once.
import { normalizeForSearch } from '../lib/text-search';
import { circlesCollection, DEFAULT_CIRCLES, type Circle } from '../storage/collections/belonging-circles';
import { peopleCollection, type Person } from '../storage/collections/belonging-people';
import type { PracticeSource } from '../storage/engine/record-fields';
import { recordStore, type WriteWhen } from './record-store';

export const circleRecords = recordStore(circlesCollection);
export const peopleRecords = recordStore(peopleCollection);

export type MapCircle = { id: string; name: string; isOwn: boolean };

/** The seven default circles (with any new names), then the person's own, oldest first. */
export function circlesOf(stored: ReadonlyMap<string, Circle>): MapCircle[] {
  const defaults = DEFAULT_CIRCLES.map(({ id, name }) => ({ id, name: stored.get(id)?.name ?? name, isOwn: false }));
  const own = [...stored.values()]
    .filter((circle) => circle.isOwn && !DEFAULT_CIRCLES.some((d) => d.id === circle.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map(({ id, name }) => ({ id, name, isOwn: true }));
  return [...defaults, ...own];
}

export type CircleRow = { circle: MapCircle; people: Person[]; warm: number };
export type Spread = {
  rows: CircleRow[];
  /** Circles holding at least one warm connection. */
  held: number;
  /** People and groups not placed in a circle yet (or in one that was removed). */
  unplaced: Person[];
};

const byCreated = (a: Person, b: Person) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

/** Who is in each circle, and how many circles hold a warm connection. */
export function spreadOf(circles: MapCircle[], people: Iterable<Person>): Spread {
  const all = [...people].sort(byCreated);
  const known = new Set(circles.map((c) => c.id));
  const rows = circles.map((circle) => {
    const inCircle = all.filter((p) => p.circleId === circle.id);
    return { circle, people: inCircle, warm: inCircle.filter((p) => p.isWarm).length };
  });
  return {
    rows,
    held: rows.filter((row) => row.warm > 0).length,
    unplaced: all.filter((p) => p.circleId === null || !known.has(p.circleId)),
  };
}

/**
 * Where there is most room to grow: the circle with the fewest warm
 * connections (then the fewest people, then the map's order). "Other" is a
 * catch-all, so it is never the one pointed to.
 */
export function thinnestCircle(spread: Spread): CircleRow | null {
  const candidates = spread.rows.filter((row) => row.circle.id !== 'other');
  let thinnest: CircleRow | null = null;
  for (const row of candidates) {
    if (!thinnest || row.warm < thinnest.warm || (row.warm === thinnest.warm && row.people.length < thinnest.people.length)) {
      thinnest = row;
    }
  }
  return thinnest;
}

/** Other words people use for the default circles (a practice's suggestions among them). */
const ALIASES: Record<string, string[]> = {
  friends: ['close friends', 'my friends'],
  'work-study': ['work', 'study', 'school', 'work or school', 'college', 'university'],
  hobby: ['a hobby or sport', 'a hobby or club', 'a hobby or interest', 'hobby', 'hobbies', 'sport', 'club'],
  community: ['community', 'volunteering', 'my neighbourhood or community', 'helping others or volunteering'],
  online: ['an online community', 'online community', 'online spaces'],
};

const same = (a: string, b: string) => normalizeForSearch(a).trim() === normalizeForSearch(b).trim();

/** The circle a name means: its current name, or a default's other words for it. */
export function findCircle(circles: MapCircle[], name: string): MapCircle | undefined {
  return (
    circles.find((circle) => same(circle.name, name)) ??
    circles.find((circle) => ALIASES[circle.id]?.some((alias) => same(alias, name)))
  );
}

export function findPerson(people: Iterable<Person>, name: string): Person | undefined {
  for (const person of people) if (same(person.name, name)) return person;
  return undefined;
}

/** A circle's new name (a default is stored once it is renamed). */
export function renameCircle(id: string, name: string): void {
  const stored = circleRecords.getState().records.get(id);
  if (stored) {
    circleRecords.update(id, (c) => (c.name === name ? null : { ...c, name }), { typing: true });
    return;
  }
  const fallback = DEFAULT_CIRCLES.find((d) => d.id === id);
  if (fallback && fallback.name !== name) {
    void circleRecords.save(circlesCollection.create({ id, name, isOwn: false }), { typing: true });
  }
}

export function addOwnCircle(id: string, name: string, source: PracticeSource = null): void {
  void circleRecords.save(circlesCollection.create({ id, name, isOwn: true, source }));
}

export function addPerson(fields: Parameters<typeof peopleCollection.create>[0]): Person {
  const person = peopleCollection.create(fields);
  void peopleRecords.save(person);
  return person;
}

export function changePerson(id: string, edit: (person: Person) => Person | null, when: WriteWhen = {}): void {
  void peopleRecords.update(id, edit, when);
}

/** "Reached out today": one tap, on the map or in a practice. */
export function markReachedOut(id: string, day: string): void {
  setReachedOut(id, day);
}

/** The day last reached out, as given (a tap taken back restores the day before). */
export function setReachedOut(id: string, day: string | null): void {
  changePerson(id, (p) => (p.lastReachedOut === day ? null : { ...p, lastReachedOut: day }));
}
