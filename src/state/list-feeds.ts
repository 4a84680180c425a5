// Lists in a practice that feed a list kept elsewhere (a prompt's `feeds`): the
// safe people on the belonging map, its circles, the strengths and the times
// the person was valued. The practice's answer keeps only references (refs);
// the words live in those records, so a name changed on the map is changed in
// the practice too, and the other way round.
import { newId } from '../lib/ids';
import { normalizeForSearch } from '../lib/text-search';
import {
  addOwnCircle,
  addPerson,
  circleRecords,
  circlesOf,
  findCircle,
  findPerson,
  peopleRecords,
  renameCircle,
  spreadOf,
} from './belonging';
import type { Circle } from '../storage/collections/belonging-circles';
import type { Person } from '../storage/collections/belonging-people';
import { strengthsCollection, type Strength, type StrengthList } from '../storage/collections/strengths';
import type { RecordBase } from '../storage/engine/collection';
import type { PracticeSource } from '../storage/engine/record-fields';
import type { RecordStore } from './record-store';
import { strengthRecords } from './strengths';

/** The lists a practice's list can feed. The content's `feeds` values: a test checks they agree. */
export const FEEDS = ['safe-people', 'circles', 'strengths', 'valued'] as const;
export type FeedKind = (typeof FEEDS)[number];

export type FeedItem = { id: string; label: string };
type Source = NonNullable<PracticeSource>;

export type Feed<T extends RecordBase> = {
  store: RecordStore<T>;
  /** Everything on that list, in its own order: what a practice offers. */
  itemsFrom(records: ReadonlyMap<string, T>): FeedItem[];
  /** The record a name already means, if any (nothing is written). */
  find(label: string): string | undefined;
  /** The record a name means (an existing one with that name), or a new one. Returns its id. */
  add(label: string, source: Source): string;
  /** A record already there was picked in the practice. */
  link(id: string): void;
  rename(id: string, label: string): void;
  /** Taken off the practice's list: deleted too if this run wrote it and nothing else holds to it. */
  release(id: string, source: Source): void;
};

const peopleFeed: Feed<Person> = {
  store: peopleRecords,
  itemsFrom: (records) =>
    [...records.values()]
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
      .map((p) => ({ id: p.id, label: p.name })),
  find: (label) => findPerson(peopleRecords.getState().records.values(), label)?.id,
  add(label, source) {
    const found = findPerson(peopleRecords.getState().records.values(), label);
    if (found) {
      peopleFeed.link(found.id);
      return found.id;
    }
    return addPerson({ id: newId(), name: label, isSafe: true, source }).id;
  },
  // Picked as someone who'd be glad to hear from them: a safe person.
  link: (id) => void peopleRecords.update(id, (p) => (p.isSafe ? null : { ...p, isSafe: true })),
  rename: (id, label) =>
    void peopleRecords.update(id, (p) => (p.name === label ? null : { ...p, name: label }), { typing: true }),
  release(id, source) {
    const person = peopleRecords.getState().records.get(id);
    if (person?.source?.runId === source.runId && person.circleId === null && person.lastReachedOut === null) {
      void peopleRecords.remove(id);
    }
  },
};

const circlesFeed: Feed<Circle> = {
  store: circleRecords,
  itemsFrom: (records) => circlesOf(records).map((c) => ({ id: c.id, label: c.name })),
  find: (label) => findCircle(circlesOf(circleRecords.getState().records), label)?.id,
  add(label, source) {
    const found = findCircle(circlesOf(circleRecords.getState().records), label);
    if (found) return found.id;
    const id = newId();
    addOwnCircle(id, label, source);
    return id;
  },
  link: () => undefined,
  rename: (id, label) => renameCircle(id, label),
  release(id, source) {
    const circle = circleRecords.getState().records.get(id);
    if (!circle?.isOwn || circle.source?.runId !== source.runId) return;
    const spread = spreadOf(circlesOf(circleRecords.getState().records), peopleRecords.getState().records.values());
    if (spread.rows.some((row) => row.circle.id === id && row.people.length > 0)) return;
    void circleRecords.remove(id);
  },
};

const sameWords = (a: string, b: string) => normalizeForSearch(a).trim() === normalizeForSearch(b).trim();

function strengthsFeed(list: StrengthList): Feed<Strength> {
  return {
    store: strengthRecords,
    itemsFrom: (records) =>
      [...records.values()]
        .filter((s) => s.list === list)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
        .map((s) => ({ id: s.id, label: s.text })),
    find(label) {
      for (const s of strengthRecords.getState().records.values()) if (s.list === list && sameWords(s.text, label)) return s.id;
      return undefined;
    },
    add(label, source) {
      const found = this.find(label);
      if (found) return found;
      const strength = strengthsCollection.create({ id: newId(), list, text: label, source });
      void strengthRecords.save(strength);
      return strength.id;
    },
    link: () => undefined,
    rename: (id, label) =>
      void strengthRecords.update(id, (s) => (s.text === label ? null : { ...s, text: label }), { typing: true }),
    release(id, source) {
      if (strengthRecords.getState().records.get(id)?.source?.runId === source.runId) void strengthRecords.remove(id);
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one feed per kind, each of its own record type
const FEED_BY_KIND: { [K in FeedKind]: Feed<any> } = {
  'safe-people': peopleFeed,
  circles: circlesFeed,
  strengths: strengthsFeed('strengths'),
  valued: strengthsFeed('valued'),
};

export function feedFor(kind: FeedKind): Feed<RecordBase> {
  return FEED_BY_KIND[kind];
}
