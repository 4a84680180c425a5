import { describe, expect, it } from 'vitest';
import { spreadNudge, spreadSentence, joinNames } from '../../src/features/belonging/spread-words';
import {
  circlesOf,
  findCircle,
  findPerson,
  spreadOf,
  thinnestCircle,
} from '../../src/state/belonging';
import { circlesCollection } from '../../src/storage/collections/belonging-circles';
import { peopleCollection, type Person } from '../../src/storage/collections/belonging-people';
import { strengthsCollection, type Strength } from '../../src/storage/collections/strengths';
import { hardDayPicks, strengthsIn } from '../../src/state/strengths';

let clock = 0;
/** Records made one millisecond apart, so "oldest first" is clear. */
const at = () => new Date(Date.UTC(2026, 10, 1) + clock++).toISOString();
const person = (name: string, fields: Partial<Person> = {}) =>
  peopleCollection.create({ id: name.toLowerCase(), name, createdAt: at(), ...fields });
const strength = (text: string, list: Strength['list']) => ({
  ...strengthsCollection.create({ id: text, list, text }),
  createdAt: at(),
});

describe('the belonging map, worked out', () => {
  const circles = circlesOf(
    new Map([['own', { ...circlesCollection.create({ id: 'own', name: 'Choir' }), createdAt: at() }]]),
  );

  it('has the seven circles, a renamed one by its new name, then the person’s own', () => {
    const renamed = circlesOf(
      new Map([['hobby', circlesCollection.create({ id: 'hobby', name: 'Climbing', isOwn: false })]]),
    );
    expect(renamed.map((c) => c.name)).toEqual([
      'Family',
      'Friends',
      'Work or study',
      'Climbing',
      'Community or volunteering',
      'Online',
      'Other',
    ]);
    expect(circles.at(-1)).toEqual({ id: 'own', name: 'Choir', isOwn: true });
  });

  it('counts a circle as held only when someone in it feels warm', () => {
    const spread = spreadOf(circles, [
      person('Jun', { circleId: 'friends' }),
      person('Old team', { circleId: 'work-study', isWarm: false }),
      person('Alto section', { circleId: 'own' }),
      person('Priya'),
    ]);
    expect(spread.held).toBe(2);
    expect(spread.unplaced.map((p) => p.name)).toEqual(['Priya']);
    expect(spreadSentence(spread)).toBe(
      '2 of your 8 circles hold someone warm. Friends and Choir do.',
    );
  });

  it('speaks kindly about an empty map and a map with no warmth yet', () => {
    expect(spreadSentence(spreadOf(circles, []))).toBe(
      'Your map is empty for now. None of your 8 circles has anyone in it yet.',
    );
    const cold = spreadOf(circles, [
      person('Ex-colleague', { circleId: 'work-study', isWarm: false }),
    ]);
    expect(spreadSentence(cold)).toBe('None of your 8 circles holds a warm connection yet.');
    expect(spreadNudge(cold)).toBe('One warm connection, anywhere, is a good start.');
    expect(spreadSentence(spreadOf(circles, [person('Mum', { circleId: 'family' })]))).toBe(
      '1 of your 8 circles holds someone warm. Family does.',
    );
  });

  it('points to the circle with the fewest warm connections, never "Other"', () => {
    const defaults = circlesOf(new Map());
    const everyoneButOther = [
      'family',
      'friends',
      'work-study',
      'hobby',
      'community',
      'online',
    ].map((circleId) => person(`Someone in ${circleId}`, { circleId }));
    const spread = spreadOf(defaults, [
      ...everyoneButOther,
      person('Second friend', { circleId: 'friends' }),
    ]);
    expect(thinnestCircle(spread)?.circle.id).toBe('family');
    expect(
      thinnestCircle(spreadOf(defaults, [person('Mum', { circleId: 'family' })]))?.circle.id,
    ).toBe('friends');
  });

  it('finds a circle by its name or by other words for it, and a person by name whatever the case', () => {
    expect(findCircle(circles, 'An online community')?.id).toBe('online');
    expect(findCircle(circles, 'close friends')?.id).toBe('friends');
    expect(findCircle(circles, 'choir ')?.id).toBe('own');
    expect(findCircle(circles, 'Skate park')).toBeUndefined();
    expect(findPerson([person('Auntie Rose')], 'auntie rose')?.name).toBe('Auntie Rose');
  });

  it('joins names as a person would say them', () => {
    expect(joinNames(['Family'])).toBe('Family');
    expect(joinNames(['Family', 'Online'])).toBe('Family and Online');
    expect(joinNames(['Family', 'Friends', 'Online'])).toBe('Family, Friends and Online');
  });
});

describe('strengths and kindnesses', () => {
  const all = [
    strength('I listen well', 'strengths'),
    strength('I keep going', 'strengths'),
    strength('I make people laugh', 'strengths'),
    strength('A friend asked for my advice', 'valued'),
    strength('Cooked a real dinner', 'wins'),
  ];

  it('keeps each list in the order it was written', () => {
    expect(strengthsIn(all, 'strengths').map((s) => s.text)).toEqual([
      'I listen well',
      'I keep going',
      'I make people laugh',
    ]);
    expect(strengthsIn(all, 'wins').map((s) => s.text)).toEqual(['Cooked a real dinner']);
  });

  it('picks a few for a hard day, from every list before a second from any', () => {
    const picks = hardDayPicks(all, 3, () => 0);
    expect(picks).toHaveLength(3);
    expect(new Set(picks.map((s) => s.list))).toEqual(new Set(['strengths', 'valued', 'wins']));
  });

  it('never picks more than there are, nor one twice, even from an iterator', () => {
    const picks = hardDayPicks(new Map(all.map((s) => [s.id, s])).values(), 10);
    expect(picks).toHaveLength(5);
    expect(new Set(picks.map((s) => s.id)).size).toBe(5);
    expect(hardDayPicks([], 5)).toEqual([]);
  });
});
